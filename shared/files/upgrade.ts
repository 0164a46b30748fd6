// The file versions and the step that lifts each one to the next. Each step works on plain JSON
// (it runs before validation) and returns new objects rather than changing what it was given.
//
// Version 1: the first files. Annotations had no `orphaned` flag and no `conflicts` list (both
//   came with merging and re-import), and settings had no `themeRules`.
// Version 2: annotations carry `orphaned` and `conflicts`; settings carry `themeRules`.
// Version 3 (current): a workspace carries `corrections` (members' corrections to saved reports,
//   with who and when) and `deletedReports` (tombstones holding what a deletion removed); a
//   judgement may carry `correction` (who corrected its grade, and the importer's reading).
//   Authorities carry their DfE LA `code` and reports their `authorityCode`, from the bundled
//   reference list (shared/authorities); a council's reports share one record.
//   Members are identities: annotations carry `authorId` (null for older notes: nobody's key
//   vouches for them); settings carry the member's `identity` (null until the app makes one) and
//   pinned `colleagues`; bundles may be signed and carry `reportsInFull` (empty in an older
//   bundle, which never held the reports' text) and `members` (none), and the `corrections` of
//   their reports and the sender's `deletedReports` (without content), so both travel (none in
//   an older bundle). A correction may name the corrections it `replaces` (absent: none).
import { fileByCode } from '../authorities';
import { CURRENT_FILE_VERSION, emptyReportsInFull } from './envelope';

export type FileKind = 'workspace' | 'bundle';
type Json = Record<string, unknown>;
type Step = (data: Json, kind: FileKind) => Json;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapArray(value: unknown, each: (item: Json) => Json): unknown {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? each(item) : item)) : value;
}

const v1ToV2: Step = (data, kind) => {
  const annotations = mapArray(data.annotations, (a) => ({
    ...a,
    orphaned: a.orphaned ?? false,
    conflicts: a.conflicts ?? [],
  }));
  if (kind === 'bundle') return { ...data, annotations };
  const settings = isRecord(data.settings)
    ? { ...data.settings, themeRules: data.settings.themeRules ?? [] }
    : data.settings;
  return { ...data, annotations, settings };
};

/** Version 2 files had no corrections and no deletions to record, and no authority codes: names
 * are resolved to codes, and records of one council under several spellings become one. A name the
 * list does not know keeps a null code, for the member to choose. Bundles carry no authorities.
 * Nor had they member ids or keys: no note has a writer's id, no member an identity. */
const v2ToV3: Step = (data, kind) => {
  const annotations = mapArray(data.annotations, (a) => ({ ...a, authorId: a.authorId ?? null }));
  if (kind === 'bundle')
    return {
      ...data,
      annotations,
      reportsInFull: data.reportsInFull ?? emptyReportsInFull(),
      members: data.members ?? [],
    };
  const settings = isRecord(data.settings)
    ? {
        ...data.settings,
        identity: data.settings.identity ?? null,
        colleagues: data.settings.colleagues ?? [],
      }
    : data.settings;
  const withCorrections = {
    ...data,
    annotations,
    settings,
    corrections: data.corrections ?? [],
    deletedReports: data.deletedReports ?? [],
  };
  const authorities = Array.isArray(data.authorities) ? data.authorities.filter(isRecord) : [];
  const reports = Array.isArray(data.reports) ? data.reports.filter(isRecord) : [];
  const named = (row: Json) => typeof row.id === 'string' && typeof row.name === 'string';
  const filedReport = (row: Json) =>
    typeof row.id === 'string' &&
    typeof row.authorityId === 'string' &&
    typeof row.authority === 'string';
  // Rows of the wrong shape are left for validation to name.
  if (!authorities.every(named) || !reports.every(filedReport)) return withCorrections;
  const filed = fileByCode(
    authorities as (Json & { id: string; name: string })[],
    reports as (Json & {
      id: string;
      authorityId: string;
      authority: string;
      publishedOn?: string | null;
    })[],
  );
  return { ...withCorrections, authorities: filed.authorities, reports: filed.reports };
};

/** steps[v] lifts a version-v file's data to version v + 1. */
const steps: Record<number, Step> = { 1: v1ToV2, 2: v2ToV3 };

export const OLDEST_FILE_VERSION = 1;

/** Lift data from `version` to the current version, one step at a time. */
export function upgradeData(data: Json, version: number, kind: FileKind): Json {
  let current = data;
  for (let v = version; v < CURRENT_FILE_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No upgrade step from file version ${v}.`);
    current = step(current, kind);
  }
  return current;
}

const WORKSPACE_COLLECTIONS = [
  'authorities',
  'reports',
  'judgements',
  'sections',
  'findings',
  'annotations',
  'meetings',
  'packs',
  'actions',
  'corrections',
  'deletedReports',
];
// A bundle's corrections and deletions came later in version 3: an earlier bundle has none.
const BUNDLE_COLLECTIONS = ['reports', 'findings', 'annotations', 'corrections', 'deletedReports'];

/** Fill what a current file may leave out: an absent collection is empty, absent settings are none. */
export function fillDefaults(data: Json, kind: FileKind): Json {
  const filled: Json = { ...data };
  for (const name of kind === 'workspace' ? WORKSPACE_COLLECTIONS : BUNDLE_COLLECTIONS) {
    if (filled[name] === undefined) filled[name] = [];
  }
  if (kind === 'workspace' && filled.settings === undefined) filled.settings = null;
  // Version 3 fields a file may leave out (a store's safety copy taken before its own upgrade
  // to schema version 5 holds rows from before them): no member id, no identity, no keys.
  if (
    Array.isArray(filled.annotations) &&
    filled.annotations.some((a) => isRecord(a) && a.authorId === undefined)
  ) {
    filled.annotations = mapArray(filled.annotations, (a) =>
      a.authorId === undefined ? { ...a, authorId: null } : a,
    );
  }
  if (
    kind === 'workspace' &&
    isRecord(filled.settings) &&
    (filled.settings.identity === undefined || filled.settings.colleagues === undefined)
  ) {
    filled.settings = {
      ...filled.settings,
      identity: filled.settings.identity ?? null,
      colleagues: filled.settings.colleagues ?? [],
    };
  }
  if (kind === 'bundle' && filled.scope === undefined) filled.scope = { type: 'everything' };
  if (kind === 'bundle' && filled.reportsInFull === undefined)
    filled.reportsInFull = emptyReportsInFull();
  if (kind === 'bundle' && filled.members === undefined) filled.members = [];
  return filled;
}
