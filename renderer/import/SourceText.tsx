// The report's text as it was read, with the chosen finding marked and scrolled into view.
import { useEffect, useRef } from 'react';
import type { SourceRef } from '../../shared/model';

export function SourceText({ text, highlight }: { text: string; highlight: SourceRef | null }) {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [highlight?.start, highlight?.end]);
  const start = highlight ? Math.max(0, Math.min(text.length, highlight.start)) : 0;
  const end = highlight ? Math.max(start, Math.min(text.length, highlight.end)) : 0;
  return (
    <section aria-labelledby="source-title" className="review-source">
      <h2 id="source-title">The report&rsquo;s text</h2>
      <div
        className="review-source-text"
        tabIndex={0}
        role="region"
        aria-label="The report's text as read"
      >
        {highlight ? (
          <>
            {text.slice(0, start)}
            <mark ref={markRef}>{text.slice(start, end)}</mark>
            {text.slice(end)}
          </>
        ) : (
          text
        )}
      </div>
    </section>
  );
}
