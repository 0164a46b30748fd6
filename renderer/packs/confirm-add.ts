// One rule for adding many findings at once, wherever it is done from: more than 50 asks first.

/** Adding more findings than this at once asks first. */
export const CONFIRM_OVER = 50;

/** True when `count` findings may be added: few enough, or the member said yes when asked. */
export function confirmAdding(count: number, instead: string): boolean {
  return (
    count <= CONFIRM_OVER ||
    window.confirm(`Add ${count} findings to the pack? That is a long paper; ${instead}`)
  );
}
