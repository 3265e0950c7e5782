/**
 * Fails when a module of `src/lib` imports up its layers, across one, or outside `src/lib`, or
 * when folders import each other in a loop (scripts/lib/layers.ts). Part of `npm run lint`.
 *
 *   node scripts/check-layers.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { layerProblems, type Import } from './lib/layers.ts';

const root = path.resolve('src/lib');
const modules = (readdirSync(root, { recursive: true }) as string[])
  .filter((f) => /\.(ts|mts|js|mjs)$/.test(f))
  .map((f) => f.split(path.sep).join('/'))
  .sort();
const imports: Import[] = [];
for (const module of modules) {
  const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, module), 'utf8'), true, true);
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue; // a package
    const to = path
      .relative(root, path.resolve(root, path.dirname(module), fileName))
      .split(path.sep)
      .join('/');
    imports.push({ from: module, to });
  }
}
const problems = layerProblems(imports);
if (problems.length) {
  console.error(`✖ check-layers: ${problems.length} problems in src/lib:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`✔ check-layers: ${modules.length} modules of src/lib import down their layers, with no loop`);
