/**
 * "/" and Ctrl/⌘-K focus the page's search field (the one marked `data-search-shortcut`):
 * "/" only when the reader is not typing in a field, Ctrl/⌘-K unless another field has focus.
 */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(target.type)
  );
}

export function bindSearchShortcut(): void {
  const root = document.documentElement;
  if (root.dataset['searchShortcutBound'] === 'true') return;
  root.dataset['searchShortcutBound'] = 'true';
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const chord = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
    if (!chord && !slash) return;
    const field = document.querySelector<HTMLInputElement>('[data-search-shortcut]');
    if (!field || field.offsetParent === null) return;
    if (event.target === field ? slash : isEditable(event.target)) return;
    event.preventDefault();
    field.focus();
    field.select();
  });
}
