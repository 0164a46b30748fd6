// Property-based round trips: any note a member can write (any Unicode, emoji, right-to-left
// text, 100 kB) survives export then restore, through the file text and through the store.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { exportWorkspace, replaceWorkspace } from '../../renderer/db/repositories/workspace';
import { restoreFileBytes, restoreFileText } from '../../shared/files/restore';
import { serializeWorkspace } from '../../shared/files/serialize';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';
import type { WorkspaceData } from '../../shared/files/envelope';
import type { ScrutinyDatabase } from '../../renderer/db/database';
import { newDatabase, sortedById } from './fake-db';

const opened: ScrutinyDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const RTL = [
  'الرعاية بعد ترك الرعاية',
  'ילדים בסיכון',
  'نوٹ: اگلی میٹنگ',
  'Care leavers — مراجعة 2025',
];
const EMOJI = ['👍🏽', '👨‍👩‍👧', '🏳️‍🌈', '⚠️', '🇬🇧'];
const textPiece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(...RTL),
  fc.constantFrom(...EMOJI),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const noteText = fc.array(textPiece, { maxLength: 8 }).map((parts) => parts.join(''));
const tag = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
  .map((t) => t.trim())
  .filter((t) => t.length > 0);

interface Edit {
  body: string;
  answer: string;
  tags: string[];
  author: string;
}
const edit = fc.record({
  body: noteText,
  answer: noteText,
  tags: fc.array(tag, { maxLength: 4 }),
  author: noteText.map((a) => a.slice(0, 150) || 'Cllr X'),
});

const base = syntheticWorkspace({ reports: 2, findingsPerReport: 5, annotations: 8, seed: 5 });

function withEdits(edits: readonly Edit[]): WorkspaceData {
  return {
    ...base,
    annotations: base.annotations.map((a, i) => {
      const e = edits[i % edits.length];
      if (!e) return a;
      return {
        ...a,
        body: e.body,
        author: e.author,
        modifiedBy: e.author,
        tags: e.tags,
        question: a.question && { ...a.question, answer: e.answer },
      };
    }),
  };
}

const now = new Date('2025-02-03T10:00:00.000Z');

describe('export then restore gives equal data', () => {
  it('through the file text and its UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const data = withEdits(edits);
        const text = serializeWorkspace(data, edits[0]?.author ?? '', now);
        expect(restoreFileText(text).file.data).toEqual(data);
        expect(restoreFileBytes(new TextEncoder().encode(text)).file.data).toEqual(data);
      }),
      { numRuns: 60 },
    );
  });

  it('through the store: replace, export, file, restore, replace into another store, export', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        const data = withEdits(edits);
        const first = newDatabase();
        const second = newDatabase();
        opened.push(first, second);
        await replaceWorkspace(first, data);
        const exported = await exportWorkspace(first);
        expect(exported).toEqual(sortedById(data));
        const restored = restoreFileBytes(
          new TextEncoder().encode(serializeWorkspace(exported, 'x', now)),
        );
        if (restored.kind !== 'workspace') throw new Error('expected a workspace');
        await replaceWorkspace(second, restored.file.data);
        expect(await exportWorkspace(second)).toEqual(sortedById(data));
        first.close();
        second.close();
      }),
      { numRuns: 15 },
    );
  });

  it('keeps a 100 kB note of mixed scripts and emoji exactly', async () => {
    const unit = `Care leavers ${RTL.join(' ')} ${EMOJI.join('')} 𝒮𝒸𝓇𝓊𝓉𝒾𝓃𝓎 \u200f`;
    const long = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const data = withEdits([
      { body: long, answer: long, tags: ['long'], author: 'Cllr Yusuf Rahman' },
    ]);
    const db = newDatabase();
    opened.push(db);
    await replaceWorkspace(db, data);
    const restored = restoreFileBytes(
      new TextEncoder().encode(serializeWorkspace(await exportWorkspace(db), 'x', now)),
    );
    expect(restored.file.data).toEqual(sortedById(data));
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    expect(restored.file.data.annotations[0]?.body).toBe(long);
  });
});
