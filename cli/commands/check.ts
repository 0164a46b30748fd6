// scrutiny-desk check: placeholder until its issue lands; says so plainly rather than pretending.
import type { Io } from '../errors';

export async function checkCommand(_args: readonly string[], io: Io): Promise<number> {
  io.err('error: "check" is not available in this build yet.');
  return 2;
}
