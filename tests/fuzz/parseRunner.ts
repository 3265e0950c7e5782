/**
 * Runs fuzz cases through parsePolicy in a worker thread with a deadline per case.
 * A case that misses its deadline is a hang: the worker is terminated and replaced.
 * The deadline is a guard against hangs, far above the time any case needs; it is not
 * a speed assertion (speed belongs to the benchmark).
 */
import { Worker } from 'node:worker_threads';

export interface ParseRequest {
  id: number;
  file: string;
  text: string;
  reservedIds: readonly string[];
}

export type ParseOutcome =
  | { kind: 'parsed'; clauses: number; violations: string[] }
  | { kind: 'content-error'; message: string; file: string }
  | { kind: 'crash'; name: string; message: string; stack: string }
  | { kind: 'timeout'; deadlineMs: number };

export interface ParseRunner {
  parse(file: string, text: string, deadlineMs: number): Promise<ParseOutcome>;
  close(): Promise<void>;
}

export function parseRunner(reservedIds: readonly string[] = []): ParseRunner {
  let worker: Worker | null = null;
  let nextId = 0;
  const start = (): Worker => {
    worker ??= new Worker(new URL('./parseWorker.ts', import.meta.url));
    worker.unref();
    return worker;
  };
  return {
    parse(file, text, deadlineMs) {
      const w = start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          cleanup();
          void w.terminate();
          worker = null;
          resolve({ kind: 'timeout', deadlineMs });
        }, deadlineMs);
        const onMessage = (message: { id: number; outcome: ParseOutcome }): void => {
          if (message.id !== id) return;
          cleanup();
          resolve(message.outcome);
        };
        const onError = (error: Error): void => {
          cleanup();
          worker = null;
          resolve({
            kind: 'crash',
            name: error.name,
            message: `the worker died: ${error.message}`,
            stack: error.stack ?? '',
          });
        };
        const cleanup = (): void => {
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
        };
        w.on('message', onMessage);
        w.on('error', onError);
        try {
          w.postMessage({ id, file, text, reservedIds } satisfies ParseRequest);
        } catch (error) {
          cleanup();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}
