// "Search every report": one box over all findings and members' notes, answered by a worker so
// typing never waits; matches are highlighted and link to their place in the report.
import { useEffect, useId, useRef, useState } from 'react';
import { FINDING_KIND_LABELS, type FindingKind } from '../../shared/model';
import { highlightPieces } from '../../shared/search/highlight';
import { routeHref } from '../app/route';
import { dateLabel } from '../library/labels';
import type { SearchReply, SearchRequest, WorkspaceHit } from './protocol';

const LIMIT = 50;
let worker: Worker | null = null;

function searchWorker(): Worker {
  worker ??= new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'workspace search',
  });
  return worker;
}

type State =
  | { status: 'idle' }
  | { status: 'preparing' }
  | { status: 'done'; query: string; total: number; hits: WorkspaceHit[] }
  | { status: 'failed'; message: string };

export function WorkspaceSearch() {
  const id = useId();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const w = searchWorker();
    const onReply = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.id !== latest.current) return;
      if (reply.type === 'preparing') setState({ status: 'preparing' });
      else if (reply.type === 'results')
        setState({ status: 'done', query: reply.query, total: reply.total, hits: reply.hits });
      else setState({ status: 'failed', message: reply.message });
    };
    w.addEventListener('message', onReply);
    return () => w.removeEventListener('message', onReply);
  }, []);

  const ask = (q: string) => {
    setQuery(q);
    latest.current++;
    if (!q.trim()) {
      setState({ status: 'idle' });
      return;
    }
    const request: SearchRequest = { id: latest.current, query: q, limit: LIMIT };
    searchWorker().postMessage(request);
  };

  return (
    <section className="workspace-search" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Search every report</h2>
      <div role="search">
        <label htmlFor={`${id}-q`}>Words to find in findings and notes</label>
        <input id={`${id}-q`} type="search" value={query} onChange={(e) => ask(e.target.value)} />
      </div>
      <p role="status" className="result-count">
        {state.status === 'preparing'
          ? 'Preparing to search every report…'
          : state.status === 'failed'
            ? `Search is not available: ${state.message}. Reload the app and try again.`
            : state.status === 'done'
              ? state.total === 0
                ? `Nothing matches “${state.query}”.`
                : `${state.total} ${state.total === 1 ? 'finding matches' : 'findings match'}${state.total > state.hits.length ? `; the best ${state.hits.length} are shown` : ''}.`
              : ''}
      </p>
      {state.status === 'done' && state.hits.length > 0 ? (
        <ol className="search-results">
          {state.hits.map((h) => (
            <li key={h.findingId}>
              <p className="muted">
                {h.authority} · {h.reportTitle} · {dateLabel(h.publishedOn)} ·{' '}
                {FINDING_KIND_LABELS[h.kind as FindingKind] ?? h.kind}
                {h.inNotes ? ' · matched in notes' : ''}
              </p>
              <p>
                {highlightPieces(h.text, h.terms).map((p, i) =>
                  p.match ? (
                    <mark key={i} className="search-hit">
                      {p.text}
                    </mark>
                  ) : (
                    p.text
                  ),
                )}{' '}
                <a
                  href={routeHref({
                    screen: 'report',
                    reportId: h.reportId,
                    findingId: h.findingId,
                  })}
                >
                  Open
                  <span className="visually-hidden"> this finding in {h.authority}’s report</span>
                </a>
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
