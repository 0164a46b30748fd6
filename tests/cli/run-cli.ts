// Runs the CLI in-process with its output captured, as the tests of each command need.
import { main } from '../../cli/main';

export interface CliRun {
  status: number;
  out: string[];
  err: string[];
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out, err };
}
