// scrutiny-desk pack: placeholder until its issue lands; says so plainly rather than pretending.
import type { Io } from '../errors';

export async function packCommand(_args: readonly string[], io: Io): Promise<number> {
  io.err('error: "pack" is not available in this build yet.');
  return 2;
}
