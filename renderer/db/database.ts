// The local store: every report, finding and member's annotation lives in IndexedDB through
// this one Dexie class (database name "scrutiny-desk").
//
// SCHEMA POLICY: the data only grows. A new version may add tables, fields and indexes and fill
// new fields in an upgrade; it never removes, renames or repurposes a table or a field, so no
// upgrade can drop a member's data. Members' annotations must survive every upgrade, and every
// upgrade is tested with real-shaped rows in tests/data/migrations.test.ts. Before any upgrade
// the app writes a safety copy of the whole workspace (renderer/db/open.ts).
// An index holds no data of its own: IndexedDB builds it from the rows' fields, and every write
// pays for it. So an index that no query reads may be dropped in a new version (versions 3 and 4
// did, for seven), and one that a query needs is added back the same way, in a new version.
//
// Every read-write transaction is committed with strict durability: the browser reports a write
// as done only once it is flushed to disk, so a note the member saw "saved" survives a crash.
import Dexie, { type EntityTable } from 'dexie';
import { adoptIdentity } from './identity';
import type {
  Action,
  Annotation,
  Authority,
  BriefingPack,
  Correction,
  DeletedReport,
  Finding,
  Judgement,
  Meeting,
  Report,
  Section,
  Settings,
} from '../../shared/model';
import { fileByCode } from '../../shared/authorities';
import { CURRENT_FILE_VERSION } from '../../shared/files/envelope';
import type { AnnotationChanges, AnnotationDraft } from '../../shared/merge/editing';

export const DATABASE_NAME = 'scrutiny-desk';

/** One editor's unsaved words, journalled as typed (see SCHEMA_V5 and repositories/drafts.ts). */
export interface DraftRow {
  /** Which field of what: "annotation:<id>:body", "pack:<id>", "settings:memberName", ... */
  key: string;
  /** Grows with every keystroke, so folding an older draft never deletes a newer one. */
  seq: number;
  /** When it was typed (ISO). */
  at: string;
  change: DraftChange;
}

/** What a draft does to the store when folded in: always the same function, whether at a pause in
 * typing or when the store next opens after a crash. */
export type DraftChange =
  | {
      type: 'annotation';
      id: string;
      by: string;
      create: AnnotationDraft | null;
      patch: AnnotationChanges;
    }
  | { type: 'pack'; pack: BriefingPack }
  | {
      type: 'meeting';
      id: string;
      fields: Pick<Meeting, 'committee' | 'date' | 'agendaItem' | 'agendaTitle'>;
    }
  | { type: 'settings'; patch: Partial<Pick<Settings, 'memberName' | 'defaultMarking'>> }
  | {
      type: 'action';
      finding: Pick<Finding, 'id' | 'reportId'>;
      fields: Pick<Action, 'owner' | 'dueOn' | 'status' | 'evidence'>;
    };

/** One backup the member made or the app made for safety, kept so Settings can say when. */
export interface BackupRecord {
  seq?: number;
  /** When it was written (ISO). */
  at: string;
  kind: 'manual' | 'safety';
  /** Why, in words: "Back up now", "before restoring a file", "before the update to version 2". */
  reason: string;
  fileName: string;
  /** Where it went, where the host can say (a path in the desktop app); null for a download. */
  location: string | null;
}

/** Version 1 of the schema, kept verbatim so the migration tests can build it. */
export const SCHEMA_V1 = {
  authorities: 'id, name',
  reports: 'id, authorityId, publishedOn, source.sha256',
  judgements: 'id, reportId, key',
  sections: 'id, reportId',
  findings: 'id, reportId, sectionId, kind, *themes',
  annotations:
    'id, target.reportId, target.findingId, kind, author, modifiedAt, followUpOn, question.status',
  meetings: 'id, date',
  packs: 'id, meetingId, modifiedAt',
  actions: 'id, reportId, findingId',
  settings: 'id',
} as const;

/** Version 2: findings of a report come straight from an index in document order, and backups
 * are recorded in their own table (filled from settings.lastBackupAt on upgrade). */
export const SCHEMA_V2 = {
  findings: 'id, reportId, sectionId, kind, *themes, [reportId+order]',
  backups: '++seq, at, kind',
} as const;

/** Version 3: the five indexes on the two largest tables that no query reads are dropped (findings
 * by section and by kind; annotations by finding, kind and author). Each cost every write; together
 * about a fifth of the time Chromium takes to write a large restore. No row or field changes. */
export const SCHEMA_V3 = {
  findings: 'id, reportId, *themes, [reportId+order]',
  annotations: 'id, target.reportId, modifiedAt, followUpOn, question.status',
} as const;

