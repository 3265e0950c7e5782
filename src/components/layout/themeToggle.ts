/** The theme switch's behaviour (ThemeToggle.astro); loaded with the header's script (SiteHeader.astro). */
type Mode = 'system' | 'light' | 'dark';
const ORDER: Mode[] = ['system', 'light', 'dark'];
const system = matchMedia('(prefers-color-scheme: dark)');

function storedMode(): Mode {
  try {
    const value = localStorage.getItem('theme');
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(mode: Mode): void {
  const theme = mode === 'system' ? (system.matches ? 'dark' : 'light') : mode;
  document.documentElement.dataset['theme'] = theme;
}

class ThemeToggle extends HTMLElement {
  #mode: Mode = storedMode();

  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!button || !status) return;
    this.#render();
    system.addEventListener('change', () => {
      if (this.#mode === 'system') apply('system');
    });
    // A choice made in another tab applies here too.
    window.addEventListener('storage', (event) => {
      if (event.key !== 'theme' && event.key !== null) return;
      this.#mode = storedMode();
      apply(this.#mode);
      this.#render();
    });
    button.addEventListener('click', () => {
      this.#mode = ORDER[(ORDER.indexOf(this.#mode) + 1) % ORDER.length] ?? 'system';
      try {
        if (this.#mode === 'system') localStorage.removeItem('theme');
        else localStorage.setItem('theme', this.#mode);
      } catch {
        /* storage blocked: the choice lasts for this page only */
      }
      apply(this.#mode);
      this.#render();
      status.textContent =
        this.#mode === 'system' ? 'Theme follows the system' : `${this.#mode === 'dark' ? 'Dark' : 'Light'} theme`;
    });
  }

  #render(): void {
    document.documentElement.dataset['themeChoice'] = this.#mode;
  }
}
customElements.define('theme-toggle', ThemeToggle);
