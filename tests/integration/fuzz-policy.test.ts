/**
 * Fuzz of the loader's core, parsePolicy: every generated file must either parse into sound
 * data (inert HTML, unique ids, anchors that land) or fail with a ContentError naming the
 * file — never another error, never a hang. Each case runs in a worker with a deadline.
 *
 *   npm run test:unit                    # the worst cases + FUZZ_RUNS (default 300) random files
 *   FUZZ_RUNS=5000 FUZZ_SEED=random npm run fuzz:policy
 *
 * A failing case is written to test-results/fuzz/ to be replayed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { clauseId } from '../../src/lib/policy/parseDocument.ts';
import {
  binaryBytes,
  deepInline,
  deepNesting,
  escapedControls,
  frontmatter,
  htmlInjection,
  hugeText,
  idCollisions,
  markdownSoup,
  mutatedHeader,
  nearLimits,
  truncatedFile,
  truncatedHeader,
  utf16File,
} from '../fuzz/policyInputs.ts';
import { MB, type PolicyCase } from '../fuzz/policyText.ts';
import { parseRunner, type ParseOutcome } from '../fuzz/parseRunner.ts';
import { countFromEnv, random, seedFromEnv } from '../fuzz/random.ts';
import { LAYOUT_IDS } from '../../src/lib/site/pageIds.ts';
import { taxonomy } from '../support/policies.ts';

const SEED = seedFromEnv(20_060_820);
const RUNS = countFromEnv('FUZZ_RUNS', 300);
/** Per case: a hang detector far above the few seconds the largest case needs on a busy machine. */
const DEADLINE_MS = countFromEnv('FUZZ_DEADLINE_MS', 120_000);
const practiceIds = taxonomy.map((p) => p.id);
const runner = parseRunner(LAYOUT_IDS);
afterAll(() => runner.close());

/** What is wrong with an outcome, or null when the case behaved. */
function judge(c: PolicyCase, file: string, outcome: ParseOutcome): string | null {
  switch (outcome.kind) {
    case 'timeout':
      return `${c.name}: no result within ${outcome.deadlineMs} ms (a hang)`;
    case 'crash':
      return `${c.name}: threw ${outcome.name} instead of a ContentError: ${outcome.message}\n${outcome.stack.split('\n').slice(0, 6).join('\n')}`;
    case 'content-error':
      if (c.expect === 'parse') return `${c.name}: should parse, but: ${outcome.message}`;
      if (!outcome.message.startsWith(`${file}: `))
        return `${c.name}: the message does not start with the file name: ${outcome.message}`;
      if (c.message && !c.message.test(outcome.message)) return `${c.name}: unexpected message: ${outcome.message}`;
      return null;
    case 'parsed':
      if (c.expect === 'error')
        return `${c.name}: should fail with a ContentError, but parsed (${outcome.clauses} clauses)`;
      return outcome.violations.length ? `${c.name}: ${outcome.violations.slice(0, 8).join('; ')}` : null;
  }
}

async function run(c: PolicyCase): Promise<{ failure: string | null; outcome: ParseOutcome }> {
  const file = `fuzz/${c.name.replace(/[^a-z0-9.-]+/gi, '-')}.md`;
  const outcome = await runner.parse(file, c.text, DEADLINE_MS);
  const failure = judge(c, file, outcome);
  if (failure) {
    mkdirSync('test-results/fuzz', { recursive: true });
    writeFileSync(`test-results/fuzz/${SEED}-${c.name.replace(/[^a-z0-9.-]+/gi, '-')}.md`, c.text);
  }
  return { failure, outcome };
}

describe('the loader under extreme input: a clear ContentError or sound data, in bounded time', () => {
  const rng = random(SEED);
  const worst: PolicyCase[] = [
    hugeText(rng.fork(1), 5 * MB),
    hugeText(rng.fork(2), 5 * MB, 'one-line'),
    hugeText(rng.fork(3), 0.9 * MB),
    deepNesting(1000, 'bullets'),
    deepNesting(1000, 'ordered'),
    deepNesting(1000, 'quotes'),
    deepNesting(1000, 'mixed'),
    deepNesting(20_000, 'one-line'),
    deepNesting(16, 'bullets'),
    deepNesting(17, 'bullets'),
    deepInline(3000, 'stars'),
    deepInline(400, 'emphasis'),
    deepInline(400, 'links'),
    deepInline(400, 'images'),
    utf16File(rng.fork(4), 0),
    ...nearLimits(rng.fork(5)),
  ];
  for (const c of worst) {
    it(c.name, { timeout: DEADLINE_MS + 10_000 }, async () => {
      const { failure } = await run(c);
      expect(failure).toBeNull();
    });
  }
});

describe('generated malformed and hostile files', () => {
  const families: ((n: number) => PolicyCase)[] = [
    (n) => truncatedHeader(random(SEED).fork(n), n),
    (n) => truncatedFile(random(SEED).fork(n), n, practiceIds),
    (n) => mutatedHeader(random(SEED).fork(n), n),
    (n) => binaryBytes(random(SEED).fork(n), n),
    (n) => htmlInjection(random(SEED).fork(n), n),
    (n) => htmlInjection(random(SEED).fork(n), n),
    (n) => escapedControls(random(SEED).fork(n), n, practiceIds),
    (n) => markdownSoup(random(SEED).fork(n), n),
    (n) => markdownSoup(random(SEED).fork(n), n),
    (n) => frontmatter(random(SEED).fork(n), n, practiceIds),
    (n) => idCollisions(random(SEED).fork(n), n, (text) => clauseId(text, new Map())),
  ];

  it('each parses into sound data or fails with a ContentError naming the file', { timeout: 0 }, async () => {
    const failures: string[] = [];
    const tally = { parsed: 0, 'content-error': 0 };
    for (let n = 0; n < RUNS; n++) {
      const c = families[n % families.length]!(n);
      const { failure, outcome } = await run(c);
      if (failure) failures.push(failure);
      if (outcome.kind === 'parsed' || outcome.kind === 'content-error') tally[outcome.kind]++;
    }
    console.log(
      `fuzz: ${RUNS} files (seed ${SEED}): ${tally.parsed} parsed, ${tally['content-error']} content errors, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  });
});
