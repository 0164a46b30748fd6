// Works out a merge preview off the UI thread: a workspace of tens of thousands of notes is
// compared with a colleague's file while the member keeps typing.
import { isInputError } from '../../shared/errors';
import { restoreFileBytes } from '../../shared/files/restore';
import { previewMerge } from '../../shared/merge';
import type { PreviewReply, PreviewRequest } from './previewProtocol';

const post = (reply: PreviewReply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<PreviewRequest>) => {
  const { id, workspace, bytes } = event.data;
  try {
    post({ id, type: 'done', preview: previewMerge(workspace, restoreFileBytes(bytes)) });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error), badInput: isInputError(error) });
  }
});
