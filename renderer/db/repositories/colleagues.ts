// Colleagues' pinned keys: forgetting one, so that the next file signed by that colleague is
// treated as a key seen for the first time (shown with its fingerprint, then pinned again).
import type { ScrutinyDatabase } from '../database';
import type { PinnedKey } from '../../../shared/model';
import { readSettings } from './settings';

/** Forget the key pinned for `memberId`; their notes stay. Returns the forgotten key, if any. */
export async function forgetColleague(
  db: ScrutinyDatabase,
  memberId: string,
): Promise<PinnedKey | undefined> {
  return db.transaction('rw', db.settings, async () => {
    const settings = await readSettings(db);
    const forgotten = settings.colleagues.find((c) => c.memberId === memberId);
    if (!forgotten) return undefined;
    await db.settings.put({
      ...settings,
      colleagues: settings.colleagues.filter((c) => c.memberId !== memberId),
    });
    return forgotten;
  });
}
