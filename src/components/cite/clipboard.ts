/**
 * The one copy mechanism of the site's copy controls (copy link, copy citation, copy text):
 * write to the clipboard, show "Copied" beside the control for a moment, and announce the
 * result through the page's one polite status region (statusRegion.ts). No third-party code.
 * Loaded on a control's first use (copyRuntime.ts), not with the page.
 */
import { statusRegion } from './statusRegion.ts';

/** How long a confirmation stays, in ms. */
const CONFIRM_MS = 2500;

/** The visible "Copied" note of a control, appended to `host` once; hidden from assistive technology (the region speaks). */
function confirmationOf(host: HTMLElement): HTMLElement {
  let done = host.querySelector<HTMLElement>(':scope > .copy-link-done');
  if (!done) {
    done = document.createElement('span');
    done.className = 'copy-link-done';
    done.setAttribute('aria-hidden', 'true');
    done.hidden = true;
    host.append(done);
  }
  return done;
}

const timers = new WeakMap<HTMLElement, number>();

/**
 * Copies `text`, then confirms beside `host` and announces `announce` (or the failure, with
 * `fallback` run first, e.g. putting the link in the address bar).
 * @returns whether the text was copied.
 */
export async function copyAndConfirm(
  host: HTMLElement,
  text: string,
  messages: { announce: string; failed: string; shortFailed?: string },
  fallback?: () => void,
): Promise<boolean> {
  const done = confirmationOf(host);
  const region = statusRegion();
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    done.textContent = 'Copied';
    region.textContent = messages.announce;
    copied = true;
  } catch {
    fallback?.();
    done.textContent = messages.shortFailed ?? 'Could not copy';
    region.textContent = messages.failed;
  }
  done.hidden = false;
  window.clearTimeout(timers.get(host));
  timers.set(
    host,
    window.setTimeout(() => {
      done.hidden = true;
      region.textContent = '';
    }, CONFIRM_MS),
  );
  return copied;
}
