// The recommendations tracker: one Action row a recommendation (owner, due date, status,
// evidence), stored locally in the actions table and carried in the workspace file.
import type { Action, Finding } from '../../../shared/model';
import type { ScrutinyDatabase } from '../database';

/** Save the progress on one recommendation, making its row the first time it is filled in. */
export async function saveAction(
  db: ScrutinyDatabase,
  finding: Pick<Finding, 'id' | 'reportId'>,
  patch: Partial<Pick<Action, 'owner' | 'dueOn' | 'status' | 'evidence'>>,
  now: Date,
): Promise<Action> {
  return db.transaction('rw', db.actions, async () => {
    const existing = await db.actions.where('findingId').equals(finding.id).first();
    const next: Action = {
      id: existing?.id ?? `action-${crypto.randomUUID()}`,
      reportId: finding.reportId,
      findingId: finding.id,
      owner: existing?.owner ?? '',
      dueOn: existing?.dueOn ?? null,
      status: existing?.status ?? 'not_started',
      evidence: existing?.evidence ?? '',
      ...patch,
      modifiedAt: now.toISOString(),
    };
    await db.actions.put(next);
    return next;
  });
}
