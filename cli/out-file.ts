// A command's --out file, kept safe: held under a lock file while the command reads and writes it
// (a second command aiming at the same file is refused in one line rather than silently losing
// the first one's change), never the same file as an input, temporary files left by a killed
// run cleaned away, and a failed write said for what it is (a full disk is not a missing folder).
import { open, readFile, readdir, realpath, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../shared/errors';
import { atomicWrite } from '../host/atomic-write';

/** The lock beside the target: ".<name>.lock", holding the writer's process id. */
export function lockPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(lock: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(lock, 'utf8')).trim());
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Temporary files of an earlier write to `target` whose process is gone (killed mid-write). */
async function removeAbandonedTemporaries(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (pid !== process.pid && !isRunning(pid))
      await rm(join(dirname(target), name), { force: true });
  }
}

export function writeError(target: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const why: Record<string, string> = {
    ENOSPC: 'the disk is full, so nothing was written; free some space and run the command again',
    EDQUOT:
      'your disk quota is used up, so nothing was written; free some space and run the command again',
    EROFS: 'that disk is read-only; choose a folder you can write to',
    EACCES: 'you may not write there; choose a folder you can write to',
    EPERM: 'you may not write there; choose a folder you can write to',
    ENOENT: 'its folder does not exist; create it or choose another',
    ENOTDIR: 'part of its path is a file, not a folder; check the path',
    EISDIR: 'it is a folder; give a file name inside it',
  };
  return new InputError(
    `cannot write "${target}" (${code}): ${why[code] ?? 'check the folder exists, is not a folder name itself, and you may write to it'}.`,
    code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'file-unwritable',
  );
}

async function takeLock(target: string, lock: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lock, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
      } catch (error) {
        // A full disk can let the lock be made but not hold its process id: it goes again.
        await handle.close();
        await rm(lock, { force: true });
        throw error;
      }
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(target, error);
      const holder = await holderOf(lock);
      // A live holder, this process included (two commands run in one process, as tests do).
      if (holder !== null && isRunning(holder)) {
        throw new InputError(
          `"${target}" is being written by another scrutiny-desk command (process ${holder}); run this one again when it has finished.`,
          'out-locked',
        );
      }
      // Left by a run that was killed: taken over.
      await rm(lock, { force: true });
    }
  }
  throw new InputError(
    `"${target}" is being written by another scrutiny-desk command; run this one again when it has finished.`,
    'out-locked',
  );
}

/** The same file, whether or not it exists yet, through symbolic links where it does. */
async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (path: string) => realpath(path).catch(() => resolve(path));
  return (await real(a)) === (await real(b));
}

/** Refuses an --out that is one of the command's inputs (`pack ws.json --out ws.json`). */
export async function refuseOutputOverInput(
  out: string,
  inputs: readonly string[],
  usage: string,
): Promise<void> {
  for (const input of inputs) {
    if (await samePath(out, input)) {
      throw new InputError(
        `--out "${out}" is the same file as the input "${input}", which would be replaced; give another file name. ${usage}`,
        'out-is-input',
      );
    }
  }
}

export interface OutFile {
  path: string;
  /** Writes the file whole (a temporary file, then a rename) or leaves it as it was. */
  write(data: string | Uint8Array): Promise<void>;
}

/** Runs `work` holding the lock on `target`; the lock is let go however `work` ends. */
export async function withOutFile<T>(
  target: string,
  work: (out: OutFile) => Promise<T>,
): Promise<T> {
  const lock = lockPathFor(target);
  await takeLock(target, lock);
  try {
    await removeAbandonedTemporaries(target);
    return await work({
      path: target,
      write: async (data) => {
        try {
          await atomicWrite(target, data);
        } catch (error) {
          throw writeError(target, error);
        }
      },
    });
  } finally {
    await rm(lock, { force: true });
  }
}