/** Version 4: two more indexes go once their queries were moved. A report's findings come from
 * [reportId+order], which holds the same keys in document order, so the plain reportId index on
 * findings only doubled the work; and the search index now learns which notes changed from
 * Dexie's own change events, so nothing reads annotations by modifiedAt. Together about a tenth
 * of Chromium's time to write a large restore. No row or field changes. */
export const SCHEMA_V4 = {
  findings: 'id, *themes, [reportId+order]',
  annotations: 'id, target.reportId, followUpOn, question.status',
} as const;

/** Version 5: two new tables, and authorities by code. `corrections` records members' corrections
 * to saved reports (who, when, what), read by report; `deletedReports` holds the tombstone of each
 * deleted report with everything the deletion removed, so Undo and a later restore put it back. A
 * judgement's new optional `correction` field is absent until a member corrects it. Authorities
 * carry their DfE LA code and reports their authorityCode (file version 3), resolved from the names
 * by the bundled reference list in the upgrade; one council's records filed under several
 * spellings become one. A name the list does not know keeps a null code, for the member to choose.
 * Members are identities too: the upgrade makes this install's member identity (an id and an
 * Ed25519 key pair) if the store has settings, fills `authorId` on every annotation (the member's
 * own id where the note's author is the member's name, else null) and `identity` and
 * `colleagues` in settings (renderer/db/identity.ts does the same for a fresh store).
 * Also `drafts`, the autosave journal: each keystroke in an editor is written there at once as one
 * small put (renderer/db/repositories/drafts.ts), so words typed just before the window closes or
 * the browser is killed are on disk; a draft is folded into its note, pack, meeting or settings on
 * a pause, and any left over are folded in when the store next opens. */
export const SCHEMA_V5 = {
  corrections: 'id, reportId',
  deletedReports: 'id, reportId, sha256',
  drafts: 'key',
} as const;

export const CURRENT_SCHEMA_VERSION = 5;

/** The workspace file version whose rows a store at schema version `verno` holds: before
 * version 5, rows had no authority codes (file version 2). */
export function fileVersionOfSchema(verno: number): number {
  return verno >= 5 ? CURRENT_FILE_VERSION : 2;
}

type DexieOptions = NonNullable<ConstructorParameters<typeof Dexie>[1]>;

export class ScrutinyDatabase extends Dexie {
  authorities!: EntityTable<Authority, 'id'>;
  reports!: EntityTable<Report, 'id'>;
  judgements!: EntityTable<Judgement, 'id'>;
  sections!: EntityTable<Section, 'id'>;
  findings!: EntityTable<Finding, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  packs!: EntityTable<BriefingPack, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  backups!: EntityTable<BackupRecord, 'seq'>;
  corrections!: EntityTable<Correction, 'id'>;
  deletedReports!: EntityTable<DeletedReport, 'id'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  /** The options it was made with, so a probe of the same database can use the same IndexedDB. */
  readonly dexieOptions: DexieOptions;

  constructor(name: string = DATABASE_NAME, options: DexieOptions = {}) {
    const dexieOptions: DexieOptions = { chromeTransactionDurability: 'strict', ...options };
    super(name, dexieOptions);
    this.dexieOptions = dexieOptions;
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const settings = (await tx.table('settings').get('settings')) as Settings | undefined;
        if (settings?.lastBackupAt) {
          const record: BackupRecord = {
            at: settings.lastBackupAt,
            kind: 'manual',
            reason: 'recorded before version 2',
            fileName: '',
            location: null,
          };
          await tx.table('backups').add(record);
        }
      });
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        // Only the fields the filing reads are kept in memory: a report's text can be large.
        const heads: Pick<Report, 'id' | 'authorityId' | 'authority' | 'publishedOn'>[] = [];
        await tx.table('reports').each((r: Report) =>
          heads.push({
            id: r.id,
            authorityId: r.authorityId,
            authority: r.authority,
            publishedOn: r.publishedOn,
          }),
        );
        const authorities = (await tx.table('authorities').toArray()) as Authority[];
        const filed = fileByCode(authorities, heads);
        const byId = new Map(filed.reports.map((r) => [r.id, r]));
        await tx
          .table('reports')
          .toCollection()
          .modify((r: Report) => {
            const next = byId.get(r.id);
            if (!next) return;
            r.authorityId = next.authorityId;
            r.authority = next.authority;
            r.authorityCode = next.authorityCode;
          });
        await tx.table('authorities').clear();
        await tx.table('authorities').bulkAdd(filed.authorities);
        await adoptIdentity(tx.table('settings'), tx.table('annotations'), new Date(), {
          create: false,
        });
      });
  }
}
