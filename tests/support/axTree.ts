/**
 * Chromium's own accessibility tree, as a screen reader receives it. Playwright's role queries
 * compute roles from the DOM and ARIA, whatever CSS does; some browsers drop a table's roles once
 * CSS lays its rows out as blocks, and only the browser's tree shows whether Chromium did.
 */
import type { Page } from '@playwright/test';

/** The role and name Chromium gives the first element matching `selector`. */
export async function chromiumRole(page: Page, selector: string): Promise<{ role: string; name: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0];
    return { role: String(node?.role?.value ?? ''), name: String(node?.name?.value ?? '') };
  } finally {
    await cdp.detach();
  }
}
