/**
 * The company page's contents (PageContents.astro): marks the entry of the section at the top
 * of the viewport. Loaded with the page's script.
 */
class TocSpy extends HTMLElement {
  connectedCallback(): void {
    const links = new Map<string, HTMLAnchorElement>();
    for (const a of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
      links.set(decodeURIComponent(a.hash.slice(1)), a);
    const targets = [...links.keys()].flatMap((id) => document.getElementById(id) ?? []);
    let current: HTMLAnchorElement | undefined;
    let pending = false;
    const update = (): void => {
      pending = false;
      // The last section whose heading has passed the top third of the viewport; at the very
      // end of the page, where the last headings can never get there, the last one in view.
      const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      const line = atEnd ? window.innerHeight : window.innerHeight * 0.3;
      let active: HTMLElement | undefined;
      for (const target of targets) {
        if (target.getBoundingClientRect().top > line) break;
        active = target;
      }
      const link = active ? links.get(active.id) : undefined;
      if (link === current) return;
      current?.removeAttribute('aria-current');
      link?.setAttribute('aria-current', 'location');
      current = link;
    };
    window.addEventListener(
      'scroll',
      () => {
        if (!pending) {
          pending = true;
          requestAnimationFrame(update);
        }
      },
      { passive: true },
    );
    update();
  }
}
customElements.define('toc-spy', TocSpy);
