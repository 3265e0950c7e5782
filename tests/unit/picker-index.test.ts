import { describe, expect, it } from 'vitest';
import {
  buildPickerShards,
  entryWords,
  lookUpWord,
  lookupWord,
  matchEntries,
  type PickerEntry,
  type PickerShard,
} from '../../src/lib/matrix/pickerIndex.ts';

const FIVE: PickerEntry[] = [
  { key: 'corero', name: 'Corero Systems', detail: 'corero.com' },
  { key: 'cyberdefender', name: 'CyberDefender', detail: 'cyberdefender.com' },
  { key: 'ironport', name: 'IronPort Systems', detail: 'senderbase.org' },
  { key: 'mimecast', name: 'Mimecast', detail: 'mimecast.com' },
  { key: 'threatpost', name: 'Threatpost', detail: 'threatpost.com' },
];

/** Many companies, most sharing words: the generated corpus's shape, and a few others. */
const MANY: PickerEntry[] = [
  ...Array.from({ length: 1000 }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return { key: `synthetic-${n}`, name: `Synthetic ${n}`, detail: `synthetic-${n}.example` };
  }),
  ...FIVE,
  { key: 'symantec', name: 'Symantec', detail: 'symantec.com' },
];

const loader = (shards: Map<string, PickerShard>) => (prefix: string) => Promise.resolve(shards.get(prefix) ?? null);

async function search(shards: Map<string, PickerShard>, query: string) {
  const found = await lookUpWord(lookupWord(query), loader(shards));
  return { ...found, matches: matchEntries(found.entries, query).map((e) => e.key) };
}

describe('the compare picker’s index', () => {
  it('finds a company by a word of its name or of its domain, common domain words left out', async () => {
    const shards = buildPickerShards(FIVE);
    expect(entryWords(FIVE[2]!)).toEqual(['ironport', 'systems', 'senderbase']);
    expect((await search(shards, 'mime')).matches).toEqual(['mimecast']);
    expect((await search(shards, 'senderb')).matches).toEqual(['ironport']);
    expect((await search(shards, 'Systems')).matches).toEqual(['corero', 'ironport']);
    expect((await search(shards, 'mimecast.com')).matches).toEqual(['mimecast']);
    expect((await search(shards, 'nothing')).matches).toEqual([]);
  });

  it('keeps every file small however many companies share a word', () => {
    const shards = buildPickerShards(MANY, 100);
    for (const [prefix, shard] of shards) expect(shard.entries.length, prefix).toBeLessThanOrEqual(100);
  });

  it('finds one of a thousand by its distinctive word, and says when a common one needs more letters', async () => {
    const shards = buildPickerShards(MANY, 100);
    expect((await search(shards, 'synthetic 0042')).matches).toEqual(['synthetic-0042']);
    expect((await search(shards, '0042')).matches).toEqual(['synthetic-0042']);
    expect((await search(shards, 'syma')).matches).toEqual(['symantec']);
    const common = await search(shards, 'synthetic');
    expect(common.complete).toBe(false);
    expect(common.matches.length).toBeLessThanOrEqual(100);
    const mid = await search(shards, 's');
    expect(mid.complete).toBe(false);
  });
});
