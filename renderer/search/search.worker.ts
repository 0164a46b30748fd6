// Whole-workspace search, off the page's thread: reads every finding and annotation from the
// store, indexes them with MiniSearch, and answers queries. The index is rebuilt only when the
// store has changed since (counted findings, annotations and the newest edit).
import { ScrutinyDatabase } from '../db/database';
import { buildFindingIndex, searchFindings, type FindingIndex } from '../../shared/search';
import type { Finding, Report } from '../../shared/model';
import type { SearchReply, SearchRequest, WorkspaceHit } from './protocol';

const db = new ScrutinyDatabase();

interface Built {
  signature: string;
  index: FindingIndex;
  findings: Map<string, Pick<Finding, 'text' | 'kind' | 'reportId'>>;
  reports: Map<string, Pick<Report, 'authority' | 'title' | 'publishedOn'>>;
}

let built: Promise<Built> | null = null;
let builtSignature = '';

async function signature(): Promise<string> {
  const [findings, annotations, newest] = await Promise.all([db.findings.count(), db.annotations.count(), db.annotations.orderBy('modifiedAt').last()]);
  return `${findings}:${annotations}:${newest?.modifiedAt ?? ''}:${newest?.rev ?? ''}`;
}

async function build(sig: string): Promise<Built> {
  const [findings, annotations, reports] = await Promise.all([db.findings.toArray(), db.annotations.toArray(), db.reports.toArray()]);
  return {
    signature: sig,
    index: buildFindingIndex(findings, annotations),
    findings: new Map(findings.map((f) => [f.id, { text: f.text, kind: f.kind, reportId: f.reportId }])),
    reports: new Map(reports.map((r) => [r.id, { authority: r.authority, title: r.title, publishedOn: r.publishedOn }])),
  };
}

async function current(onPreparing: () => void): Promise<Built> {
  const sig = await signature();
  if (!built || sig !== builtSignature) {
    onPreparing();
    builtSignature = sig;
    built = build(sig);
  }
  return built;
}

const post = (reply: SearchReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const { id, query, limit } = event.data;
  try {
    const data = await current(() => post({ type: 'preparing', id }));
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
