// A fresh ScrutinyDatabase over fake-indexeddb for each test, with its own name.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import Dexie from 'dexie';
import { ScrutinyDatabase } from '../../renderer/db/database';
import type { WorkspaceData } from '../../shared/files/envelope';

export const fakeIdb = { indexedDB, IDBKeyRange };

let counter = 0;
export function freshName(): string {
  counter += 1;
  return `scrutiny-test-${process.pid}-${counter}`;
}

export function newDatabase(name = freshName()): ScrutinyDatabase {
  return new ScrutinyDatabase(name, fakeIdb);
}

export function plainDexie(name: string): Dexie {
  return new Dexie(name, fakeIdb);
}

/** Rows in id order, so data read back from the store compares with data written. */
export function sortedById(data: WorkspaceData): WorkspaceData {
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    authorities: byId(data.authorities),
    reports: byId(data.reports),
    judgements: byId(data.judgements),
    sections: byId(data.sections),
    findings: byId(data.findings),
    annotations: byId(data.annotations),
    meetings: byId(data.meetings),
    packs: byId(data.packs),
    actions: byId(data.actions),
    settings: data.settings,
    corrections: byId(data.corrections),
    deletedReports: byId(data.deletedReports),
  };
}
