/**
 * The shape of a parsed policy: a tree of renderable blocks, and the flat list of clauses.
 * Plain data, serialisable into Astro's data store.
 */

/** A clause: a paragraph or a list item's own text, the unit every link and quote points at. */
export interface Clause {
  /** Stable id, `c-` + 8 hex digits of the SHA-256 of its folded text. */
  id: string;
  /** Id of the section heading it falls under; null before the first heading. */
  sectionId: string | null;
  /** Plain text, whitespace folded. */
  text: string;
  /** Practices detected automatically in the text. */
  detected: string[];
}

/** A heading: a Markdown heading or a bold pseudo-heading. */
export interface HeadingBlock {
  type: 'heading';
  id: string;
  /** 1 = top level within the policy text. */
  level: number;
  text: string;
  html: string;
  /** True for a bold paragraph that serves as a heading. */
  pseudo: boolean;
  detected: string[];
  /** Practice ids anchored on this heading (`#cookies`). */
  anchors: string[];
}

export interface ClauseBlock extends Clause {
  type: 'clause';
  /** Inline HTML of the clause (sanitised: produced from Markdown, raw HTML made text). */
  html: string;
  /** Practice ids anchored on this clause. */
  anchors: string[];
  /** `p` for a paragraph; `table` and `pre` for the rare table or code block. */
  element: 'p' | 'table' | 'pre';
}

export interface ListItemBlock {
  /** The item's own text as a clause; null when the item holds only a nested list. */
  clause: (Clause & { html: string; anchors: string[] }) | null;
  lists: ListBlock[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start: number | null;
  items: ListItemBlock[];
}

export type Block = HeadingBlock | ClauseBlock | ListBlock;

/** Every clause of a block tree, in document order. */
export function* walkClauses(blocks: readonly Block[]): Generator<Clause & { html: string; anchors: string[] }> {
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
export function* walkTargets(
  blocks: readonly Block[],
): Generator<HeadingBlock | (Clause & { html: string; anchors: string[] })> {
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
