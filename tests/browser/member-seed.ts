// A member's profile with one imported report (the merge fixture's Devon report) and their name,
// written straight into the app's store, plus any annotations and packs; and the browser process
// of a profile, for the tests that kill it.
import { readdir, readFile } from 'node:fs/promises';
import type { Annotation, BriefingPack } from '../../shared/model';
import { SHA_DEVON, findingsFor, report } from '../shared/merge/workspace-fixture';
import { openApp, type AppSession } from './harness';
import { putRows } from './store';

export const REPORT_ID = 'rep-devon';

export function devonRows(
  memberName: string,
  annotations: readonly Annotation[] = [],
  packs: readonly BriefingPack[] = [],
  extra: Record<string, readonly unknown[]> = {},
): Record<string, readonly unknown[]> {
  const r = report(REPORT_ID, SHA_DEVON);
  return {
    ...extra,
    authorities: [{ id: r.authorityId, name: r.authority, code: r.authorityCode }],
    reports: [r],
    sections: [
      {
        id: `${r.id}-sec`,
        reportId: r.id,
        title: 'Headline findings',
        order: 0,
        source: { page: 1, paragraph: 1, start: 0, end: 1 },
      },
    ],
    findings: findingsFor(r.id, 'fin'),
    settings: [
      {
        id: 'settings',
        memberName,
        defaultMarking: 'OFFICIAL',
        themeRules: [],
        lastBackupAt: null,
      },
    ],
    annotations,
    packs,
  };
}

/** A fresh profile holding the Devon report, the member's name and `annotations` (and any `extra`
 * rows, such as judgements), opened at `path`. */
export async function memberProfile(
  memberName: string,
  path: string,
  annotations: readonly Annotation[] = [],
  packs: readonly BriefingPack[] = [],
  extra: Record<string, readonly unknown[]> = {},
): Promise<AppSession> {
  const app = await openApp();
  await app.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  await putRows(app.page, devonRows(memberName, annotations, packs, extra));
  await app.page.goto(`${app.url}${path}`);
  await app.page.reload();
  return app;
}

/** The browser process playwright started for this profile (not its helpers, which carry --type=). */
export async function browserPid(profile: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').then(
      (t) => t.split('\0'),
      () => [] as string[],
    );
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(entry);
  }
  throw new Error(`No browser process found for ${profile}`);
}
