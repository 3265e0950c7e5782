/**
 * What the copy controls share before any is used (pageCopyControls.ts, copyCitations.ts and the
 * /compare/ export): whether this browser can copy, the page's status region, the facts of the
 * cited policies, a control's button, and what the controls do (copyActions.ts), loaded when a
 * reader first presses or focuses a control and run inside the click once loaded.
 */
import { citedPolicy } from './citationSource.ts';
import type * as CopyActions from './copyActions.ts';
import { canCopy, statusRegion } from './statusRegion.ts';

export { canCopy, citedPolicy, statusRegion };

type Actions = typeof CopyActions;
let actions: Actions | undefined;
let loading: Promise<Actions> | undefined;

/** A plain left click (a modified click keeps a link's own behaviour: new tab, download…). */
export const plainClick = (e: MouseEvent): boolean =>
  !(e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0);

/** Starts loading what the controls do (once). */
const load = (): Promise<Actions> => (loading ??= import('./copyActions.ts').then((m) => (actions = m)));

/** Runs `act` at once when the actions are loaded (inside the click: clipboards want that), else when they arrive. */
export function withActions(act: (a: Actions) => void): void {
  if (actions) act(actions);
  else
    void load().then(act, (error: unknown) => {
      console.error('Copy failed to load:', error);
      statusRegion().textContent = 'Could not copy; reload the page.';
    });
}

const CONTROLS = 'copy-link, copy-citation, copy-text';
const prime = (event: Event): void => {
  if (event.target instanceof Element && event.target.closest(CONTROLS)) void load().catch(() => undefined);
};
for (const type of ['pointerdown', 'focusin']) document.addEventListener(type, prime, { capture: true, passive: true });

/**
 * Gives a control's button (in the markup, or made by `buttonOf`) its accessible name and its
 * action. A visible word starts the name (WCAG 2.5.3, label in name): "Cite: Copy citation of …".
 */
export function armButton(button: HTMLButtonElement, name: string, act: (a: Actions) => void): void {
  const word = (button.textContent ?? '').trim();
  button.setAttribute('aria-label', word ? `${word}: ${name}` : name);
  button.addEventListener('click', () => withActions(act));
}

/** A control's button, made once: its accessible name says what it copies; `label` is its visible word (icon only when empty). */
export function buttonOf(host: HTMLElement, name: string, label: string, act: (a: Actions) => void): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = label;
  armButton(button, name, act);
  host.prepend(button);
}
