// scrutiny-desk import: placeholder until its issue lands; says so plainly rather than pretending.
import type { Io } from '../errors';

export async function importCommand(_args: readonly string[], io: Io): Promise<number> {
  io.err('error: "import" is not available in this build yet.');
  return 2;
}
