// How the CLI reports failure: exit 2 with one `error:` line for bad input or usage, 1 for a bug.
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
