// Filing a saved report under another authority, the member's choice from the reference list: the
// report and the authority's one record change together, and both travel in the workspace file.
import type { ScrutinyDatabase } from '../database';
import { authorityIdForCode, type AuthorityEntry } from '../../../shared/authorities';

export async function setReportAuthority(
  db: ScrutinyDatabase,
  reportId: string,
  entry: AuthorityEntry,
): Promise<void> {
  const id = authorityIdForCode(entry.code);
  await db.transaction('rw', db.reports, db.authorities, async () => {
    const report = await db.reports.get(reportId);
    if (!report) throw new Error('This report is no longer in your library.');
    await db.authorities.put({ id, name: entry.name, code: entry.code });
    await db.reports.update(reportId, {
      authorityId: id,
      authority: entry.name,
      authorityCode: entry.code,
    });
  });
}
