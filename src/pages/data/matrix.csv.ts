import type { APIRoute } from 'astro';
import { getMatrix } from '../../data/atlas.ts';
import { matrixToCsv } from '../../lib/matrix/toCsv.ts';

/** `/data/matrix.csv`: the matrix's cells, one row each (RFC 4180). */
export const GET: APIRoute = async () =>
  new Response(matrixToCsv(await getMatrix()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
