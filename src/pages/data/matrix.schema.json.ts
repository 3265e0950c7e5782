import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { openMatrixSchema } from '../../lib/matrix/openData.ts';

/**
 * `/data/matrix.schema.json`: the JSON Schema of `/data/matrix.json`, generated from the zod
 * schema the build checks that file against (`openMatrixSchema`): the open-data contract, in one place.
 */
export const GET: APIRoute = () => {
  const schema = {
    ...z.toJSONSchema(openMatrixSchema),
    title: 'Policy Atlas open data: /data/matrix.json',
  };
  return new Response(JSON.stringify(schema, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
