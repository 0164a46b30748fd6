// Saving a reviewed import: one transaction; the same report again adds nothing; a revised one
// replaces its findings and re-anchors or orphans its annotations; a failure stores nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { saveImport } from '../../renderer/db/repositories/imports';
import { findingsOfReport } from '../../renderer/db/repositories/report-findings';
import { importText } from '../../shared/import/import-report';
import { createAnnotation } from '../../shared/merge/editing';
import { selectorAt } from '../../shared/anchoring/quote';
import type { ScrutinyDatabase } from '../../renderer/db/database';
import { fixture } from '../fixtures/reports/make-files';
import { newDatabase } from './fake-db';

const opened: ScrutinyDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
function database(): ScrutinyDatabase {
  const db = newDatabase();
  opened.push(db);
  return db;
}
const NOW = new Date('2026-11-27T10:00:00.000Z');
const deps = { now: () => NOW };
const options = { editor: 'Cllr Amara Okafor', now: NOW };

describe('saving an import', () => {
  it('stores the report, its judgements, sections and findings together', async () => {
    const db = database();
    const result = importText(fixture('ilacs-2023-lowmoor.txt'), deps);
    const outcome = await saveImport(db, result, options);
    expect(outcome).toMatchObject({
      change: 'added',
      reportId: result.report.id,
      findings: result.findings.length,
      orphans: [],
    });
    expect(await db.reports.count()).toBe(1);
    expect(await db.judgements.where('reportId').equals(result.report.id).count()).toBe(5);
    expect(await findingsOfReport(db, result.report.id).count()).toBe(result.findings.length);
    expect(await db.authorities.get(result.authority.id)).toEqual(result.authority);
  });

  it('adds nothing when the same report is saved again', async () => {
    const db = database();
    const result = importText(fixture('ilacs-2023-lowmoor.txt'), deps);
    await saveImport(db, result, options);
    expect(await saveImport(db, result, options)).toMatchObject({
      change: 'unchanged',
      reportId: result.report.id,
    });
    expect(await db.reports.count()).toBe(1);
    expect(await db.findings.count()).toBe(result.findings.length);
  });

  it('merges with the same report received with a colleague\u2019s notes: no copy, the notes stay, the mark goes', async () => {
    const db = database();
    const result = importText(fixture('ilacs-2023-lowmoor.txt'), deps);
    await saveImport(db, result, options);
    // As a colleague's bundle left it: the same report, marked as received from them, with their note.
    await db.reports.put({
      ...result.report,
      receivedFrom: { memberId: 'member-ben', name: 'Cllr Ben Hughes' },
    });
    const f = result.findings[0];
    if (!f) throw new Error('no finding');
    await db.annotations.add(
      createAnnotation(
        {
          kind: 'note',
          target: { reportId: f.reportId, findingId: f.id, findingText: f.text, selector: null },
          body: 'Ben on this',
        },
        'Cllr Ben Hughes',
        NOW,
        'ann-ben',
        'member-ben',
      ),
    );
    const outcome = await saveImport(
      db,
      importText(fixture('ilacs-2023-lowmoor.txt'), deps),
      options,
    );
    expect(outcome.change).toBe('unchanged');
    expect(await db.reports.count()).toBe(1);
    expect((await db.reports.get(result.report.id))?.receivedFrom).toBeUndefined();
    expect((await db.annotations.get('ann-ben'))?.target.findingId).toBe(f.id);
  });

  it('replaces a revised report and re-anchors or orphans its annotations', async () => {
    const db = database();
    const first = importText(fixture('ilacs-2023-lowmoor.txt'), deps);
    await saveImport(db, first, options);
    const note = (start: string, quote: string) => {
      const f = first.findings.find((x) => x.text.startsWith(start));
      if (!f) throw new Error(start);
      const at = f.text.indexOf(quote);
      return createAnnotation(
        {
          kind: 'note',
          target: {
            reportId: first.report.id,
            findingId: f.id,
            findingText: f.text,
            selector: selectorAt(f.text, at, at + quote.length),
          },
          body: 'Ask',
        },
        'Cllr Amara Okafor',
        NOW,
      );
    };
    const kept = note('Care leavers benefit', 'personal advisers');
    const lost = note('Children in care are visited', 'visited regularly');
    await db.annotations.bulkPut([kept, lost]);
    const revised = importText(
      fixture('ilacs-2023-lowmoor.txt').replace(
        '5. Children in care are visited regularly by social workers who know them well.',
        '5. Children in care have stable relationships with their social workers.',
      ),
      deps,
    );
    const outcome = await saveImport(db, revised, options);
    expect(outcome.change).toBe('revised');
    expect(outcome.reportId).toBe(first.report.id);
    expect(outcome.orphans.map((a) => a.id)).toEqual([lost.id]);
    expect(await db.reports.count()).toBe(1);
    const findings = await findingsOfReport(db, first.report.id).toArray();
    expect(findings.some((f) => f.text.startsWith('Children in care have stable'))).toBe(true);
    expect(findings.some((f) => f.text.startsWith('Children in care are visited'))).toBe(false);
    const stored = await db.annotations.toArray();
    expect(stored).toHaveLength(2);
    const moved = stored.find((a) => a.id === kept.id);
    expect(findings.some((f) => f.id === moved?.target.findingId)).toBe(true);
    expect(stored.find((a) => a.id === lost.id)?.orphaned).toBe(true);
  });

  it('stores nothing when any part of the save fails', async () => {
    const db = database();
    const result = importText(fixture('ilacs-2023-lowmoor.txt'), deps);
    const broken = {
      ...result,
      findings: [
        ...result.findings.slice(0, 3),
        {
          ...result.findings[3],
          cannotBeStored: () => 1,
        } as unknown as (typeof result.findings)[number],
      ],
    };
    await expect(saveImport(db, broken, options)).rejects.toThrow();
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });
});
