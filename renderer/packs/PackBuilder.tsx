// The pack builder: details and options, what is chosen and in what order, a live preview from
// the same PackDocument the exports use, and the export buttons. Edits save as the member types.
import { useCallback, useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BriefingPack, Finding, PackItem } from '../../shared/model';
import type { DraftChange } from '../db/database';
import { useAutosave } from '../autosave/useAutosave';
import { FINDING_KIND_LABELS } from '../../shared/model';
import { reportName, shortText } from '../../shared/pack/format';
import { renderPackHtml } from '../../shared/pack/html';
import { db } from '../db/instance';
import { deletePack } from '../db/repositories/packs';
import { usePackDocument } from './usePackDocument';
import { navigate, routeHref } from '../app/route';
import { announce } from '../app/Announcer';
import { PackSettings } from './PackSettings';
import { PaperSettings } from './PaperSettings';
import { TrackerEditor } from './TrackerEditor';
import { ChosenItems } from './ChosenItems';
import { FindingChooser } from './FindingChooser';
import { ExportPanel } from './ExportPanel';

/** The findings a pack holds, in its order: a whole report's in report order. */
function findingsInPack(items: readonly PackItem[], findings: readonly Finding[]): Finding[] {
  const out = new Map<string, Finding>();
  for (const item of items) {
    const chosen =
      item.type === 'report'
        ? findings.filter((f) => f.reportId === item.reportId).sort((a, b) => a.order - b.order)
        : findings.filter((f) => f.id === item.findingId);
    for (const f of chosen) out.set(f.id, f);
  }
  return [...out.values()];
}

export function PackBuilder({ packId }: { packId: string }) {
  const stored = useLiveQuery(async () => (await db.packs.get(packId)) ?? null, [packId]);
  if (stored === null) {
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title">Pack not found</h1>
        <p>
          This pack has been deleted.{' '}
          <a href={routeHref({ screen: 'packs', packId: null })}>Back to meetings and packs</a>
        </p>
      </section>
    );
  }
  if (!stored) return <p>Loading the pack…</p>;
  return <PackEditor key={stored.id} stored={stored} />;
}

/** The member's edits go through the one autosave hook: every field is journalled as typed, so a
 * title typed just before leaving the screen is kept. */
function PackEditor({ stored }: { stored: BriefingPack }) {
  const pack = useAutosave(
    stored,
    `pack:${stored.id}`,
    useCallback((p: BriefingPack): DraftChange => ({ type: 'pack', pack: p }), []),
  );
  const latest = useRef(pack.value);
  const draft = pack.value;
  const update = (patch: Partial<BriefingPack>) => {
    latest.current = { ...latest.current, ...patch };
    pack.change(latest.current);
  };
  const saveState = pack.state;
  const { source, meetings, built } = usePackDocument(draft);
  const preview = useMemo(() => (built?.document ? renderPackHtml(built.document) : ''), [built]);
  if (!source || !meetings) return <p>Loading the pack…</p>;

  const labelOf = (item: PackItem): string => {
    if (item.type === 'report') {
      const report = source.reports.find((r) => r.id === item.reportId);
      return report ? `Whole report: ${reportName(report)}` : 'A deleted report';
    }
    const finding = source.findings.find((f) => f.id === item.findingId);
    return finding
      ? `${FINDING_KIND_LABELS[finding.kind]}: ${shortText(finding.text, 12)}`
      : 'A deleted finding';
  };

  return (
    <section aria-labelledby="screen-title" className="pack-builder">
      <p>
        <a href={routeHref({ screen: 'packs', packId: null })}>Back to meetings and packs</a>
      </p>
      <h1 id="screen-title">Briefing pack: {draft.title || 'untitled'}</h1>
      <p className="pack-muted" role="status">
        {saveState === 'saving'
          ? 'Saving…'
          : saveState === 'failed'
            ? 'Not saved: check the title is filled in.'
            : 'All changes saved.'}
      </p>
      <div className="pack-columns">
        <div>
          <PackSettings pack={draft} meetings={meetings} onChange={update} />
          <PaperSettings
            pack={draft}
            reports={source.reports}
            findings={source.findings}
            onChange={update}
          />
          <section aria-labelledby="chosen-title">
            <h2 id="chosen-title">In the pack ({draft.items.length})</h2>
            <ChosenItems
              items={draft.items}
              labelOf={labelOf}
              onChange={(items) => update({ items })}
            />
          </section>
          <FindingChooser
            reports={source.reports}
            findings={source.findings}
            annotations={source.annotations}
            items={draft.items}
            onChange={(items) => update({ items })}
          />
          <TrackerEditor findings={findingsInPack(draft.items, source.findings)} />
          <button
            type="button"
            onClick={() => {
              if (!window.confirm(`Delete the pack "${draft.title}"? Your notes are not affected.`))
                return;
              void deletePack(db, draft.id).then(() => {
                announce('Pack deleted.');
                navigate({ screen: 'packs', packId: null });
              });
            }}
          >
            Delete this pack
          </button>
        </div>
        <div>
          <ExportPanel document={built?.document ?? null} packId={draft.id} />
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">Preview</h2>
            {built?.error ? (
              <p className="pack-error">{built?.error}</p>
            ) : (
              <>
                {built?.document?.warnings.map((w) => (
                  <p key={w} className="pack-error">
                    {w}
                  </p>
                ))}
                {/* Every piece of text in the preview is escaped by renderPackHtml. */}
                <div
                  className="pack-preview-frame"
                  tabIndex={0}
                  role="region"
                  aria-label="Preview of the pack as it will export"
                  dangerouslySetInnerHTML={{ __html: preview }}
                />
              </>
            )}
          </section>
        </div>
      </div>
    </section>
  );
}
