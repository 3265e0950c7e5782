import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readTaxonomy } from '../lib/taxonomy/loadTaxonomy.ts';

/**
 * The practices collection's loader: `content/practices.yaml` read and checked by the same
 * function as the policy loader's (`readTaxonomy`: one parse, one set of messages), each practice
 * stored with its position in the file (`storedPracticeSchema`, given in src/content.config.ts), so pages get the file's order without reading it.
 */
export function taxonomyLoader(file: string): Loader {
  return {
    name: 'policy-atlas-practices',
    async load({ store, parseData, generateDigest, watcher, config }) {
      const root = path.resolve(fileURLToPath(config.root));
      const sync = async (): Promise<void> => {
        const practices = readTaxonomy(root, file);
        const parsed = [];
        for (const [position, practice] of practices.entries()) {
          const data = await parseData({ id: practice.id, data: { ...practice, position }, filePath: file });
          parsed.push({ id: practice.id, data, digest: generateDigest(data) });
        }
        store.clear();
        for (const entry of parsed) store.set({ ...entry, filePath: file });
      };
      await sync();
      const absolute = path.resolve(root, file);
      watcher?.add(absolute);
      watcher?.on('change', (changed) => {
        if (changed === absolute) void sync();
      });
    },
  };
}
