// Messages between the Share notes screen and its preview worker.
import type { WorkspaceData } from '../../shared/files/envelope';
import type { MergePreview } from '../../shared/merge';

export interface PreviewRequest {
  id: number;
  workspace: WorkspaceData;
  bytes: Uint8Array;
}

export type PreviewReply =
  | { id: number; type: 'done'; preview: MergePreview }
  /** `badInput` is true when the file itself is at fault (an InputError's one line). */
  | { id: number; type: 'failed'; message: string; badInput: boolean };
