// The search index learns what to re-read from the parts Dexie reports for each committed write.
// These are the app's own writes on a real Dexie store (fake-indexeddb), and the events Dexie
// really fires for them: a note edited must be re-read by id, a restore or an import must
// rebuild, and a write to a table the index does not hold must cost nothing.
import 'fake-indexeddb/auto';
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../renderer/db/instance';
import {
  addAnnotation,
  removeAnnotation,
  updateAnnotation,
} from '../../renderer/db/repositories/annotations';
import { replaceWorkspace } from '../../renderer/db/repositories/workspace';
import { applyIncomingNotes } from '../../renderer/db/repositories/sharing';
import { saveSettings } from '../../renderer/db/repositories/settings';
import {
  MOST_NOTES_TO_REREAD,
  NO_WORK,
  addStoreChange,
  type IndexWork,
} from '../../renderer/search/store-changes';
import { editAnnotation, noRecordsPreview, type MergePreview } from '../../shared/merge';
import type { Annotation } from '../../shared/model';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';
import { emptyReportsInFull } from '../../shared/files/envelope';

const workspace = syntheticWorkspace({
  reports: 2,
  findingsPerReport: 5,
  annotations: 120,
  seed: 11,
});
const AMARA = 'Cllr Amara Okafor';

let owed: IndexWork = NO_WORK;
Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  owed = addStoreChange(owed, parts, db.name);
});

/** The work owed by what `write` did, from Dexie's events alone. */
async function workAfter(write: () => Promise<unknown>): Promise<IndexWork> {
  owed = NO_WORK;
  await write();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return owed;
}

/** A merge preview that updates `changes`, as a colleague's file with edited notes gives. */
function updating(changes: Annotation[]): MergePreview {
  return {
    from: 'Cllr Ben Hughes',
    added: [],
    updated: changes,
    deleted: [],
    inConflict: [],
    unchanged: 0,
    cannotPlace: [],
    reanchored: 0,
    orphaned: 0,
    renumbered: [],
    changes,
    annotations: [],
    signer: { kind: 'unsigned' },
    pin: [],
    held: [],
    refused: 0,
    received: emptyReportsInFull(),
    records: noRecordsPreview(),
  };
}

function ids(work: IndexWork): string[] {
  return work.kind === 'annotations' ? [...work.ids].sort() : [];
}

afterAll(async () => {
  await db.delete();
});

beforeEach(async () => {
  await replaceWorkspace(db, workspace);
});

describe('what the search index owes after a write', () => {
  const finding = workspace.findings[0];
  if (!finding) throw new Error('the synthetic workspace has no finding');
  const draft = {
    kind: 'note' as const,
    target: {
      reportId: finding.reportId,
      findingId: finding.id,
      findingText: finding.text,
      selector: null,
    },
    body: 'Ask about pathway plans',
  };

  it('re-reads just the note a member adds, edits or deletes', async () => {
    let added = { id: '' };
    expect(ids(await workAfter(async () => (added = await addAnnotation(draft, AMARA))))).toEqual([
      added.id,
    ]);
    expect(
      ids(
        await workAfter(() => updateAnnotation(added.id, { body: 'Ask about sufficiency' }, AMARA)),
      ),
    ).toEqual([added.id]);
    expect(ids(await workAfter(() => removeAnnotation(added.id, AMARA)))).toEqual([added.id]);
  });

  it('gathers the notes of several writes until the index catches up', async () => {
    const first = await addAnnotation(draft, AMARA);
    owed = NO_WORK;
    const second = await addAnnotation({ ...draft, body: 'Second thought' }, AMARA);
    await updateAnnotation(first.id, { body: 'Changed' }, AMARA);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ids(owed)).toEqual([first.id, second.id].sort());
  });

  it('rebuilds after a restore, which clears and refills every table', async () => {
    expect((await workAfter(() => replaceWorkspace(db, workspace))).kind).toBe('rebuild');
  });

  it('rebuilds after a colleague’s notes are taken in, even when no note was added', async () => {
    // The same notes with changed words and the same count: the old count check missed this.
    const changed = workspace.annotations
      .slice(0, 60)
      .map((a) =>
        editAnnotation(
          a,
          { body: `${a.body} (seen by a colleague)` },
          'Cllr Ben Hughes',
          new Date('2030-01-01'),
        ),
      );
    const work = await workAfter(() => applyIncomingNotes(db, updating(changed)));
    expect(work.kind).toBe('rebuild');
    expect(await db.annotations.count()).toBe(workspace.annotations.length);
  });

  it('re-reads a handful of notes taken in from a colleague by id', async () => {
    const changed = workspace.annotations
      .slice(0, 3)
      .map((a) =>
        editAnnotation(a, { body: `${a.body} (seen)` }, 'Cllr Ben Hughes', new Date('2030-01-01')),
      );
    const work = await workAfter(() => applyIncomingNotes(db, updating(changed)));
    expect(ids(work)).toEqual(changed.map((a) => a.id).sort());
  });

  it('rebuilds when findings change, as a re-import does', async () => {
    expect(
      (await workAfter(() => db.findings.put({ ...finding, text: `${finding.text} Corrected.` })))
        .kind,
    ).toBe('rebuild');
  });

  it('owes nothing for a write to a table the index does not hold', async () => {
    expect(await workAfter(() => saveSettings(db, { memberName: AMARA }))).toEqual(NO_WORK);
  });

  it('ignores another database and rebuilds when told everything changed', () => {
    const elsewhere: ObservabilitySet = { 'idb://another-store/findings/': new RangeSet('x', 'x') };
    expect(addStoreChange(NO_WORK, elsewhere, db.name)).toEqual(NO_WORK);
    expect(addStoreChange(NO_WORK, { all: new RangeSet(-Infinity, [[]]) }, db.name).kind).toBe(
      'rebuild',
    );
  });

  it('rebuilds rather than re-read more notes than is worth it one by one', () => {
    const many = new RangeSet();
    for (let i = 0; i <= MOST_NOTES_TO_REREAD; i += 1)
      many.addKey(`ann-${String(i).padStart(6, '0')}`);
    expect(addStoreChange(NO_WORK, { [`idb://${db.name}/annotations/`]: many }, db.name).kind).toBe(
      'rebuild',
    );
    const few = new RangeSet();
    few.addKey('ann-000001');
    expect(
      ids(addStoreChange(NO_WORK, { [`idb://${db.name}/annotations/`]: few }, db.name)),
    ).toEqual(['ann-000001']);
  });
});
