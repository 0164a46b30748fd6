// Whole-workspace search, off the page's thread: reads every finding and annotation from the
// store, indexes them with MiniSearch, and answers queries. Dexie tells every context of the
// origin when the store changes; after a change, edited notes are re-indexed one by one, and only
// a change in the number of findings or notes (an import, a merge) rebuilds the whole index.
import Dexie from 'dexie';
import { ScrutinyDatabase } from '../db/database';
import { buildFindingIndex, reindexAnnotation, searchFindings, type FindingIndex } from '../../shared/search';
import type { Finding, Report } from '../../shared/model';
import type { SearchReply, SearchRequest, WorkspaceHit } from './protocol';

const db = new ScrutinyDatabase();

interface Built {
  index: FindingIndex;
  findings: Map<string, Pick<Finding, 'text' | 'kind' | 'reportId'>>;
  reports: Map<string, Pick<Report, 'authority' | 'title' | 'publishedOn'>>;
  annotationIds: Set<string>;
  newestEdit: string;
}

let built: Promise<Built> | null = null;
let changed = false;
Dexie.on('storagemutated', () => {
  changed = true;
});

async function build(): Promise<Built> {
  const [findings, annotations, reports] = await Promise.all([db.findings.toArray(), db.annotations.toArray(), db.reports.toArray()]);
  return {
    index: buildFindingIndex(findings, annotations),
    findings: new Map(findings.map((f) => [f.id, { text: f.text, kind: f.kind, reportId: f.reportId }])),
    reports: new Map(reports.map((r) => [r.id, { authority: r.authority, title: r.title, publishedOn: r.publishedOn }])),
    annotationIds: new Set(annotations.map((a) => a.id)),
    newestEdit: annotations.reduce((max, a) => (a.modifiedAt > max ? a.modifiedAt : max), ''),
  };
}

/** Bring the index up to date with notes edited since; false when only a rebuild will do. */
async function catchUp(data: Built): Promise<boolean> {
  const edited = await db.annotations.where('modifiedAt').aboveOrEqual(data.newestEdit).toArray();
  for (const a of edited) {
    reindexAnnotation(data.index, a);
    data.annotationIds.add(a.id);
    if (a.modifiedAt > data.newestEdit) data.newestEdit = a.modifiedAt;
  }
  const [findings, annotations, reports] = await Promise.all([db.findings.count(), db.annotations.count(), db.reports.count()]);
  return findings === data.findings.size && annotations === data.annotationIds.size && reports === data.reports.size;
}

async function current(onPreparing: () => void): Promise<Built> {
  if (built && changed) {
    changed = false;
    const data = await built;
    if (await catchUp(data)) return data;
    built = null;
  }
  if (!built) {
    onPreparing();
    changed = false;
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
