import { expect, test } from '@playwright/test';
import { openMatrixSchema, openPoliciesSchema } from '../../src/lib/matrix/openData.ts';
import { CSV_COLUMNS } from '../../src/lib/matrix/toCsv.ts';
import { parseCsv } from '../support/csv.ts';

/** The open-data files, as the built site serves them. */

test('/data/matrix.json validates against the open-data schema and holds 23 × 5 cells', async ({ request }) => {
  const response = await request.get('/data/matrix.json');
  expect(response.ok()).toBe(true);
  const data = openMatrixSchema.parse(await response.json());
  expect(data.practices).toHaveLength(23);
  expect(data.companies.map((c) => c.slug)).toEqual(['corero', 'cyberdefender', 'ironport', 'mimecast', 'threatpost']);
  expect(data.cells).toHaveLength(115);
  expect(data.practices.find((p) => p.id === 'service-providers')!.friendly).toBeNull();
  expect(data.practices.find((p) => p.id === 'sells-data')!.friendly).toBe('no');
  const cell = data.cells.find((c) => c.company === 'mimecast' && c.practice === 'sells-data')!;
  expect(cell.stance).toBe('no');
  expect(cell.quotes[0]!.text).toBe('We do not sell or rent Personal Information to third parties.');
});

test('/data/matrix.csv holds the same cells as matrix.json, one row each', async ({ request }) => {
  const json = openMatrixSchema.parse(await (await request.get('/data/matrix.json')).json());
  const rows = parseCsv(await (await request.get('/data/matrix.csv')).text());
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  expect(rows).toHaveLength(json.cells.length + 1);
  json.cells.forEach((cell, i) => {
    const [company, practice, , stance, summary, quotes, urls] = rows[i + 1]!;
    expect({ company, practice, stance, summary }).toEqual({
      company: cell.company,
      practice: cell.practice,
      stance: cell.stance,
      summary: cell.summary,
    });
    expect(quotes ? quotes.split('\n') : []).toEqual(cell.quotes.map((q) => q.text));
    expect(urls ? urls.split('\n') : []).toEqual(cell.quotes.map((q) => q.url));
  });
});

test('/data/policies.json validates and every quote link of matrix.json names one of its clauses', async ({
  request,
}) => {
  const policies = openPoliciesSchema.parse(await (await request.get('/data/policies.json')).json());
  const matrix = openMatrixSchema.parse(await (await request.get('/data/matrix.json')).json());
  expect(policies.policies).toHaveLength(5);
  const clauses = new Map(policies.policies.flatMap((p) => p.clauses.map((c) => [c.url, c])));
  const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
  for (const cell of matrix.cells) {
    for (const quote of cell.quotes) {
      const clause = clauses.get(quote.url);
      expect(clause, quote.url).toBeDefined();
      expect(fold(clause!.text)).toContain(fold(quote.text));
      expect(clause!.citedBy).toContain(cell.practice);
    }
  }
});

test('the matrix page links to the three open-data files', async ({ page, request }) => {
  await page.goto('/compare/');
  const section = page.getByRole('region', { name: 'Open data' });
  for (const name of ['matrix.json', 'matrix.csv', 'policies.json']) {
    const link = section.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', `/data/${name}`);
    expect((await request.get(`/data/${name}`)).ok()).toBe(true);
  }
});
