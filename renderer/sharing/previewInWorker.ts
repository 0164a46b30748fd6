// Asks the preview worker what taking in a file would change; bad files come back as InputError.
import type { WorkspaceData } from '../../shared/files/envelope';
import type { MergePreview } from '../../shared/merge';
import { WorkerClient } from '../workers/worker-client';
import type { PreviewRequest } from './previewProtocol';

const previewer = new WorkerClient<PreviewRequest, never, MergePreview>(
  () =>
    new Worker(new URL('./preview.worker.ts', import.meta.url), {
      type: 'module',
      name: 'merge preview',
    }),
);

export function previewInWorker(
  workspace: WorkspaceData,
  bytes: Uint8Array,
): Promise<MergePreview> {
  return previewer.call({ workspace, bytes }, { doing: 'comparing the file with your notes' });
}
