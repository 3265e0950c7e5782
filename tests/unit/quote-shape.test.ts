/**
 * Whole-sentence quotes: a review quotes whole sentences or list items, and check:content and
 * the build warn on a fragment, naming the sentence to quote instead.
 */
import { describe, expect, it } from 'vitest';
import { LONG_SENTENCE_WORDS, quoteNoteLine, quoteNotes, quoteShape } from '../../src/lib/policy/quoteShape.ts';
import { loadPolicy, realVersions } from '../support/policies.ts';

const corero =
  'We will collect information about your tastes and preferences, both when you tell us and by analysis of customer traffic, including using "cookies". It is normally sent by a web server to you.';

describe('quoteShape', () => {
  it('finds the three-word fragment Corero was once quoted by, and names its sentence', () => {
    expect(quoteShape('including using "cookies"', corero)).toEqual({
      kind: 'fragment',
      sentence:
        'We will collect information about your tastes and preferences, both when you tell us and by analysis of customer traffic, including using "cookies".',
    });
  });

  it('takes a whole sentence, several whole sentences, or one without its full stop', () => {
    expect(quoteShape('It is normally sent by a web server to you.', corero)).toEqual({ kind: 'whole' });
    expect(quoteShape(corero, corero)).toEqual({ kind: 'whole' });
    expect(quoteShape('It is normally sent by a web server to you', corero)).toEqual({ kind: 'whole' });
  });

  it('takes a list item inside a paragraph and a sentence after a run-in heading', () => {
    const list = '• give you a description of it; • let you have a copy of the information in an intelligible form.';
    expect(quoteShape('let you have a copy of the information in an intelligible form.', list)).toEqual({
      kind: 'whole',
    });
    const runIn = 'Cookies - The Gudrun Sjödén website uses cookies. A cookie is a small text file.';
    expect(quoteShape('The Gudrun Sjödén website uses cookies.', runIn)).toEqual({ kind: 'whole' });
  });

  it('allows part of a very long sentence, and says how long it is', () => {
    const long = `We keep ${'your data safe and '.repeat(20)}we delete it on request.`;
    const shape = quoteShape('we delete it on request', long);
    expect(shape).toMatchObject({ kind: 'long-excerpt' });
    expect(shape.kind === 'long-excerpt' && shape.sentenceWords).toBeGreaterThan(LONG_SENTENCE_WORDS);
  });

  it('every reviewed version quotes whole sentences or list items', () => {
    for (const { file, data } of Object.values(realVersions)) {
      expect(quoteNotes(data).map((note) => quoteNoteLine(file, note))).toEqual([]);
    }
  });

  it('warns in one line naming file, practice, quote and the sentence to quote', () => {
    const policy = loadPolicy('content/policies/corero.md');
    const cookies = policy.practices['cookies']!;
    const clauseId = cookies.quotes[0]!.clauseId;
    const notes = quoteNotes({
      clauses: policy.clauses,
      practices: { cookies: { quotes: [{ text: 'including using "cookies"', clauseId }] } },
    });
    expect(notes).toHaveLength(1);
    expect(quoteNoteLine('content/policies/corero.md', notes[0]!)).toMatch(
      /^content\/policies\/corero\.md: review\.practices\.cookies\.quotes\.0 "including using "cookies"" is a fragment; quote the whole sentence or list item: "We will collect/,
    );
  });
});
