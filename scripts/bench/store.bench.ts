// Benchmarks for the local store (issue 3), over fake-indexeddb in Node: a workspace of 200
// reports, 20,000 findings and 50,000 annotations restored from file, read report by report,
// and exported to file.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { ScrutinyDatabase } from '../../renderer/db/database';
import { exportWorkspace, replaceWorkspace } from '../../renderer/db/repositories/workspace';
import { findingsWithAnnotations } from '../../renderer/db/repositories/report-findings';
import { restoreFileText } from '../../shared/files/restore';
import { serializeWorkspace } from '../../shared/files/serialize';
import { syntheticWorkspace } from './synthetic';
import { median, percentile, timeMs, type BenchCase } from './types';

export const cases: BenchCase[] = [
  {
    id: 'store',
    issue: 3,
    async run() {
      const data = syntheticWorkspace({
        reports: 200,
        findingsPerReport: 100,
        annotations: 50_000,
        seed: 42,
      });
      const text = serializeWorkspace(data, 'bench', new Date());
      const db = new ScrutinyDatabase(`bench-store-${Date.now()}`, { indexedDB, IDBKeyRange });
      await db.open();

      let checkMs = 0;
      const restoreMs = await timeMs(async () => {
        let restored: ReturnType<typeof restoreFileText> | undefined;
        checkMs = await timeMs(() => (restored = restoreFileText(text)));
        if (restored?.kind !== 'workspace') throw new Error('expected a workspace');
        await replaceWorkspace(db, restored.file.data);
      });

      const reads: number[] = [];
      for (const report of data.reports.slice(0, 40)) {
        reads.push(await timeMs(() => findingsWithAnnotations(db, report.id)));
      }

      let bytes = 0;
      const exportMs = await timeMs(async () => {
        const exported = await exportWorkspace(db);
        bytes = new TextEncoder().encode(
          serializeWorkspace(exported, 'bench', new Date()),
        ).byteLength;
      });
      db.close();
      await db.delete();

      return [
        {
          label: 'restore 200 reports, 20,000 findings, 50,000 annotations from file',
          value: restoreMs,
          unit: 'ms',
          target: 10_000,
        },
        {
          label: '… of which parsing, upgrading and checking the file',
          value: checkMs,
          unit: 'ms',
        },
        {
          label: 'findings of one report with their annotations (median of 40)',
          value: median(reads),
          unit: 'ms',
          target: 50,
        },
        {
          label: 'findings of one report with their annotations (95th percentile)',
          value: percentile(reads, 95),
          unit: 'ms',
          target: 50,
        },
        { label: 'export the workspace to file', value: exportMs, unit: 'ms', target: 5_000 },
        { label: 'size of the workspace file', value: bytes / 2 ** 20, unit: 'MB' },
      ];
    },
  },
];
