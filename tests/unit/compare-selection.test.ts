import { describe, expect, it } from 'vitest';
import { columnKey, parseColumnKey } from '../../src/lib/matrix/columnKey.ts';
import {
  answersDiffer,
  columnsCount,
  columnsInWords,
  MAX_COLUMNS,
  parseColumns,
  parseSelection,
  parseView,
  selectionSearch,
  type CompareSelection,
} from '../../src/lib/matrix/compareSelection.ts';
import { companyShortNames, nameBreakParts, versionColumnName } from '../../src/lib/matrix/shortNames.ts';

describe('compare selection (?c=…&differ=1&view=quotes)', () => {
  const defaults = ['corero', 'cyberdefender', 'ironport', 'mimecast', 'threatpost'];

  it('reads comma lists and repeated parameters, in the reader’s order, once each', () => {
    expect(parseSelection('?c=mimecast,corero', defaults)).toEqual({
      columns: ['mimecast', 'corero'],
      differOnly: false,
      view: 'answers',
    });
    expect(parseSelection('?c=threatpost&c=IronPort&c=threatpost', defaults).columns).toEqual([
      'threatpost',
      'ironport',
    ]);
    expect(parseSelection('?c=mimecast%2Ccorero&differ=1&view=quotes', defaults)).toEqual({
      columns: ['mimecast', 'corero'],
      differOnly: true,
      view: 'quotes',
    });
  });

  it('takes any well-formed key, versions included, and drops the malformed', () => {
    expect(parseColumns('?c=acme,mimecast@2016-12-03,../etc,<b>,a b,Mimecast@2010-08-13')).toEqual([
      'acme',
      'mimecast@2016-12-03',
      'mimecast@2010-08-13',
    ]);
    expect(parseColumns(`?c=${Array.from({ length: 20 }, (_, i) => `c${i}`).join(',')}`)).toHaveLength(MAX_COLUMNS);
  });

  it('means the default columns when none is chosen', () => {
    expect(parseSelection('', defaults).columns).toEqual(defaults);
    expect(parseSelection('?c=', defaults).columns).toEqual(defaults);
    expect(parseSelection('?c=%3Cscript%3E', defaults).columns).toEqual(defaults);
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
    expect(selectionSearch({ ...base, columns: ['mimecast', 'corero'] }, defaults)).toBe('?c=mimecast,corero');
    expect(selectionSearch({ ...base, columns: defaults, differOnly: true }, defaults)).toBe('?differ=1');
    expect(selectionSearch({ ...base, columns: defaults }, defaults)).toBe('');
    expect(selectionSearch({ ...base, columns: defaults, view: 'quotes' }, defaults)).toBe('?view=quotes');
    expect(selectionSearch({ ...base, columns: ['mimecast@2016-12-03'] }, defaults)).toBe('?c=mimecast@2016-12-03');
    const selection: CompareSelection = { columns: ['threatpost', 'ironport'], differOnly: true, view: 'quotes' };
    expect(selectionSearch(selection, defaults)).toBe('?c=threatpost,ironport&differ=1&view=quotes');
    expect(parseSelection(selectionSearch(selection, defaults), defaults)).toEqual(selection);
  });

  it('a row differs when its answers are not all the same', () => {
    expect(answersDiffer(['yes', 'yes', 'yes'])).toBe(false);
    expect(answersDiffer(['no', 'not-mentioned'])).toBe(true);
    expect(answersDiffer(['yes'])).toBe(false);
  });
});

describe('column keys', () => {
  it('name a company or one archived version of it', () => {
    expect(parseColumnKey('mimecast')).toEqual({ company: 'mimecast' });
    expect(parseColumnKey('mimecast@2016-12-03')).toEqual({ company: 'mimecast', version: '2016-12-03' });
    expect(columnKey({ company: 'mimecast', version: '2016-12-03' })).toBe('mimecast@2016-12-03');
    expect(columnKey({ company: 'corero' })).toBe('corero');
  });

  it('refuse anything that is not a slug and a date', () => {
    for (const bad of ['', '-a', 'a--b', 'a/b', 'a@2016', 'a@2016-1-3', '@2016-12-03', 'a@b', '..'])
      expect(parseColumnKey(bad), bad).toBeNull();
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

  it('keeps a version column’s full name, whose date tells the versions apart', () => {
    const names = [
      'Mimecast',
      versionColumnName('Mimecast', '2010-08-13'),
      versionColumnName('Corero Systems', '2014-12-01'),
    ];
    expect(names[1]).toBe('Mimecast 2010-08-13');
    expect(companyShortNames(names)).toEqual(['Mimecast', 'Mimecast 2010-08-13', 'Corero Systems 2014-12-01']);
    expect(companyShortNames([names[1]!])).toEqual(['Mimecast 2010-08-13']);
  });

  it('breaks a camel-case name between its words, losing nothing', () => {
    expect(nameBreakParts('CyberDefender')).toEqual(['Cyber', 'Defender']);
    expect(nameBreakParts('IronPort')).toEqual(['Iron', 'Port']);
    expect(nameBreakParts('Threatpost')).toEqual(['Threatpost']);
    expect(nameBreakParts('examplecorp.com')).toEqual(['examplecorp.com']);
  });
});

describe('the chosen columns in words', () => {
  const nameOf = (key: string) =>
    key.replace(
      /^(\w)(\w*)(?:@(.*))?$/,
      (_, a: string, b: string, d?: string) => `${a.toUpperCase()}${b}${d ? ` ${d}` : ''}`,
    );

  it('counts companies while each column is a company of its own', () => {
    expect(columnsCount(['corero', 'mimecast@2016-12-03'])).toBe('2 companies');
    expect(columnsInWords(['mimecast'], nameOf)).toBe('1 company');
    expect(columnsInWords(['corero', 'ironport', 'mimecast@2010-08-13'], nameOf)).toBe('3 companies');
  });

  it('says columns when two are versions of one company, naming them up to three', () => {
    const two = ['mimecast@2010-08-13', 'mimecast@2016-12-03'];
    expect(columnsCount(two)).toBe('2 columns');
    expect(columnsInWords(two, nameOf)).toBe('2 columns: Mimecast 2010-08-13 and Mimecast 2016-12-03');
    expect(columnsInWords(['mimecast@2010-08-13', 'mimecast', 'corero'], nameOf)).toBe(
      '3 columns: Mimecast 2010-08-13, Mimecast and Corero',
    );
    expect(columnsInWords(['mimecast@2010-08-13', 'mimecast', 'corero@2009-06-21', 'corero'], nameOf)).toBe(
      '4 columns from 2 companies',
    );
  });
});
