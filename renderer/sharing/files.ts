// The kind of file a share bundle is, for the open and save dialogs.
import type { FileKind } from '../platform/platform';

export const BUNDLE_FILE_KIND: FileKind = {
  name: 'Scrutiny Desk notes',
  extensions: ['json'],
  mediaType: 'application/json',
};
