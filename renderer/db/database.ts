// The local store: every report, finding and member's annotation lives in IndexedDB through
// this one Dexie class (database name "scrutiny-desk").
//
// SCHEMA POLICY: additive only. A new version may add tables, add indexes and fill new fields
// in an upgrade; it never removes, renames or repurposes a table, index or field. Members'
// annotations must survive every upgrade, and every upgrade is tested in tests/data/migrations.
import Dexie, { type EntityTable } from 'dexie';
import type {
  Action,
  Annotation,
  Authority,
  BriefingPack,
  Finding,
  Judgement,
  Meeting,
  Report,
  Section,
  Settings,
} from '../../shared/model';

export const DATABASE_NAME = 'scrutiny-desk';

/** Version 1 of the schema, kept verbatim so the migration tests can build it. */
export const SCHEMA_V1 = {
  authorities: 'id, name',
  reports: 'id, authorityId, publishedOn, source.sha256',
  judgements: 'id, reportId, key',
  sections: 'id, reportId',
  findings: 'id, reportId, sectionId, kind, *themes',
  annotations: 'id, target.reportId, target.findingId, kind, author, modifiedAt, followUpOn, question.status',
  meetings: 'id, date',
  packs: 'id, meetingId, modifiedAt',
  actions: 'id, reportId, findingId',
  settings: 'id',
} as const;

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

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}
