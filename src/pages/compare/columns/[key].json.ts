/**
 * One /compare/ column's cells as open data (the cells of `/data/matrix.json`, `company` being
 * the column's key), with the practices' groups: what "Download these columns (CSV)" reads for
 * each chosen column, so the CSV never needs the whole matrix.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCompareColumns, type CompareColumn } from '../../../data/compareColumns.ts';
import { getTaxonomy } from '../../../data/atlas.ts';
import { columnCsvSource } from '../../../lib/matrix/toOpenData.ts';

export const getStaticPaths = (async () =>
  (await getCompareColumns()).map((column) => ({
    params: { key: column.key },
    props: { column },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ column: CompareColumn }> = async ({ props }) => {
  const practices = await getTaxonomy();
  return new Response(JSON.stringify(columnCsvSource(props.column.key, practices, [...props.column.cells.values()])), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
