// Re-anchoring annotations after a re-import: exact quote, then its context, then ignoring spacing
// and quote marks; the whole finding by likeness; otherwise orphaned.
import { describe, expect, it } from 'vitest';
import { reanchor } from '../../../shared/anchoring/reanchor';
import { selectorAt } from '../../../shared/anchoring/quote';
import type { AnnotationTarget } from '../../../shared/model';

const OLD =
  'Too many children wait too long for their plans for permanence to be confirmed at their second review.';

function target(text: string, exact: string | null, findingId = 'finding-old'): AnnotationTarget {
  const at = exact === null ? -1 : text.indexOf(exact);
  return {
    reportId: 'report-1',
    findingId,
    findingText: text,
    selector: exact === null ? null : selectorAt(text, at, at + exact.length),
  };
}

describe('re-anchoring an annotation', () => {
  it('finds the exact quote in whichever finding now holds it', () => {
    const outcome = reanchor(target(OLD, 'plans for permanence'), [
      { id: 'a', text: 'Care leavers are well supported.' },
      { id: 'b', text: `Since the last inspection, ${OLD}` },
    ]);
    expect(outcome).toMatchObject({ status: 'anchored', method: 'exact', findingId: 'b' });
    if (outcome.status === 'anchored') expect(outcome.selector?.exact).toBe('plans for permanence');
  });

  it('prefers the place whose context matches when the quote occurs twice', () => {
    const text = 'Leaders know the service well. Managers know the service well, and act on it.';
    const t = target(text, 'know the service well');
    t.selector = selectorAt(
      text,
      text.lastIndexOf('know the service well'),
      text.lastIndexOf('know the service well') + 21,
    );
    const outcome = reanchor(t, [{ id: 'x', text }]);
    expect(outcome.status === 'anchored' && outcome.selector?.prefix.endsWith('Managers ')).toBe(
      true,
    );
  });

  it('uses the words either side when the quoted words were revised', () => {
    const revised = OLD.replace('plans for permanence', 'permanence plans');
    const outcome = reanchor(target(OLD, 'plans for permanence'), [{ id: 'n', text: revised }]);
    expect(outcome).toMatchObject({ status: 'anchored', method: 'context', findingId: 'n' });
    if (outcome.status === 'anchored') expect(outcome.selector?.exact).toBe('permanence plans');
  });

  it('ignores changes of spacing, line breaks and quote marks', () => {
    const oldText = "The council's lead member holds leaders to account.";
    const outcome = reanchor(target(oldText, "council's lead member"), [
      { id: 'n', text: 'Now the council’s  lead\nmember holds leaders to account firmly.' },
    ]);
    expect(outcome).toMatchObject({ status: 'anchored', method: 'fuzzy', findingId: 'n' });
    if (outcome.status === 'anchored')
      expect(outcome.selector?.exact).toBe('council’s  lead\nmember');
  });

  it('follows a whole-finding annotation to the finding that is nearly the same', () => {
    const outcome = reanchor(target(OLD, null), [
      { id: 'far', text: 'Care leavers are well supported.' },
      { id: 'near', text: OLD.replace('second', 'first') },
    ]);
    expect(outcome).toMatchObject({
      status: 'anchored',
      method: 'finding',
      findingId: 'near',
      selector: null,
    });
  });

  it('orphans an annotation whose words are gone', () => {
    expect(
      reanchor(target(OLD, 'plans for permanence'), [
        { id: 'a', text: 'Care leavers are well supported by advisers.' },
      ]),
    ).toEqual({ status: 'orphaned' });
    expect(
      reanchor(target(OLD, null), [
        { id: 'a', text: 'Care leavers are well supported by advisers.' },
      ]),
    ).toEqual({ status: 'orphaned' });
  });
});
