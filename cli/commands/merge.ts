// scrutiny-desk merge: placeholder until its issue lands; says so plainly rather than pretending.
import type { Io } from '../errors';

export async function mergeCommand(_args: readonly string[], io: Io): Promise<number> {
  io.err('error: "merge" is not available in this build yet.');
  return 2;
}
