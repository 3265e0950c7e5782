/**
 * Walks a parsed policy's tree of renderable blocks (its shapes: `policySchema.ts`).
 */
import type { Block, HeadingBlock, RenderedClause } from './policySchema.ts';

/** Every clause of a block tree, in document order. */
export function* walkClauses(blocks: readonly Block[]): Generator<RenderedClause> {
  for (const block of blocks) {
    if (block.type === 'clause') yield block;
    else if (block.type === 'list') {
      for (const item of block.items) {
        if (item.clause) yield item.clause;
        yield* walkClauses(item.lists);
      }
    }
  }
}

/** Headings and clauses in document order: the things an anchor can land on. */
export function* walkTargets(blocks: readonly Block[]): Generator<HeadingBlock | RenderedClause> {
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'clause') yield block;
    else {
      for (const item of block.items) {
        if (item.clause) yield item.clause;
        yield* walkTargets(item.lists);
      }
    }
  }
}
