import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../lib/policy/errors.ts';
import { assignSlugs, parsePolicy } from '../lib/policy/parsePolicy.ts';
import { parseTaxonomy } from '../lib/taxonomy/loadTaxonomy.ts';
import { policySchema } from '../schemas/policy.ts';

interface Options {
  /** Folder of policy Markdown files, relative to the project root. */
  dir: string;
  /** The practice taxonomy, relative to the project root. */
  taxonomy: string;
}

/**
 * The policy collection's loader: reads every `*.md` in `dir`, extracts its typed data with
 * the pure `parsePolicy`, and stops the build with one clear message on bad input.
 */
export function policyLoader({ dir, taxonomy }: Options): Loader {
  return {
    name: 'policy-atlas-policies',
    schema: policySchema,
    async load({ store, parseData, generateDigest, logger, watcher, config }) {
      const root = new URL(config.root).pathname;
      const absDir = path.resolve(root, dir);
      const absTaxonomy = path.resolve(root, taxonomy);

      const sync = async (): Promise<void> => {
        const practices = parseTaxonomy(await readFile(absTaxonomy, 'utf8'), taxonomy);
        const names = (await readdir(absDir)).filter((n) => /\.(md|markdown)$/i.test(n));
        const entries = [];
        for (const { name, file, slug } of assignSlugs(names, dir)) {
          const raw = await readFile(path.join(absDir, name), 'utf8');
          entries.push({ id: slug, raw, file, data: parsePolicy(raw, file, practices) });
        }
        // Parse everything before touching the store: a bad file leaves the store as it was.
        store.clear();
        for (const { id, raw, file, data } of entries) {
          const parsed = await parseData({ id, data: data as unknown as Record<string, unknown>, filePath: file });
          store.set({ id, data: parsed, digest: generateDigest(raw), filePath: file });
        }
        logger.info(`${entries.length} policies loaded from ${dir}`);
      };

      await sync().catch(reportContentError);

      watcher?.add([absDir, absTaxonomy]);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(absDir) || changed === absTaxonomy) {
          sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
        }
      });
    },
  };
}

/** Rethrows a content error as a short message without a stack: the file and the fix are the whole story. */
function reportContentError(error: unknown): never {
  if (error instanceof ContentError) {
    const clean = new Error(`Policy Atlas content error in ${error.message}`);
    clean.name = 'ContentError';
    clean.stack = `${clean.name}: ${clean.message}`;
    throw clean;
  }
  throw error;
}
