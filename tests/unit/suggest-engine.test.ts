/**
 * The suggestion engine as a whole: sentence and scope handling, determinism, a policy with no
 * cues, the corpus fixtures, and the agreement measure the benchmark reports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STANCES } from '../../src/lib/policy/frontmatter.ts';
import { buildMatrix } from '../../src/lib/matrix/buildMatrix.ts';
import { openMatrixSchema } from '../../src/lib/matrix/openData.ts';
import { toOpenMatrix } from '../../src/lib/matrix/toOpenData.ts';
import { CSV_COLUMNS, matrixToCsv } from '../../src/lib/matrix/toCsv.ts';
import { parseCsv } from '../support/csv.ts';
import { locateQuote } from '../../src/lib/policy/verifyQuotes.ts';
import { measureAgreement, measureTags, wilsonInterval } from '../../src/lib/suggest/agreement.ts';
import { exceptionAfter, isNegated } from '../../src/lib/suggest/scope.ts';
import { isContentsList, MAX_SENTENCE, splitSentences } from '../../src/lib/suggest/sentences.ts';
import { RULES } from '../../src/lib/suggest/rules/index.ts';
import { clauseTags, suggestAnswers } from '../../src/lib/suggest/suggest.ts';
import { loadPolicy, realPolicies, taxonomy } from '../support/policies.ts';

const ids = taxonomy.map((p) => p.id);

describe('the rule sets', () => {
  it('are each for a practice of content/practices.yaml, each signal named after its practice', () => {
    for (const practice of RULES.keys()) expect(ids).toContain(practice);
    for (const [practice, rules] of RULES)
      for (const signal of rules.signals) expect(signal.id.startsWith(`${practice}/`), signal.id).toBe(true);
  });
});

describe('sentences', () => {
  it('splits at full stops before a capital, not after e.g., nor after Inc. before "(" or lower case', () => {
    expect(
      splitSentences(
        'We request it (e.g. E-mail newsletter). We keep it. Acme Inc. (“Acme”) sells nothing. Ask BRS Media Inc. To do so, write.',
      ),
    ).toEqual([
      'We request it (e.g. E-mail newsletter).',
      'We keep it.',
      'Acme Inc. (“Acme”) sells nothing.',
      'Ask BRS Media Inc.',
      'To do so, write.',
    ]);
  });

  it('reads a run of text with no full stop in verbatim pieces', () => {
    const long = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
    const pieces = splitSentences(long);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= MAX_SENTENCE && long.includes(p))).toBe(true);
  });

  it('recognises a table of contents run together in one clause', () => {
    expect(
      isContentsList(
        'Site Management Data Use of "cookies" Consent to Voluntary Information Collection and Sharing How e-mail is handled',
      ),
    ).toBe(true);
    expect(isContentsList('We use cookies to remember you when you come back to the site')).toBe(false);
  });
});

describe('negation and its scope', () => {
  const at = (s: string, word: string) => s.indexOf(word);
  it('negates within the scope, not across a boundary', () => {
    const s = 'We do not sell your data, but we may share it with partners.';
    expect(isNegated(s, at(s, 'sell'))).toBe(true);
    expect(isNegated(s, at(s, 'share'))).toBe(false);
  });
  it('does not read a wish as a denial', () => {
    const s = 'If you do not wish to have your credit card number stored, contact us.';
    expect(isNegated(s, at(s, 'credit card'))).toBe(false);
  });
  it('names the exception after a negated act', () => {
    const s = 'We will not share your information without your explicit, opt-in permission.';
    expect(exceptionAfter(s, at(s, 'share') + 5)).toBe('consent');
    const t = 'We will not share it except to the extent necessary to complete that order.';
    expect(exceptionAfter(t, at(t, 'share') + 5)).toBe('other');
    const u = 'We never share it in unrelated ways without also providing you an opportunity to opt-out.';
    expect(exceptionAfter(u, at(u, 'share') + 5)).toBe('opt-out');
  });
});

describe('suggestions for a whole policy', () => {
  it('are not mentioned everywhere, with no evidence, when the text has no cues', () => {
    const quiet = {
      clauses: [
        { id: 'c-00000001', sectionId: null, text: 'Welcome to our website about garden gnomes.' },
        { id: 'c-00000002', sectionId: null, text: 'We hope you enjoy the pictures of gnomes in spring.' },
      ],
      sections: [],
    };
    const suggestions = suggestAnswers(quiet, ids);
    expect(Object.keys(suggestions)).toEqual(ids);
    for (const s of Object.values(suggestions)) {
      expect(s).toMatchObject({ stance: 'not-mentioned', quotes: [], rule: null });
    }
    expect(clauseTags(suggestions).size).toBe(0);
  });

  it('are deterministic', () => {
    const policy = realPolicies['ironport']!;
    expect(suggestAnswers(policy, ids)).toEqual(suggestAnswers(policy, ids));
  });

  it('quote every sentence verbatim, so that a draft review built from them verifies', () => {
    const files = ['tests/fixtures/corpus', 'tests/fixtures/blind'].flatMap((dir) =>
      readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .map((n) => `${dir}/${n}`),
    );
    for (const file of files) {
      const policy = loadPolicy(file);
      for (const [practice, s] of Object.entries(suggestAnswers(policy, ids))) {
        expect(STANCES).toContain(s.stance);
        s.quotes.forEach((q, index) => {
          expect(locateQuote(q.text, policy.clauses, { file, practice, index })).toBe(q.clauseId);
        });
      }
    }
  }, 60_000); // 21 policies parsed and suggested twice: seconds on a busy machine

  it("do not tag the weather app's help pointer as personal data", () => {
    const clauses = [
      {
        id: 'c-00000001',
        sectionId: null,
        text: 'For additional information on how Forecasts Weather uses your data, see our help pages.',
      },
    ];
    expect(suggestAnswers({ clauses, sections: [] }, ['personal-data'])['personal-data']!.stance).toBe('not-mentioned');
  });
});

describe('agreement with reviews', () => {
  it('counts agreement, the confusion table and evidence by clause', () => {
    const a = measureAgreement(
      [
        {
          name: 'p',
          expected: { x: { stance: 'yes', clauses: ['c1', 'c2'] }, y: { stance: 'not-mentioned', clauses: [] } },
          suggested: {
            x: {
              stance: 'yes',
              confidence: 'strong cue',
              quotes: [
                { text: 't', clauseId: 'c1' },
                { text: 'u', clauseId: 'c3' },
              ],
            },
            y: { stance: 'no', confidence: 'weak cue', quotes: [] },
          },
        },
      ],
      ['x', 'y'],
    );
    expect(a).toMatchObject({ answers: 2, agreed: 1, rate: 0.5 });
    expect(a.confusion['yes']['yes']).toBe(1);
    expect(a.confusion['not-mentioned']['no']).toBe(1);
    expect(a.evidence).toMatchObject({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(a.misses).toEqual([{ policy: 'p', practice: 'y', expected: 'not-mentioned', suggested: 'no' }]);
    expect(a.evidencePerPractice['x']).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(a.evidencePerPractice['y']).toMatchObject({ truePositives: 0, precision: 1, recall: 1 });
    expect(a.perConfidence).toEqual({
      'strong cue': { agreed: 1, answers: 1 },
      'weak cue': { agreed: 0, answers: 1 },
    });
  });

  it('gives a 95 % Wilson interval: inside 0–1, honest at 100 %', () => {
    const a = wilsonInterval(8, 10);
    expect(a.low).toBeCloseTo(0.49, 2);
    expect(a.high).toBeCloseTo(0.943, 2);
    expect(wilsonInterval(14, 14).high).toBeCloseTo(1, 9);
    expect(wilsonInterval(14, 14).low).toBeCloseTo(0.785, 2);
  });

  it('the hand-labelled fixtures cover every practice with verbatim quotes', () => {
    for (const file of readdirSync('tests/fixtures/blind/labels').filter((n) => n.endsWith('.yaml'))) {
      const slug = file.replace(/\.yaml$/, '');
      const policy = loadPolicy(`tests/fixtures/blind/${slug}.md`);
      const labels = parse(readFileSync(`tests/fixtures/blind/labels/${file}`, 'utf8')) as Record<
        string,
        { stance: string; quotes?: string[] }
      >;
      expect(Object.keys(labels).sort(), file).toEqual([...ids].sort());
      for (const [practice, label] of Object.entries(labels)) {
        expect(STANCES, `${file} ${practice}`).toContain(label.stance);
        expect((label.quotes ?? []).length > 0, `${file} ${practice}`).toBe(label.stance !== 'not-mentioned');
        (label.quotes ?? []).forEach((q, index) => locateQuote(q, policy.clauses, { file, practice, index }));
      }
    }
  }, 60_000); // 14 policies parsed: seconds on a busy machine

  it('the clause tags are the evidence of the suggestions, measured against the clauses reviews cite', () => {
    const policies = Object.values(realPolicies);
    for (const policy of policies) {
      const tags = clauseTags(suggestAnswers(policy, ids));
      for (const clause of policy.clauses) expect(clause.detected, clause.id).toEqual(tags.get(clause.id) ?? []);
    }
    const t = measureTags(policies);
    expect(t.truePositives + t.falsePositives).toBeGreaterThan(0);
    expect(t.precision).toBeGreaterThan(0);
  });
});

describe('suggestions in the open data', () => {
  const dropped = loadPolicy('tests/fixtures/raw/examplecorp.md');
  const matrix = buildMatrix([realPolicies['mimecast']!, dropped], taxonomy, (slug, id) => `/companies/${slug}/#${id}`);

  it('an unreviewed cell keeps "not-reviewed" and gains the suggestion with linked quotes; reviewed cells gain none', () => {
    const open = openMatrixSchema.parse(toOpenMatrix(matrix));
    const cookies = open.cells.find((c) => c.company === 'examplecorp' && c.practice === 'cookies')!;
    expect(cookies.stance).toBe('not-reviewed');
    expect(cookies.suggestion).toMatchObject({ stance: 'yes' });
    expect(cookies.suggestion!.quotes[0]!.url).toMatch(/^\/companies\/examplecorp\/#c-[0-9a-f]{8}$/);
    expect(cookies.suggestion!.reason).toContain('cookies/use');
    expect(open.cells.filter((c) => c.company === 'mimecast').every((c) => c.suggestion === undefined)).toBe(true);
  });

  it('the CSV gains suggested_stance, empty for reviewed cells', () => {
    const rows = parseCsv(matrixToCsv(matrix));
    const col = CSV_COLUMNS.indexOf('suggested_stance');
    expect(rows[0]![col]).toBe('suggested_stance');
    const row = rows.find((r) => r[0] === 'examplecorp' && r[1] === 'do-not-track')!;
    expect(row[col]).toBe('not-mentioned');
    expect(rows.filter((r) => r[0] === 'mimecast').every((r) => r[col] === '')).toBe(true);
  });

  it('the CSV gains suggested_confidence, as the open data words it, empty for reviewed cells', () => {
    const rows = parseCsv(matrixToCsv(matrix));
    const col = CSV_COLUMNS.indexOf('suggested_confidence');
    expect(rows[0]?.[col]).toBe('suggested_confidence');
    const open = openMatrixSchema.parse(toOpenMatrix(matrix));
    for (const cell of open.cells) {
      const row = rows.find((r) => r[0] === cell.company && r[1] === cell.practice);
      expect(row?.[col], `${cell.company} ${cell.practice}`).toBe(cell.suggestion?.confidence ?? '');
    }
    const unreviewed = rows.filter((r) => r[0] === 'examplecorp').map((r) => r[col]);
    expect(new Set(unreviewed)).toEqual(new Set(['strong cue', 'weak cue', 'no cue']));
    expect(rows.filter((r) => r[0] === 'mimecast').every((r) => r[col] === '')).toBe(true);
  });
});
