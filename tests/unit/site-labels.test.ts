import { describe, expect, it } from 'vitest';
import { formatDate, listOf, numberWord, yearSpan } from '../../src/lib/site/labels.ts';

describe('dates, lists and numbers in prose', () => {
  it('writes archive dates the British way, whatever the time zone', () => {
    expect(formatDate('2009-06-21')).toBe('21 June 2009');
    expect(formatDate('2006-01-01')).toBe('1 January 2006');
    expect(formatDate('2010-8-13')).toBe('2010-8-13');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDate('June 2009')).toBe('June 2009');
    expect(formatDate('2009-13-01')).toBe('2009-13-01');
  });

  it('joins names as a sentence does', () => {
    expect(listOf(['Corero', 'IronPort', 'Mimecast'])).toBe('Corero, IronPort and Mimecast');
    expect(listOf(['Corero'])).toBe('Corero');
  });

  it('spells small counts and spans years', () => {
    expect(numberWord(5)).toBe('five');
    expect(numberWord(0)).toBe('no');
    expect(numberWord(23)).toBe('23');
    expect(yearSpan(['2009-06-21', '2006-08-20', '2011-05-29'])).toBe('2006–2011');
    expect(yearSpan(['2009-06-21'])).toBe('2009');
    expect(yearSpan([])).toBe('');
  });
});
