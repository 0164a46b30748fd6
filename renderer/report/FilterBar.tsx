// The report view's search box and filters; every control is a labelled form field. The RAG
// filter reads my own rating (ratings are per member); "Members disagree" finds differing ratings.
import { memo, type RefObject } from 'react';
import {
  FINDING_KINDS,
  FINDING_KIND_LABELS,
  RAG_RATINGS,
  type FindingKind,
  type RagRating,
} from '../../shared/model';
import type { FindingFilter } from '../../shared/search/filter';
import { RAG_LABELS } from '../annotations/describe';

interface Props {
  query: string;
  onQuery: (q: string) => void;
  filter: FindingFilter;
  onFilter: (f: FindingFilter) => void;
  themes: readonly string[];
  searchRef: RefObject<HTMLInputElement | null>;
}

export const FilterBar = memo(function FilterBar({
  query,
  onQuery,
  filter,
  onFilter,
  themes,
  searchRef,
}: Props) {
  const set = (patch: Partial<FindingFilter>) => onFilter({ ...filter, ...patch });
  return (
    <div className="filter-bar">
      <div role="search" className="search-field">
        <label htmlFor="finding-search">Search findings and notes</label>
        <input
          id="finding-search"
          ref={searchRef}
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            // Escape clears the box (the browser's own behaviour) and hands the keys back to the shortcuts.
            if (e.key === 'Escape') {
              onQuery('');
              e.currentTarget.blur();
            }
          }}
          aria-describedby="search-hint"
        />
        <span id="search-hint" className="hint">
          Press / to search from anywhere on this page, Escape to clear and leave
        </span>
      </div>
      <div>
        <label htmlFor="filter-kind">Kind</label>
        <select
          id="filter-kind"
          value={filter.kind ?? ''}
          onChange={(e) => set({ kind: (e.target.value || null) as FindingKind | null })}
        >
          <option value="">All kinds</option>
          {FINDING_KINDS.map((k) => (
            <option key={k} value={k}>
              {FINDING_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-theme">Theme</label>
        <select
          id="filter-theme"
          value={filter.theme ?? ''}
          onChange={(e) => set({ theme: e.target.value || null })}
        >
          <option value="">All themes</option>
          {themes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-rag">My RAG rating</label>
        <select
          id="filter-rag"
          value={filter.rag ?? ''}
          onChange={(e) => set({ rag: (e.target.value || null) as RagRating | 'unrated' | null })}
        >
          <option value="">Any rating</option>
          {RAG_RATINGS.map((r) => (
            <option key={r} value={r}>
              {RAG_LABELS[r]}
            </option>
          ))}
          <option value="unrated">Not rated by me</option>
        </select>
      </div>
      <div className="checks">
        <label>
          <input
            type="checkbox"
            checked={filter.myNotes}
            onChange={(e) => set({ myNotes: e.target.checked })}
          />{' '}
          Has my notes
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.disagree}
            onChange={(e) => set({ disagree: e.target.checked })}
          />{' '}
          Members disagree
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.openQuestions}
            onChange={(e) => set({ openQuestions: e.target.checked })}
          />{' '}
          Has open questions
        </label>
      </div>
    </div>
  );
});
