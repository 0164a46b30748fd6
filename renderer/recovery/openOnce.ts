// Opens the app's store once per page (React may mount the gate twice in development), then
// asks the browser to keep the data permanently.
import { db } from '../db/instance';
import { openDatabase, type OpenOutcome } from '../db/open';
import { ensureIdentity } from '../db/identity';
import type { Platform } from '../platform/platform';

let opening: Promise<OpenOutcome> | null = null;

export function openStoreOnce(platform: Platform): Promise<OpenOutcome> {
  opening ??= openDatabase(db, (name, bytes) => platform.writeSafetyCopy(name, bytes)).then(
    async (outcome) => {
      // The answer is shown in Settings; a refusal is not an error, only a reason to back up.
      if (outcome.ok) await navigator.storage?.persist?.().catch(() => false);
      // A fresh store makes this install's member identity on its first start.
      if (outcome.ok) await ensureIdentity(db);
      return outcome;
    },
  );
  return opening;
}

/** Forget the attempt, so "Try again" opens afresh. */
export function forgetOpenAttempt(): void {
  opening = null;
}
