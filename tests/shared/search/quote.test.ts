// Text-quote selectors: made from a selection, found again in the same or a revised text.
import { describe, expect, it } from 'vitest';
import { anchorQuote, quoteSelector } from '../../../shared/search/quote';

const text = 'The plan is good. The plan is not time-bound. The plan is shared.';

describe('text quote selectors', () => {
  it('picks out the second of three equal phrases by its context, even after the text changes', () => {
    const start = text.indexOf('The plan', 10);
    const selector = quoteSelector(text, start, start + 'The plan'.length, 10);
    if (!selector) throw new Error('expected a selector');
    expect(selector).toEqual({
      type: 'TextQuoteSelector',
      exact: 'The plan',
      prefix: ' is good. ',
      suffix: ' is not ti',
    });
    expect(anchorQuote(text, selector)).toEqual({ start, end: start + 8 });
    const revised = 'Intro. ' + text;
    expect(anchorQuote(revised, selector)).toEqual({ start: start + 7, end: start + 15 });
  });

  it('says a quote is gone when its words are no longer there, and refuses a blank selection', () => {
    const selector = quoteSelector(text, 0, 8);
    if (!selector) throw new Error('expected a selector');
    expect(anchorQuote('Something else entirely.', selector)).toBeNull();
    expect(quoteSelector(text, 3, 4)).toBeNull();
  });
});
