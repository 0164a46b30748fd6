// The command table: name to a loader of its handler, so each command loads only the modules it
// needs (--help loads none; check and merge never load pdf.js, pdfmake or docx).
import type { Io } from '../errors';

export type Command = (args: readonly string[], io: Io) => Promise<number>;

export const commands: Record<string, (() => Promise<Command>) | undefined> = {
  import: () => import('./import').then((m) => m.importCommand),
  pack: () => import('./pack').then((m) => m.packCommand),
  merge: () => import('./merge').then((m) => m.mergeCommand),
  check: () => import('./check').then((m) => m.checkCommand),
};
