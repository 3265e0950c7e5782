/** What `npm run check:nu` makes of the Nu HTML Checker's JSON report. */
import { describe, expect, it } from 'vitest';
import { formatNuError, nuErrors } from '../../scripts/lib/nuReport.ts';

const report = (messages: object[]) => JSON.stringify({ messages });
const stray = {
  type: 'error',
  url: 'file:/site/dist/companies/mimecast/index.html',
  lastLine: 18,
  firstColumn: 4,
  message: 'Stray start tag “script”.',
};

describe('nuErrors', () => {
  it('keeps errors and fatal errors, not warnings or notes', () => {
    const fatal = { type: 'non-document-error', subType: 'fatal', message: 'Cannot read the file.' };
    const warning = { type: 'info', subType: 'warning', message: 'Consider adding a “lang” attribute.' };
    expect(nuErrors(report([stray, warning, fatal]))).toEqual([stray, fatal]);
  });

  it('leaves out what the checker’s outdated CSS grammar says of the mask shorthand, and only that', () => {
    const mask = { type: 'error', message: 'CSS: “mask”: Too many values or values are not recognized.' };
    const colour = { type: 'error', message: 'CSS: “color”: “reed” is not a “color” value.' };
    expect(nuErrors(report([mask, colour]))).toEqual([colour]);
  });

  it('refuses a report that is not the checker’s', () => {
    expect(() => nuErrors('{"errors": []}')).toThrow();
  });
});

describe('formatNuError', () => {
  it('names the page from the project root, with line and column', () => {
    expect(formatNuError(stray, '/site')).toBe('dist/companies/mimecast/index.html:18:4: Stray start tag “script”.');
  });

  it('decodes a page path with spaces or accents', () => {
    const url = 'file:/site/dist/a%20b/caf%C3%A9.html';
    expect(formatNuError({ type: 'error', url, message: 'x' }, '/site')).toBe('dist/a b/café.html: x');
  });
});
