// Highlight words in a finding: select them with the mouse or keyboard (the words appear here),
// or type them; either way the highlight is kept as a text-quote selector.
import { useId, useState } from 'react';
import type { Finding, TextQuoteSelector } from '../../shared/model';
import { quoteSelector } from '../../shared/search/quote';

export interface FindingSelection {
  start: number;
  end: number;
  text: string;
}

/** Where typed words stand in the finding: exactly, else ignoring case. */
function locate(text: string, words: string): { start: number; end: number } | null {
  let at = text.indexOf(words);
  if (at === -1) at = text.toLowerCase().indexOf(words.toLowerCase());
  return at === -1 ? null : { start: at, end: at + words.length };
}

export function HighlightForm({
  finding,
  selection,
  onHighlight,
}: {
  finding: Finding;
  selection: FindingSelection | null;
  onHighlight: (selector: TextQuoteSelector) => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState('');
  const words = typed ?? selection?.text ?? '';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = words.trim();
    const place =
      selection && typed === null && selection.text === words
        ? selection
        : trimmed
          ? locate(finding.text, trimmed)
          : null;
    const selector = place ? quoteSelector(finding.text, place.start, place.end) : null;
    if (!selector) {
      setError(
        trimmed
          ? 'Those words are not in this finding. Select them in the finding, or type them exactly as written.'
          : 'Select some words in the finding first, or type them here.',
      );
      return;
    }
    setError('');
    setTyped(null);
    onHighlight(selector);
  };

  return (
    <form className="highlight-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-words`}>Words to highlight</label>
      <div className="inline-field">
        <input
          id={`${id}-words`}
          value={words}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit">Highlight</button>
      </div>
      <span id={`${id}-hint`} className="hint">
        Select words in the finding above and they appear here.
      </span>
      {error ? (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
