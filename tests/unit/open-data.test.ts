import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/lib/matrix/buildMatrix.ts';
import { openMatrixSchema, openPoliciesSchema } from '../../src/lib/matrix/openData.ts';
import { toOpenMatrix, toOpenPolicies } from '../../src/lib/matrix/toOpenData.ts';
import {
  CSV_COLUMNS,
  cellsToCsv,
  csvField,
  matrixToCsv,
  neutraliseFormula,
  toCsv,
} from '../../src/lib/matrix/toCsv.ts';
import { parseCsv } from '../support/csv.ts';
import { loadPolicy, realPolicies, taxonomy } from '../support/policies.ts';

const url = (slug: string, clauseId: string) => `/companies/${slug}/#${clauseId}`;
const policies = Object.values(realPolicies).sort((a, b) => a.name.localeCompare(b.name));
const matrix = buildMatrix(policies, taxonomy, url);

describe('csvField and toCsv (RFC 4180)', () => {
  it('leaves plain fields bare and quotes the rest, doubling inner quotes', () => {
    expect(csvField('cookies')).toBe('cookies');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('called "cookies"')).toBe('"called ""cookies"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('')).toBe('');
  });
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c,d', 'e'],
      ]),
    ).toBe('a,b\r\n"c,d",e\r\n');
  });
  it('neutralises fields a spreadsheet would run as formulas (OWASP: = + - @ tab CR), and only those', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(csvField('+44 20 7392 1300')).toBe("'+44 20 7392 1300");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe(`'\t=1`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(neutraliseFormula('a = b, c + d')).toBe('a = b, c + d');
    expect(neutraliseFormula("'already text")).toBe("'already text");
    expect(csvField('not-mentioned')).toBe('not-mentioned');
  });
  it('reads back what it writes', () => {
    const rows = [
      ['x', 'say "hi", then\nleave', ''],
      ['', ' y ', 'z'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('matrixToCsv', () => {
  const rows = parseCsv(matrixToCsv(matrix));

  it('has a header and one row per cell, every row as wide as the header', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + matrix.cells.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('holds the same cells as the matrix, several quotes one per line with their links in the same order', () => {
    const body = rows.slice(1);
    matrix.cells.forEach((cell, i) => {
      const [company, practice, , stance, summary, quotes, urls] = body[i]!;
      expect({ company, practice, stance, summary }).toEqual({
        company: cell.company,
        practice: cell.practice,
        stance: cell.stance,
        summary: cell.summary,
      });
      expect(quotes ? quotes.split('\n') : []).toEqual(cell.quotes.map((q) => q.text));
      expect(urls ? urls.split('\n') : []).toEqual(cell.quotes.map((q) => q.url));
    });
    const multi = body.find((r) => r[0] === 'cyberdefender' && r[1] === 'security')!;
    expect(multi[5]!.split('\n')).toHaveLength(4);
  });
});

describe('toOpenMatrix', () => {
  const open = toOpenMatrix(matrix);

  it('validates against the open-data schema', () => {
    expect(() => openMatrixSchema.parse(open)).not.toThrow();
    expect(open.cells).toHaveLength(115);
    expect(Object.keys(open.cells[0]!).sort()).toEqual(['company', 'practice', 'quotes', 'stance', 'summary']);
    expect(Object.keys(open.practices[0]!).sort()).toEqual(['friendly', 'group', 'id', 'label', 'question']);
  });

  it('gives each practice the label the pages show', () => {
    expect(open.practices.map((p) => p.label)).toEqual(taxonomy.map((p) => p.label));
    expect(open.practices.find((p) => p.id === 'sells-data')?.label).toBe(
      taxonomy.find((p) => p.id === 'sells-data')?.label,
    );
    expect(Object.keys(open.companies[0]!).sort()).toEqual([
      'archivedOn',
      'domain',
      'name',
      'reviewed',
      'slug',
      'snapshotUrl',
    ]);
  });

  it('gives friendly as "yes"/"no", and null where neither answer favours the reader', () => {
    const byId = Object.fromEntries(open.practices.map((p) => [p.id, p.friendly]));
    expect(byId['sells-data']).toBe('no');
    expect(byId['deletion']).toBe('yes');
    expect(byId['service-providers']).toBeNull();
  });

  it('the schema rejects extra fields, unknown stances and non-clause links', () => {
    const cell = open.cells[0]!;
    expect(openMatrixSchema.safeParse({ ...open, cells: [{ ...cell, tone: 'neutral' }] }).success).toBe(false);
    expect(openMatrixSchema.safeParse({ ...open, cells: [{ ...cell, stance: 'maybe' }] }).success).toBe(false);
    expect(
      openMatrixSchema.safeParse({
        ...open,
        cells: [{ ...cell, quotes: [{ text: 'x', url: 'https://evil.example/' }] }],
      }).success,
    ).toBe(false);
  });

  it('an unreviewed policy gives not-reviewed cells without quotes', () => {
    const raw = toOpenMatrix(buildMatrix([loadPolicy('tests/fixtures/raw/examplecorp.md')], taxonomy, url));
    expect(openMatrixSchema.parse(raw).companies[0]!.reviewed).toBe(false);
    expect(new Set(raw.cells.map((c) => c.stance))).toEqual(new Set(['not-reviewed']));
  });
});

describe('toOpenPolicies', () => {
  const open = toOpenPolicies(policies, (slug) => `/companies/${slug}/`, url);

  it('validates, with every clause and its link', () => {
    expect(() => openPoliciesSchema.parse(open)).not.toThrow();
    const mimecast = open.policies.find((p) => p.slug === 'mimecast')!;
    expect(mimecast.clauses).toHaveLength(realPolicies['mimecast']!.clauses.length);
    const sells = mimecast.clauses.find((c) => c.text.includes('We do not sell or rent Personal Information'))!;
    expect(sells.citedBy).toContain('sells-data');
    expect(sells.url).toBe(`/companies/mimecast/#${sells.id}`);
  });

  it('publishes metadata but not the rendered blocks', () => {
    const first = open.policies[0]! as Record<string, unknown>;
    expect(first['blocks']).toBeUndefined();
    expect(first['practices']).toBeUndefined();
    expect(first).toMatchObject({ slug: 'corero', domain: 'corero.com', archivedOn: '2014-12-01' });
  });
});

describe('cellsToCsv with a selection (/compare/ "Download these columns")', () => {
  const open = toOpenMatrix(matrix);
  const all = parseCsv(matrixToCsv(matrix));

  it('writes the same header and the same rows as matrix.csv for the open data', () => {
    expect(parseCsv(cellsToCsv(open))).toEqual(all);
  });

  it('keeps exactly the chosen companies and practices, in matrix order', () => {
    const rows = parseCsv(
      cellsToCsv(open, { companies: ['mimecast', 'corero'], practices: ['cookies', 'sells-data'] }),
    );
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body.map((r) => `${r[0]}/${r[1]}`).sort()).toEqual(
      ['corero/cookies', 'corero/sells-data', 'mimecast/cookies', 'mimecast/sells-data'].sort(),
    );
    for (const row of body) expect(all).toContainEqual(row);
    const order = all.slice(1).filter((r) => body.some((b) => b[0] === r[0] && b[1] === r[1]));
    expect(body).toEqual(order);
  });
});
