/**
 * Short company names for narrow matrix columns: the first word of each name ("IronPort" for
 * "IronPort Systems"), so the short name is always part of the full one (the accessible name).
 * Where two companies share a first word, or the first word is as long as the name, the full
 * name stays. Pure: no Astro.
 */

/** The first word of a name, without trailing punctuation: `IronPort Systems (SenderBase)` → `IronPort`. */
function firstWord(name: string): string {
  return (name.trim().split(/\s+/)[0] ?? '').replace(/[^\p{L}\p{N}]+$/u, '');
}

/** One short name per company, in the given order; unique whenever the full names are. */
export function companyShortNames(names: readonly string[]): string[] {
  const firsts = names.map(firstWord);
  const count = new Map<string, number>();
  for (const f of firsts) count.set(f.toLowerCase(), (count.get(f.toLowerCase()) ?? 0) + 1);
  return names.map((name, i) => {
    const first = firsts[i]!;
    return first.length > 0 && count.get(first.toLowerCase()) === 1 ? first : name.trim();
  });
}

/**
 * Where a short name may break when its column is narrow: between a lower-case letter and
 * the capital after it (`CyberDefender` → `Cyber`, `Defender`). The parts joined are the name.
 */
export function nameBreakParts(name: string): string[] {
  return name.split(/(?<=\p{Ll})(?=\p{Lu})/u);
}
