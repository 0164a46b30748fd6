// Member profiles for the identity tests (tests/browser/identity.test.ts): a fresh profile whose store holds a given member
// identity, pinned colleagues, the Devon report and notes; signed notes and bundles made as a
// member's install makes them; and a whole-store snapshot to show that nothing was written.
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { putRows, readRows } from './store';
import { SHA_DEVON, report, workspace } from '../shared/merge/workspace-fixture';
import { createAnnotation } from '../../shared/merge';
import { versionSigner } from '../../shared/identity/version-signature';
import {
  DEFAULT_SETTINGS,
  type Annotation,
  type MemberIdentity,
  type PinnedKey,
  type Settings,
} from '../../shared/model';

/** One Devon report with its section and two findings, as both members imported it. */
export const DEVON = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);

export function settingsOf(
  name: string,
  identity: MemberIdentity,
  colleagues: PinnedKey[] = [],
): Settings {
  return { ...DEFAULT_SETTINGS, memberName: name, identity, colleagues };
}

export function pinned(
  name: string,
  identity: MemberIdentity,
  at = '2026-11-20T09:30:00.000Z',
): PinnedKey {
  return { memberId: identity.memberId, name, publicKey: identity.publicKey, pinnedAt: at };
}

/** A note on the Devon report's finding `index`, written and signed by `identity`. */
export function signedNote(
  name: string,
  identity: MemberIdentity,
  index: number,
  body: string,
  id: string,
  at = '2026-11-27T09:00:00.000Z',
): Annotation {
  const f = DEVON.findings[index];
  if (!f) throw new Error(`no finding ${index}`);
  return createAnnotation(
    {
      kind: 'note',
      target: { reportId: f.reportId, findingId: f.id, findingText: f.text, selector: null },
      body,
    },
    name,
    at,
    id,
    identity.memberId,
    versionSigner(identity),
  );
}

/** A fresh profile whose store holds `settings`, the Devon report (unless `withReport` is false)
 * and `annotations`, opened at `path`. */
export async function openMember(
  sessions: AppSession[],
  settings: Settings,
  options: { annotations?: Annotation[]; withReport?: boolean; path?: string } = {},
): Promise<AppSession> {
  const app = await openApp();
  sessions.push(app);
  await app.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  const reportRows: Record<string, readonly unknown[]> =
    options.withReport === false
      ? {}
      : {
          authorities: DEVON.authorities,
          reports: DEVON.reports,
          sections: DEVON.sections,
          findings: DEVON.findings,
        };
  await putRows(app.page, {
    ...reportRows,
    settings: [settings],
    annotations: options.annotations ?? [],
  });
  await app.page.goto(`${app.url}${options.path ?? ''}`);
  await app.page.reload();
  return app;
}

const TABLES = [
  'authorities',
  'reports',
  'judgements',
  'sections',
  'findings',
  'annotations',
  'settings',
] as const;

/** Every row of the tables a merge may write, to compare before and after. */
export async function snapshot(page: Page): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await readRows(page, table);
  return out;
}
