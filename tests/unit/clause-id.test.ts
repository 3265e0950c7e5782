import { describe, expect, it } from 'vitest';
import { parseDocument, clauseId } from '../../src/lib/policy/parseDocument.ts';

const ids = (md: string) =>
  parseDocument(md, 'http://example.com/').blocks.flatMap((b) => (b.type === 'clause' ? [b.id] : []));

describe('clauseId', () => {
  it('is the same for the same text on every build, whatever the whitespace', () => {
    expect(clauseId('We use  cookies.', new Map())).toBe(clauseId('We use\u00a0cookies.', new Map()));
  });

  it('does not move when another clause is edited, added or removed', () => {
    const before = ids('First clause.\n\nSecond clause.\n\nThird clause.');
    const after = ids('First clause, edited.\n\nA new one.\n\nSecond clause.\n\nThird clause.');
    expect(after[2]).toBe(before[1]);
    expect(after[3]).toBe(before[2]);
    expect(after[0]).not.toBe(before[0]);
  });

  it('numbers repeated text in order', () => {
    const [a, b] = ids('Same.\n\nSame.');
    expect(b).toBe(`${a}-2`);
  });
});

describe('parseDocument renders the corpus inert', () => {
  it('keeps raw HTML and scripts as visible text', () => {
    const { blocks } = parseDocument(
      'Hello <script>alert(1)</script> <img src=x onerror=alert(1)>',
      'http://example.com/',
    );
    const html = blocks[0]!.type === 'clause' ? blocks[0]!.html : '';
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('drops javascript: links and resolves relative ones against the original URL', () => {
    const { blocks } = parseDocument(
      '[bad](javascript:alert(1)) and [legal](/legal)',
      'http://www.corero.com/site-meta/privacy',
    );
    const html = blocks[0]!.type === 'clause' ? blocks[0]!.html : '';
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="http://www.corero.com/legal"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('turns images into their alt text: no third-party request', () => {
    const { blocks } = parseDocument('![Logo](http://tracker.example/logo.gif) text', 'http://example.com/');
    expect(blocks[0]!.type === 'clause' && blocks[0]!.html).toBe('Logo text');
  });
});

describe('parseDocument headings', () => {
  it('skips an empty heading (found by the loader fuzz): no section without text, no bare #section anchor', () => {
    const { blocks } = parseDocument('## \r we collect data\n\n### Cookies\n\nWe use cookies.', 'http://example.com/');
    const headings = blocks.flatMap((b) => (b.type === 'heading' ? [b] : []));
    expect(headings.map((h) => [h.id, h.text, h.level])).toEqual([['cookies', 'Cookies', 1]]);
    expect(blocks.filter((b) => b.type === 'clause').map((b) => b.type === 'clause' && b.text)).toEqual([
      'we collect data',
      'We use cookies.',
    ]);
  });

  it('skips an empty heading inside a quote too', () => {
    const { blocks } = parseDocument('> ## \n> quoted text\n\nmore', 'http://example.com/');
    expect(blocks.map((b) => b.type)).toEqual(['clause', 'clause']);
  });
});
