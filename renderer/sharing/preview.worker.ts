// Works out a merge preview off the UI thread: a workspace of tens of thousands of notes is
// compared with a colleague's file while the member keeps typing. A damaged file comes back as
// the InputError's one line (renderer/workers/worker-client.ts).
import { restoreFileBytes } from '../../shared/files/restore';
import { previewMerge, type MergePreview } from '../../shared/merge';
import { serveRequests } from '../workers/worker-client';
import type { PreviewRequest } from './previewProtocol';

serveRequests<PreviewRequest, never, MergePreview>(self, ({ workspace, bytes }) =>
  Promise.resolve({ result: previewMerge(workspace, restoreFileBytes(bytes)) }),
);
