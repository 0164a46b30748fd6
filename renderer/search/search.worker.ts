// Whole-workspace search, off the page's thread: reads every finding and annotation from the
// store, indexes them with MiniSearch, and answers queries. Dexie tells every context of the
// origin which rows each committed write touched; notes edited since are re-read by id and
// re-indexed one by one, and anything larger (an import, a merge, a restore) rebuilds the index.
import Dexie from 'dexie';
import { ScrutinyDatabase } from '../db/database';
import { NO_WORK, addStoreChange, type IndexWork } from './store-changes';
import {
  buildFindingIndex,
  reindexAnnotation,
  searchFindings,
  type FindingIndex,
} from '../../shared/search';
import type { Finding, Report } from '../../shared/model';
import type { SearchReply, SearchRequest, WorkspaceHit } from './protocol';

const db = new ScrutinyDatabase();

interface Built {
  index: FindingIndex;
  findings: Map<string, Pick<Finding, 'text' | 'kind' | 'reportId'>>;
  reports: Map<string, Pick<Report, 'authority' | 'title' | 'publishedOn'>>;
  annotationIds: Set<string>;
}

let built: Promise<Built> | null = null;
let owed: IndexWork = NO_WORK;
Dexie.on('storagemutated', (parts) => {
  owed = addStoreChange(owed, parts, db.name);
});

async function build(): Promise<Built> {
  const [findings, annotations, reports] = await Promise.all([
    db.findings.toArray(),
    db.annotations.toArray(),
    db.reports.toArray(),
  ]);
  return {
    index: buildFindingIndex(findings, annotations),
    findings: new Map(
      findings.map((f) => [f.id, { text: f.text, kind: f.kind, reportId: f.reportId }]),
    ),
    reports: new Map(
      reports.map((r) => [
        r.id,
        { authority: r.authority, title: r.title, publishedOn: r.publishedOn },
      ]),
    ),
    annotationIds: new Set(annotations.map((a) => a.id)),
  };
}

/** Re-index the notes written since; false when only a rebuild will do (one has gone, or the
 * counts no longer agree with the store). */
async function catchUp(data: Built, ids: ReadonlySet<string>): Promise<boolean> {
  const edited = await db.annotations.bulkGet([...ids]);
  for (const a of edited) {
    if (!a) return false;
    reindexAnnotation(data.index, a);
    data.annotationIds.add(a.id);
  }
  const [findings, annotations, reports] = await Promise.all([
    db.findings.count(),
    db.annotations.count(),
    db.reports.count(),
  ]);
  return (
    findings === data.findings.size &&
    annotations === data.annotationIds.size &&
    reports === data.reports.size
  );
}

async function current(onPreparing: () => void): Promise<Built> {
  const work = owed;
  owed = NO_WORK;
  if (built && work.kind === 'annotations') {
    const data = await built;
    if (await catchUp(data, work.ids)) return data;
    built = null;
  }
  if (built && work.kind === 'rebuild') built = null;
  if (!built) {
    onPreparing();
    owed = NO_WORK;
    built = build();
  }
  return built;
}

const post = (reply: SearchReply) => (self as unknown as Worker).postMessage(reply);
let newest = 0;

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const { id, query, limit } = event.data;
  newest = id;
  try {
    const data = await current(() => post({ type: 'preparing', id }));
    // Each key typed asks again; a query already overtaken (say while the index was being built)
    // would only be thrown away by the page, so it is not worth answering.
    if (id !== newest) return;
    const found = searchFindings(data.index, query, { limit });
    const hits: WorkspaceHit[] = [];
    for (const h of found.hits) {
      const f = data.findings.get(h.findingId);
      const r = data.reports.get(h.reportId);
      if (!f) continue;
      hits.push({
        findingId: h.findingId,
        reportId: h.reportId,
        authority: r?.authority ?? 'Unknown authority',
        reportTitle: r?.title ?? 'A report no longer in your library',
        publishedOn: r?.publishedOn ?? null,
        kind: f.kind,
        text: f.text,
        terms: h.terms,
        inNotes: h.in.annotation,
      });
    }
    post({ type: 'results', id, query, total: found.total, hits });
  } catch (error) {
    built = null;
    post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
};
