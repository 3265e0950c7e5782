/**
 * The /compare/ picker's index: every column a reader can add (a company, or one archived
 * version), found by the words of its name and domain, split into small files by the start
 * of those words so that a search loads a bounded part of it whatever the corpus size.
 *
 * A shard is named by a prefix (`mi`): the entries with a word starting so. A prefix held by
 * more than {@link SHARD_MAX} entries is split: its file says so (`split`), with only the entries
 * whose word is the prefix itself, and the reader's next letter picks the next file (`mim`).
 * A word held by more entries than fit stays one capped file (`more` says how many were left
 * out): the entry's other words find the rest. Pure: no Astro, no DOM.
 */

/** The most entries one shard holds. */
const SHARD_MAX = 100;

/** One column the picker offers. */
export interface PickerEntry {
  /** Its column key (`mimecast`, `mimecast@2016-12-03`). */
  key: string;
  /** The company's name. */
  name: string;
  /** What tells it apart, shown beside the name: its domain, or the version's archive date. */
  detail: string;
}

/** A shard file: the entries under its prefix, or word `split`: read the next letter's file. */
export type PickerShard =
  { split?: false; entries: PickerEntry[]; more?: number } | { split: true; entries: PickerEntry[] };

/** The words of a text as the index keys them: lower case, accents off, letters and digits only. */
function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words too common in domains to pick anything out. */
const COMMON = new Set(['www', 'com', 'org', 'net', 'co', 'uk', 'de', 'io', 'example']);

/**
 * The words an entry is found by: its name's and its detail's (domain), the common ones left out.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function entryWords(entry: PickerEntry): string[] {
  return [...new Set(searchWords(`${entry.name} ${entry.detail}`))].filter((w) => !COMMON.has(w));
}

/** The shard files, by prefix. */
export function buildPickerShards(entries: readonly PickerEntry[], max = SHARD_MAX): Map<string, PickerShard> {
  const shards = new Map<string, PickerShard>();
  const indexed = entries.map((entry) => ({ entry, words: entryWords(entry) }));
  const place = (prefix: string, items: typeof indexed): void => {
    if (items.length <= max) {
      shards.set(prefix, { entries: items.map((i) => i.entry) });
      return;
    }
    const exact = items.filter((i) => i.words.includes(prefix));
    const longer = new Map<string, typeof indexed>();
    for (const item of items)
      for (const child of new Set(
        item.words
          .filter((w) => w.length > prefix.length && w.startsWith(prefix))
          .map((w) => w.slice(0, prefix.length + 1)),
      ))
        pushTo(longer, child, item);
    if (longer.size === 0) {
      shards.set(prefix, { entries: items.slice(0, max).map((i) => i.entry), more: items.length - max });
      return;
    }
    shards.set(prefix, { split: true, entries: exact.slice(0, max).map((i) => i.entry) });
    for (const [child, group] of longer) place(child, group);
  };
  const byFirst = new Map<string, typeof indexed>();
  for (const item of indexed) for (const first of new Set(item.words.map((w) => w[0]!))) pushTo(byFirst, first, item);
  for (const [first, items] of byFirst) place(first, items);
  return shards;
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** What a lookup found: the entries under the word, and whether that is all of them. */
export interface PickerLookup {
  entries: PickerEntry[];
  /** False when a longer word would find more (a split prefix, or a capped shard). */
  complete: boolean;
}

/**
 * The entries for one typed word, reading shards from the shortest prefix down to the one that
 * holds them (`load` returns null for a prefix no entry has).
 */
export async function lookUpWord(
  word: string,
  load: (prefix: string) => Promise<PickerShard | null>,
): Promise<PickerLookup> {
  for (let n = 1; n <= word.length; n++) {
    const shard = await load(word.slice(0, n));
    if (!shard) return { entries: [], complete: true };
    if (!shard.split) return { entries: shard.entries, complete: !shard.more };
    if (n === word.length) return { entries: shard.entries, complete: false };
  }
  return { entries: [], complete: false };
}

/** The entries every typed word starts a word of, sorted by name. */
export function matchEntries(entries: readonly PickerEntry[], query: string): PickerEntry[] {
  const typed = searchWords(query);
  return entries
    .filter((entry) => {
      const words = searchWords(`${entry.name} ${entry.detail}`);
      return typed.every((t) => words.some((w) => w.startsWith(t)));
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}

/** Which typed word to look up: the longest one not too common to be indexed (its shard is the smallest). */
export function lookupWord(query: string): string {
  const words = searchWords(query);
  const indexed = words.filter((w) => !COMMON.has(w));
  return (indexed.length ? indexed : words).reduce((best, w) => (w.length > best.length ? w : best), '');
}
