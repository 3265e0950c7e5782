/**
 * Keeps a list's elements across renders. Typing the rest of a word often leaves the hits as
 * they were (same clauses, same marked words); rebuilding them anyway made the browser lay out
 * and paint the whole list again on every keystroke. Elements are keyed by everything they show,
 * so one with an equal key is reused as it is and stays in place unless the order changed; the
 * DOM is not touched when nothing did.
 */
export class KeyedList<T, E extends Element = Element> {
  private rendered = new Map<string, E>();

  constructor(
    private readonly container: Element,
    /** Everything the element shows, as a string: equal keys must mean equal elements. */
    private readonly key: (item: T) => string,
    private readonly create: (item: T) => E,
  ) {}

  /** Shows one element per item, in order; returns them. */
  render(items: readonly T[]): E[] {
    const next = new Map<string, E>();
    const elements = items.map((item) => {
      const key = this.key(item);
      if (next.has(key)) return this.create(item); // a repeated item gets an element of its own
      const element = this.rendered.get(key) ?? this.create(item);
      next.set(key, element);
      return element;
    });
    this.rendered = next;
    // Remove what is gone, then move or insert only what is out of place: an element that
    // stays where it was is not touched, so the browser keeps its layout.
    const keep = new Set<Element>(elements);
    for (const child of [...this.container.children]) if (!keep.has(child)) child.remove();
    elements.forEach((element, i) => {
      const here = this.container.children[i];
      if (here !== element) this.container.insertBefore(element, here ?? null);
    });
    return elements;
  }

  clear(): void {
    this.rendered.clear();
    this.container.replaceChildren();
  }
}
