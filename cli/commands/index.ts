// The command table: name to handler. Each handler returns the exit status.
import type { Io } from '../errors';
import { importCommand } from './import';
import { packCommand } from './pack';
import { mergeCommand } from './merge';
import { checkCommand } from './check';

export type Command = (args: readonly string[], io: Io) => Promise<number>;

export const commands: Record<string, Command | undefined> = {
  import: importCommand,
  pack: packCommand,
  merge: mergeCommand,
  check: checkCommand,
};
