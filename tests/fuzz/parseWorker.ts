/**
 * Runs parsePolicy and the oracle in a worker thread, so that the fuzz test can stop a
 * case that does not finish by its deadline (a hang) and go on with the next.
 * Loaded by Node directly (type stripping), not by Vite: imports carry `.ts`.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { ContentError } from '../../src/lib/base/errors.ts';
import { parsePolicy } from '../../src/lib/corpus/parsePolicy.ts';
import { parseTaxonomy } from '../../src/lib/taxonomy/loadTaxonomy.ts';
import { policyViolations } from './policyOracle.ts';
import type { ParseRequest, ParseOutcome } from './parseRunner.ts';

const taxonomy = parseTaxonomy(readFileSync(new URL('../../content/practices.yaml', import.meta.url), 'utf8'));

parentPort!.on('message', (request: ParseRequest) => {
  let outcome: ParseOutcome;
  try {
    const data = parsePolicy(request.text, request.file, taxonomy);
    outcome = { kind: 'parsed', clauses: data.clauses.length, violations: policyViolations(data, request.reservedIds) };
  } catch (error) {
    outcome =
      error instanceof ContentError
        ? { kind: 'content-error', message: error.message, file: error.file }
        : {
            kind: 'crash',
            name: (error as Error)?.name ?? typeof error,
            message: String((error as Error)?.message ?? error),
            stack: (error as Error)?.stack ?? '',
          };
  }
  parentPort!.postMessage({ id: request.id, outcome });
});
