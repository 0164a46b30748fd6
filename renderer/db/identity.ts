// This install's member identity in the store: made once (by the version 5 upgrade, or on the
// first start of a fresh store), and the notes written under the member's name before then
// claimed as theirs. A restored backup brings its own identity (renderer/settings/restore.worker.ts).
import type { Table } from 'dexie';
import type { Annotation, MemberIdentity, Settings } from '../../shared/model';
import { DEFAULT_SETTINGS } from '../../shared/model';
import { newIdentity } from '../../shared/identity/keys';
import type { ScrutinyDatabase } from './database';
import type { WorkspaceData } from '../../shared/files/envelope';

/** Give the store an identity if it has none, and claim the member's notes: those whose author is
 * the member's name and that name no member id. Every note gets `authorId` (null if not theirs). */
export async function adoptIdentity(
  settingsTable: Table,
  annotationsTable: Table,
  now: Date,
  options: { create: boolean },
): Promise<void> {
  const stored = (await settingsTable.get('settings')) as Partial<Settings> | undefined;
  let identity: MemberIdentity | null = stored?.identity ?? null;
  // The upgrade of a store with no settings yet leaves the identity to the first start (ensureIdentity).
  if (stored || options.create) {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      ...stored,
      identity: stored?.identity ?? null,
      colleagues: stored?.colleagues ?? [],
    };
    identity ??= newIdentity(now);
    if (!stored || stored.identity !== identity || stored.colleagues === undefined)
      await settingsTable.put({ ...settings, identity });
  }
  const name = stored?.memberName ?? '';
  const memberId = identity?.memberId ?? null;
  await annotationsTable.toCollection().modify((a: Annotation) => {
    if (a.authorId !== undefined && a.authorId !== null) return;
    const claimed = memberId !== null && name !== '' && a.author === name ? memberId : null;
    if (a.authorId !== claimed) a.authorId = claimed;
  });
}

/** Make sure the open store has an identity (a fresh store has none until its first start). */
export async function ensureIdentity(db: ScrutinyDatabase): Promise<void> {
  const settings = await db.settings.get('settings');
  if (settings?.identity && settings.colleagues) return;
  await db.transaction('rw', db.settings, db.annotations, () =>
    adoptIdentity(db.settings, db.annotations, new Date(), { create: true }),
  );
}

/** The workspace about to be restored, with an identity: a backup that holds one brings it (so a
 * member moves to a new computer by restoring their backup); an older backup, which holds none,
 * keeps this install's identity and pinned keys, and its notes under the member's name become theirs. */
export function withIdentity(data: WorkspaceData, current: Settings | undefined): WorkspaceData {
  if (data.settings?.identity || !current?.identity) return data;
  const identity = current.identity;
  const base = data.settings ?? { ...current, lastBackupAt: null };
  const colleagues = [
    ...base.colleagues,
    ...current.colleagues.filter((c) => !base.colleagues.some((b) => b.memberId === c.memberId)),
  ];
  const name = base.memberName;
  const annotations = data.annotations.map((a) =>
    (a.authorId ?? null) === null && name !== '' && a.author === name
      ? { ...a, authorId: identity.memberId }
      : a,
  );
  return { ...data, settings: { ...base, identity, colleagues }, annotations };
}
