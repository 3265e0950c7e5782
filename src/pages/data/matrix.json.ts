import type { APIRoute } from 'astro';
import { getMatrix } from '../../data/atlas.ts';
import { openMatrixSchema } from '../../lib/matrix/openData.ts';
import { toOpenMatrix } from '../../lib/matrix/toOpenData.ts';

/** `/data/matrix.json`: the matrix in the open-data shape (`/data/matrix.schema.json`), checked against its schema at build. */
export const GET: APIRoute = async () => {
  const data = openMatrixSchema.parse(toOpenMatrix(await getMatrix()));
  return new Response(JSON.stringify(data, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
