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
    expect(
      classifyByWords('Assessments are not always timely, and plans are not consistently reviewed.')
        .kind,
    ).toBe('improvement');
    expect(classifyByWords('Children are matched with adopters without delay.').kind).toBe(
      'strength',
    );
    expect(
      classifyByWords('Children’s services have improved and they are no longer inadequate.').kind,
    ).toBe('strength');
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
    expect(r.balance?.strength).toEqual([
      'Work with young carers supports early identification and timely intervention.',
    ]);
    expect(r.balance?.improvement).toEqual([
      'Their emotional needs are not clearly reflected in assessments and plans, and support is delayed for some children.',
    ]);
  });

  it('marks a one-sentence paragraph balanced when its clauses weigh the same, with the clauses that carry each', () => {
    const r = classifyByWords(
      'Most children looked after have their care plans reviewed on a regular and timely basis, but IROs do not consistently provide effective challenge to ensure that care plans are progressed without delay.',
    );
    expect(r.balance).toEqual({
      strength: [
        'Most children looked after have their care plans reviewed on a regular and timely basis',
      ],
      improvement: [
        'IROs do not consistently provide effective challenge to ensure that care plans are progressed without delay',
      ],
    });
    // An inset "although" clause is weighed apart from the main clause it interrupts.
    const inset = classifyByWords(
      'When children need statutory help, assessments, although not consistently completed in a timely way, are mostly detailed and provide an analysis of the help and support that children need.',
    );
    expect(inset.balance?.improvement).toEqual(['not consistently completed in a timely way']);
    expect(inset.balance?.strength).toHaveLength(1);
  });

  it('leaves a one-sentence paragraph unbalanced when one clause carries it', () => {
    expect(
      classifyByWords(
        'Social workers know their children well, but a small number of plans are a little out of date.',
      ).balance,
    ).toBeUndefined();
    expect(
      classifyByWords('Leaders have a strong grip on practice, and plans are detailed and timely.')
        .balance,
    ).toBeUndefined();
  });

  it('lets a section graded requires improvement take a tie to shortfall', () => {
    const text = 'Plans are reviewed. Plans are not reviewed.';
    expect(classifyByWords(text, 'shortfall').kind).toBe('improvement');
  });

  it('denies praise from anywhere in its clause, not only from the word before', () => {
    const r = classifyByWords(
      'The local authority has not engaged all partner agencies as effectively as possible. For some children, this has limited the timeliness of the support they receive.',
    );
    expect(r.kind).toBe('improvement');
    expect(r.balance).toBeUndefined();
    // The denial ends with its clause: the praise after the comma stands.
    expect(
      classifyByWords(
        'Visits are not always recorded, and children are seen regularly by skilled and committed workers who know them well.',
      ).kind,
    ).toBe('strength');
  });

  it('reads praise after "more to be done to make sure" as an aim, not as praise', () => {
    const r = classifyByWords(
      'Leaders have made improvements in some areas. There is more to be done to make sure that children benefit from consistently good support.',
    );
    expect(r.kind).toBe('improvement');
  });

  it('finds the main clause of "However, although X, Y" and of "A, although X, is Y"', () => {
    const however = classifyByWords(
      'There is a strong commissioned offer available for young carers. However, although siblings are considered in assessments, they do not all receive an individualised service.',
    );
    expect(however.balance).toBeDefined();
    const inset = classifyByWords(
      'Plans, although not always written with the child, are detailed, effective and regularly reviewed.',
    );
    expect(inset.kind).toBe('strength');
  });

  it('does not take "identify key issues" for a shortfall, nor "an unhelpful start again" for praise', () => {
    expect(
      classifyByWords('Letters before proceedings are clear and identify key issues well.').kind,
    ).toBe('strength');
    expect(
      classifyByWords(
        'Children step back up to social care. This has created an unhelpful start again scenario.',
      ).kind,
    ).toBe('improvement');
  });
});
