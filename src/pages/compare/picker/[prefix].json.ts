/**
 * The /compare/ picker's index, one small file per word prefix (src/lib/matrix/pickerIndex.ts):
 * a search loads the few files its longest word needs, whatever the number of policies.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCompareColumns, pickerEntry } from '../../../data/compareColumns.ts';
import { buildPickerShards, type PickerShard } from '../../../lib/matrix/pickerIndex.ts';

export const getStaticPaths = (async () =>
  [...buildPickerShards((await getCompareColumns()).map(pickerEntry))].map(([prefix, shard]) => ({
    params: { prefix },
    props: { shard },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: PickerShard }> = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
