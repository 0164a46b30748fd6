// Let the disk settle before timing: write out what earlier work left in the page cache (a
// built renderer, a 50 MB workspace file, another case's files), so that flushing it does not
// land inside the next measurement. POSIX `sync`; where there is none, nothing to do.
import { execFileSync } from 'node:child_process';

export function settleDisk(): void {
  if (process.platform === 'win32') return;
  execFileSync('sync');
}
