// Messages between the page and the whole-workspace search worker.

export interface WorkspaceHit {
  findingId: string;
  reportId: string;
  authority: string;
  reportTitle: string;
  publishedOn: string | null;
  kind: string;
  text: string;
  terms: string[];
  inNotes: boolean;
}

export type SearchRequest = { id: number; query: string; limit: number };

export type SearchReply =
  | { type: 'preparing'; id: number }
  | { type: 'results'; id: number; query: string; total: number; hits: WorkspaceHit[] }
  | { type: 'failed'; id: number; message: string };
