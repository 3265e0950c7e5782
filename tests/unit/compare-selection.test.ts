import { describe, expect, it } from 'vitest';
import {
  answersDiffer,
  parseSelection,
  parseView,
  selectionSearch,
  type CompareSelection,
} from '../../src/lib/matrix/compareSelection.ts';
import { companyShortNames, nameBreakParts } from '../../src/lib/matrix/shortNames.ts';

describe('compare selection (?c=…&differ=1&view=quotes)', () => {
  const known = ['corero', 'cyberdefender', 'ironport', 'mimecast', 'threatpost'];

  it('reads comma lists and repeated parameters, in matrix order, ignoring unknown slugs', () => {
    expect(parseSelection('?c=mimecast,corero', known)).toEqual({
      companies: ['corero', 'mimecast'],
      differOnly: false,
      view: 'answers',
    });
    expect(parseSelection('?c=threatpost&c=IronPort&c=nope', known).companies).toEqual(['ironport', 'threatpost']);
    expect(parseSelection('?c=mimecast%2Ccorero&differ=1&view=quotes', known)).toEqual({
      companies: ['corero', 'mimecast'],
      differOnly: true,
      view: 'quotes',
    });
  });

  it('means every company when none known is chosen', () => {
    expect(parseSelection('', known).companies).toEqual(known);
    expect(parseSelection('?c=', known).companies).toEqual(known);
    expect(parseSelection('?c=acme', known).companies).toEqual(known);
  });

  it('reads the view: quotes only when asked for, anything else is the answers view', () => {
    expect(parseView('?view=quotes')).toBe('quotes');
    expect(parseView('?view=Quotes&c=corero')).toBe('quotes');
    expect(parseView('?view=answers')).toBe('answers');
    expect(parseView('?view=<script>')).toBe('answers');
    expect(parseView('')).toBe('answers');
  });

  it('writes the shortest shareable query and reads it back', () => {
    const base = { differOnly: false, view: 'answers' } as const;
    expect(selectionSearch({ ...base, companies: ['mimecast', 'corero'] }, known)).toBe('?c=corero,mimecast');
    expect(selectionSearch({ ...base, companies: known, differOnly: true }, known)).toBe('?differ=1');
    expect(selectionSearch({ ...base, companies: known }, known)).toBe('');
    expect(selectionSearch({ ...base, companies: known, view: 'quotes' }, known)).toBe('?view=quotes');
    const selection: CompareSelection = { companies: ['ironport', 'threatpost'], differOnly: true, view: 'quotes' };
    expect(selectionSearch(selection, known)).toBe('?c=ironport,threatpost&differ=1&view=quotes');
    expect(parseSelection(selectionSearch(selection, known), known)).toEqual(selection);
  });

  it('a row differs when its answers are not all the same', () => {
    expect(answersDiffer(['yes', 'yes', 'yes'])).toBe(false);
    expect(answersDiffer(['no', 'not-mentioned'])).toBe(true);
    expect(answersDiffer(['yes'])).toBe(false);
  });
});

describe('company short names (narrow matrix columns)', () => {
  it('takes the first word, which is always part of the full name', () => {
    const names = ['Corero Systems', 'IronPort Systems', 'Threatpost', 'CyberDefender', 'Mimecast'];
    const short = companyShortNames(names);
    expect(short).toEqual(['Corero', 'IronPort', 'Threatpost', 'CyberDefender', 'Mimecast']);
    short.forEach((s, i) => expect(names[i]).toContain(s));
  });

  it('keeps the full name where first words collide, and drops trailing punctuation', () => {
    expect(companyShortNames(['Acme Web', 'Acme Mail', 'Example, Inc.'])).toEqual(['Acme Web', 'Acme Mail', 'Example']);
    expect(companyShortNames(['acme one', 'ACME two'])).toEqual(['acme one', 'ACME two']);
  });

  it('breaks a camel-case name between its words, losing nothing', () => {
    expect(nameBreakParts('CyberDefender')).toEqual(['Cyber', 'Defender']);
    expect(nameBreakParts('IronPort')).toEqual(['Iron', 'Port']);
    expect(nameBreakParts('Threatpost')).toEqual(['Threatpost']);
    expect(nameBreakParts('examplecorp.com')).toEqual(['examplecorp.com']);
  });
});
