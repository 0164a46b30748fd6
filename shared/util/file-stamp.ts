// The time stamp in the names of files members save (share bundles, backups, packs), so a second
// export on the same day never takes the first one's name.

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-11-27-233015": the member's local date and time to the second, safe in any file name
 * (no colons), and sorting as text in the order the files were made. */
export function fileStamp(now: Date): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}
