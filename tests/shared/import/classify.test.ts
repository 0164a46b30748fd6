// Kinds by what a paragraph mainly says, in the shape of real report paragraphs: praise with one
// "however" stays a strength, a denied praise word is a shortfall, and a paragraph whose praise and
// shortfall weigh the same says so, with the sentences that carry each, and why.
import { describe, expect, it } from 'vitest';
import { classifyByWords } from '../../../shared/import/classify';

describe('the kind of a paragraph', () => {
  it('keeps a paragraph of praise with one small "however" a strength', () => {
    const r = classifyByWords(
      'Practice in the front door is robust, and responses to contacts are timely and well informed. The response includes proportionate engagement with families and effective arrangements. However, in a very small number of contacts, the response was not timely.',
    );
    expect(r.kind).toBe('strength');
    expect(r.balance).toBeUndefined();
    expect(r.reason.by).toBe('words');
  });

  it('reads "not always timely" and "without delay" the way a reader does', () => {
    expect(classifyByWords('Assessments are not always timely, and plans are not consistently reviewed.').kind).toBe('improvement');
    expect(classifyByWords('Children are matched with adopters without delay.').kind).toBe('strength');
    expect(classifyByWords('Children’s services have improved and they are no longer inadequate.').kind).toBe('strength');
  });

  it('gives the reason it chose, quoting the words that decided', () => {
    const r = classifyByWords('Too many children wait too long for an assessment of their needs.');
    expect(r.kind).toBe('improvement');
    expect(r.reason.quote).toContain('Too many children wait');
  });

  it('marks a paragraph balanced when praise and shortfall weigh the same, with the sentences that carry each', () => {
    const r = classifyByWords(
      'Work with young carers supports early identification and timely intervention. Their emotional needs are not clearly reflected in assessments and plans, and support is delayed for some children.',
    );
    expect(r.balance?.strength).toEqual(['Work with young carers supports early identification and timely intervention.']);
    expect(r.balance?.improvement).toEqual(['Their emotional needs are not clearly reflected in assessments and plans, and support is delayed for some children.']);
  });

  it('lets a section graded requires improvement take a tie to shortfall', () => {
    const text = 'Plans are reviewed. Plans are not reviewed.';
    expect(classifyByWords(text, 'shortfall').kind).toBe('improvement');
  });
});
