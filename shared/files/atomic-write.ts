// Writing a file all-or-nothing, with the file system passed in: a temporary file beside the
// target, then a rename over it, so a reader sees the old file or the new one, never a torn one.
// cli/ and electron/ each hand in Node's file system; this module stays pure.

export interface AtomicWriteFs {
  writeFile(
    path: string,
    data: string | Uint8Array,
    options: { flag: 'wx'; flush: true },
  ): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

/** The temporary name beside `target` (same folder, so the rename stays on one file system). */
export function temporarySiblingPath(target: string, unique: string): string {
  const cut = Math.max(target.lastIndexOf('/'), target.lastIndexOf('\\'));
  return `${target.slice(0, cut + 1)}.${target.slice(cut + 1)}.${unique}.tmp`;
}

/** On any failure the temporary file is removed, the target is left as it was, and the error is thrown. */
export async function atomicWriteWith(
  fs: AtomicWriteFs,
  target: string,
  data: string | Uint8Array,
  unique: string,
): Promise<void> {
  const temporary = temporarySiblingPath(target, unique);
  try {
    await fs.writeFile(temporary, data, { flag: 'wx', flush: true });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
