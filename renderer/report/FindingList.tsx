// The findings that pass the filters, under their section headings, a page at a time so a very
// long report stays quick; the current finding's page is always shown.
import { useState } from 'react';
import type { Annotation, Finding } from '../../shared/model';
import type { FindingSummary } from '../../shared/search/filter';
import type { ReportWorkspace } from '../db/hooks/workspace';
import { FindingCard } from './FindingCard';

export const PAGE_SIZE = 20;
const NO_TERMS: string[] = [];
const NO_ANNOTATIONS: Annotation[] = [];

interface Props {
  workspace: ReportWorkspace;
  shown: readonly Finding[];
  byFinding: ReadonlyMap<string, Annotation[]>;
  summaries: ReadonlyMap<string, FindingSummary>;
  hits: ReadonlyMap<string, string[]> | null;
  memberName: string;
  currentId: string | null;
  openIds: ReadonlySet<string>;
  sourceId: string | null;
  onToggleOpen: (id: string) => void;
  onToggleSource: (id: string) => void;
  onFocusFinding: (id: string) => void;
}

export function FindingList(props: Props) {
  const { shown, workspace, currentId } = props;
  const [limit, setLimit] = useState(PAGE_SIZE);
  const currentAt = currentId ? shown.findIndex((f) => f.id === currentId) : -1;
  const count = Math.min(shown.length, Math.max(limit, currentAt + 1));
  const sectionTitles = new Map(workspace.sections.map((s) => [s.id, s.title]));
  if (shown.length === 0) {
    return (
      <p className="empty-state">
        No findings match. Clear the search or change the filters to see more.
      </p>
    );
  }
  const items: React.ReactNode[] = [];
  let section: string | null = null;
  shown.slice(0, count).forEach((f, i) => {
    if (f.sectionId !== section) {
      section = f.sectionId;
      items.push(
        <h3 key={`section-${f.sectionId}-${i}`} className="section-title">
          {sectionTitles.get(f.sectionId) ?? f.section}
        </h3>,
      );
    }
    items.push(
      <FindingCard
        key={f.id}
        finding={f}
        position={i + 1}
        annotations={props.byFinding.get(f.id) ?? NO_ANNOTATIONS}
        summary={props.summaries.get(f.id)}
        memberName={props.memberName}
        terms={props.hits?.get(f.id) ?? NO_TERMS}
        current={f.id === currentId}
        open={props.openIds.has(f.id)}
        sourceShown={props.sourceId === f.id}
        onToggleOpen={props.onToggleOpen}
        onToggleSource={props.onToggleSource}
        onFocusFinding={props.onFocusFinding}
      />,
    );
  });
  return (
    <div className="finding-list">
      {items}
      {count < shown.length ? (
        <button type="button" className="show-more" onClick={() => setLimit(count + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, shown.length - count)} more findings ({shown.length - count} not
          shown yet)
        </button>
      ) : null}
    </div>
  );
}
