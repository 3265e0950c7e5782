import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentErrorLine, writeErrorReport } from './errorReport.ts';
import { ContentError } from '../lib/base/errors.ts';
import { loadPolicyFolder } from '../lib/corpus/loadPolicies.ts';
import { shownPath } from '../lib/base/shownPath.ts';
import { quoteNoteLine, quoteNotes } from '../lib/policy/quoteShape.ts';

interface Options {
  /** Folder of policy Markdown files, relative to the project root or absolute. */
  dir: string;
  /** The practice taxonomy, relative to the project root. */
  taxonomy: string;
}

/**
 * The policy collection's loader: reads the policy files of `dir` through the shared parse path
 * (`loadPolicyFolder`, the same as `npm run check:content`), and stops the build with one clear
 * message on bad input, also written to the safe build's error report.
 */
export function policyLoader({ dir, taxonomy }: Options): Loader {
  return {
    name: 'policy-atlas-policies',
    async load({ store, parseData, generateDigest, logger, watcher, config }) {
      const root = path.resolve(fileURLToPath(config.root));
      const absTaxonomy = path.resolve(root, taxonomy);

      const sync = async (): Promise<void> => {
        const { policies, skipped, notes } = loadPolicyFolder({ root, dir, taxonomy });
        for (const { file, note } of [...skipped, ...notes]) logger.info(`${file}: ${note}`);
        // Parse everything before touching the store: a bad file leaves the store as it was.
        const count = policies.length;
        for (const { file, data } of policies) {
          for (const note of quoteNotes(data))
            if (note.shape.kind === 'fragment') logger.warn(quoteNoteLine(file, note));
        }
        // Each file's text and first parse are let go as soon as its entry is made: the store keeps
        // what pages need, and a build of thousands of policies never holds every text twice.
        // (Taken from the end of reversed lists: each step O(1), the files' order kept.)
        const parsed = [];
        policies.reverse();
        for (let next = policies.pop(); next; next = policies.pop()) {
          const { id, raw, filePath, data } = next;
          const digest = generateDigest(raw);
          parsed.push({ id, digest, filePath, data: await parseData({ id, data: { ...data }, filePath }) });
        }
        store.clear();
        parsed.reverse();
        for (let entry = parsed.pop(); entry; entry = parsed.pop()) store.set(entry);
        logger.info(`${count} policies loaded from ${shownPath(root, dir).shown}`);
      };

      await sync().catch(reportContentError);
      const absDir = shownPath(root, dir).absolute; // sound: sync() has read it

      watcher?.add([absDir, absTaxonomy]);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(absDir) || changed === absTaxonomy) {
          sync().catch((error: unknown) =>
            logger.error(error instanceof ContentError ? contentErrorLine(error) : String(error)),
          );
        }
      });
    },
  };
}

/**
 * Reports a content error to the safe build (the error report) and rethrows it as a short
 * message without a stack: the file and the fix are the whole story.
 */
function reportContentError(error: unknown): never {
  if (error instanceof ContentError) {
    writeErrorReport(error);
    const clean = new Error(contentErrorLine(error));
    clean.name = 'ContentError';
    clean.stack = `${clean.name}: ${clean.message}`;
    throw clean;
  }
  throw error;
}
