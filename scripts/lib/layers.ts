/**
 * The layers of `src/lib` and the check that keeps them: a module imports from its own folder
 * and from lower layers only, and folders of one layer do not import each other, so no loop
 * can run between folders. docs/architecture.md ("Layers of src/lib") says what each holds.
 * Pure: the import list comes from scripts/check-layers.ts.
 */

/**
 * The folders of `src/lib`, lowest layer first; folders in one entry are peers.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['base', 'site'],
  ['taxonomy'],
  ['policy'],
  ['answers', 'suggest', 'versions'],
  ['matrix'],
  ['corpus', 'search', 'cite', 'og'],
  ['views'],
];

/** One import: the importing module and the module it names, both relative to `src/lib`. */
export interface Import {
  from: string;
  to: string;
}

/** The folder of a module under `src/lib` (`policy/blocks.ts` → `policy`); null outside it. */
function folderOf(module: string): string | null {
  if (module.startsWith('../') || module.startsWith('/')) return null;
  const slash = module.indexOf('/');
  return slash === -1 ? module : module.slice(0, slash);
}

/** The loops of a directed graph: its strongly connected parts of more than one node (Tarjan). */
function loopsOf(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const part: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      part.push(member);
    } while (member !== node);
    if (part.length > 1) loops.push(part.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return loops;
}

/**
 * What breaks the layering, one line a problem: a folder in no layer, an import from `src/lib`
 * to code outside it, an import up the layers or across one, and every loop between folders.
 */
export function layerProblems(imports: readonly Import[], layers: readonly (readonly string[])[] = LAYERS): string[] {
  const layerOf = new Map(layers.flatMap((folders, level) => folders.map((f) => [f, level] as const)));
  const problems: string[] = [];
  const unplaced = new Set<string>();
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const source = folderOf(from);
    const target = folderOf(to);
    if (source === null) continue;
    if (!layerOf.has(source)) unplaced.add(source);
    if (target === null) {
      problems.push(`${from} imports ${to}, outside src/lib: src/lib imports only src/lib and packages`);
      continue;
    }
    if (target === source) continue;
    if (!layerOf.has(target)) unplaced.add(target);
    let edges = graph.get(source);
    if (!edges) graph.set(source, (edges = new Set()));
    edges.add(target);
    const [low, high] = [layerOf.get(source), layerOf.get(target)];
    if (low === undefined || high === undefined) continue;
    if (high > low)
      problems.push(`${from} imports ${to}: ${source} (layer ${low}) may not import ${target} (layer ${high})`);
    else if (high === low)
      problems.push(`${from} imports ${to}: ${source} and ${target} share layer ${low} and may not import each other`);
  }
  for (const folder of [...unplaced].sort())
    problems.push(`src/lib/${folder}/ is in no layer: add it to LAYERS in scripts/lib/layers.ts`);
  for (const loop of loopsOf(graph)) problems.push(`loop between folders: ${loop.join(' ↔ ')}`);
  return problems;
}
