// Messages between the Share notes screen and its preview worker (through renderer/workers).
import type { WorkspaceData } from '../../shared/files/envelope';

export interface PreviewRequest {
  workspace: WorkspaceData;
  bytes: Uint8Array;
}
