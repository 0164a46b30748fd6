// A temporary folder for the tests of one file: made before they run and removed after, with a
// way to name a path in it and to write a file into it, as the CLI tests hand files to commands.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export interface TempFolder {
  /** The folder itself (only once the tests have started). */
  readonly folder: string;
  /** A path in the folder. */
  path(name: string): string;
  /** Write `text` to a file of that name in the folder; its path. */
  file(name: string, text: string): Promise<string>;
}

export function useTempFolder(prefix: string): TempFolder {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  return {
    get folder() {
      return folder;
    },
    path: (name) => join(folder, name),
    async file(name, text) {
      const path = join(folder, name);
      await writeFile(path, text);
      return path;
    },
  };
}
