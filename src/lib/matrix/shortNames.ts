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

/** A version column's name ends with its archive date: `Mimecast 2010-08-13`. */
const VERSION_DATE = /\s(\d{4}-\d{2}-\d{2})$/;

/** The name of a column showing one archived version: the company's name and the archive date. */
export function versionColumnName(company: string, archivedOn: string): string {
  return `${company.trim()} ${archivedOn}`;
}

/**
 * One short name per company, in the given order; unique whenever the full names are. A
 * version column keeps its full name (`Mimecast 2010-08-13`): its date is what tells two
 * versions of a company apart, and the short name stays part of the full one.
 */
export function companyShortNames(names: readonly string[]): string[] {
  const firsts = names.map(firstWord);
  const count = new Map<string, number>();
  for (const f of firsts) count.set(f.toLowerCase(), (count.get(f.toLowerCase()) ?? 0) + 1);
  return names.map((name, i) => {
    const first = firsts[i] ?? '';
    const dated = VERSION_DATE.test(name.trim());
    return !dated && first.length > 0 && count.get(first.toLowerCase()) === 1 ? first : name.trim();
  });
}

/**
 * Where a short name may break when its column is narrow: between a lower-case letter and
 * the capital after it (`CyberDefender` → `Cyber`, `Defender`). The parts joined are the name.
 */
export function nameBreakParts(name: string): string[] {
  return name.split(/(?<=\p{Ll})(?=\p{Lu})/u);
}
