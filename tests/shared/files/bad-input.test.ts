// Bad files: each refused with one line that says what is wrong and what to do.
import { describe, expect, it } from 'vitest';
import { restoreFile, restoreFileBytes, restoreFileText } from '../../../shared/files/restore';
import { checkFileSize, parseFileText } from '../../../shared/files/parse';
import { serializeWorkspace } from '../../../shared/files/serialize';
import { InputError } from '../../../shared/errors';
import { syntheticWorkspace } from '../../../scripts/bench/synthetic';
import { CURRENT_FILE_VERSION, type WorkspaceData } from '../../../shared/files/envelope';

const now = new Date('2025-02-03T10:00:00.000Z');
const good = () =>
  serializeWorkspace(
    syntheticWorkspace({ reports: 2, findingsPerReport: 6, annotations: 12, seed: 3 }),
    'x',
    now,
  );

function refusal(work: () => unknown): InputError {
  try {
    work();
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.message).not.toContain('\n');
      return error;
    }
    throw error;
  }
  throw new Error('expected the file to be refused');
}

function edited(change: (data: WorkspaceData) => void): string {
  const json = JSON.parse(good()) as { data: WorkspaceData };
  change(json.data);
  return JSON.stringify(json);
}

describe('a bad file is refused with one line', () => {
  it('a truncated file says it is cut short', () => {
    const text = good();
    const error = refusal(() => restoreFileText(text.slice(0, Math.floor(text.length / 2))));
    expect(error.code).toBe('file-truncated');
    expect(error.message).toMatch(/cut short.*use another backup/);
  });

  it('a corrupted file says it is damaged', () => {
    const text = good().replace('"findings":[', '"findings":[,,');
    const error = refusal(() => restoreFileText(text));
    expect(error.code).toBe('file-not-json');
    expect(error.message).toMatch(/damaged/);
  });

  it('bytes that are not UTF-8 are refused', () => {
    expect(refusal(() => restoreFileBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).code).toBe(
      'file-not-text',
    );
  });

  it('bytes that are not UTF-8 far into the file are refused too', () => {
    const text = edited((data) => {
      const note = data.annotations[0];
      if (note) note.body = 'x'.repeat(200_000);
    });
    const bytes = new TextEncoder().encode(text);
    const at = text.indexOf('x'.repeat(1000)) + 150_000;
    expect(at).toBeGreaterThan(64 * 1024);
    bytes[at] = 0xff;
    expect(refusal(() => restoreFileBytes(bytes)).code).toBe('file-not-text');
  });

  it('a replacement character written in the file is read as text', () => {
    const text = edited((data) => {
      const note = data.annotations[0];
      if (note) note.body = 'a character we could not read: \uFFFD';
    });
    const restored = restoreFileBytes(new TextEncoder().encode(text));
    expect(restored.kind === 'workspace' && restored.file.data.annotations[0]?.body).toBe(
      'a character we could not read: \uFFFD',
    );
  });

  it('an empty file says it is empty', () => {
    expect(refusal(() => parseFileText('  \n')).code).toBe('file-empty');
  });

  it('a file of another format says it is not a Scrutiny Desk file', () => {
    expect(refusal(() => restoreFileText('%PDF-1.7')).code).toBe('file-format');
    expect(
      refusal(() => restoreFile({ format: 'excalidraw', version: 2, data: {} })).message,
    ).toMatch(/not a Scrutiny Desk file \(its format is "excalidraw"\)/);
    expect(refusal(() => restoreFile([1, 2])).message).toMatch(/holds a list/);
  });

  it('a file from a newer version asks the member to update the app', () => {
    const json = JSON.parse(good()) as { version: number };
    json.version = CURRENT_FILE_VERSION + 1;
    const error = refusal(() => restoreFile(json));
    expect(error.code).toBe('file-version-newer');
    expect(error.message).toMatch(/made by a newer version of Scrutiny Desk.*update the app/);
  });

  it('a version Scrutiny Desk never wrote is refused', () => {
    const json = JSON.parse(good()) as { version: unknown };
    json.version = 0;
    expect(refusal(() => restoreFile(json)).code).toBe('file-version');
    json.version = '2';
    expect(refusal(() => restoreFile(json)).code).toBe('file-version');
  });

  it('a file over 300 MB is refused before it is read, by its size alone', () => {
    const error = refusal(() => checkFileSize(301 * 1024 * 1024));
    expect(error.code).toBe('file-too-large');
    expect(error.message).toMatch(/301 MB, over the 300 MB limit/);
    expect(() => checkFileSize(300 * 1024 * 1024)).not.toThrow();
    // A lazily zeroed buffer: the size check happens before a single byte is decoded.
    expect(refusal(() => restoreFileBytes(new Uint8Array(300 * 1024 * 1024 + 1))).code).toBe(
      'file-too-large',
    );
  });

  it('a field that breaks the model names where', () => {
    const error = refusal(() =>
      restoreFileText(edited((d) => ((d.annotations[1] as { author: unknown }).author = 42))),
    );
    expect(error.code).toBe('file-invalid');
    expect(error.message).toMatch(/at data\.annotations\[1\]\.author/);
  });

  it('duplicate ids are refused', () => {
    const error = refusal(() =>
      restoreFileText(
        edited((d) =>
          d.annotations.push({ ...(d.annotations[0] as WorkspaceData['annotations'][number]) }),
        ),
      ),
    );
    expect(error.code).toBe('file-duplicate-id');
    expect(error.message).toMatch(/two annotations with the same id "ann-000000"/);
  });

  const dangling: [string, (d: WorkspaceData) => void, RegExp][] = [
    [
      'a finding whose report is missing',
      (d) => ((d.findings[0] as { reportId: string }).reportId = 'rpt-gone'),
      /finding ".*" refers to a report "rpt-gone"/,
    ],
    [
      'a finding whose section is missing',
      (d) => ((d.findings[0] as { sectionId: string }).sectionId = 'sec-gone'),
      /refers to a section "sec-gone"/,
    ],
    [
      'an annotation whose finding is missing',
      (d) =>
        ((
          d.annotations.find((a) => !a.deletedAt) as { target: { findingId: string } }
        ).target.findingId = 'f-gone'),
      /annotation ".*" refers to a finding "f-gone"/,
    ],
    [
      'an annotation whose report is missing',
      (d) => ((d.annotations[0] as { target: { reportId: string } }).target.reportId = 'rpt-gone'),
      /refers to a report "rpt-gone"/,
    ],
    [
      'an annotation whose finding belongs to another report',
      (d) =>
        ((d.annotations[0] as { target: { reportId: string } }).target.reportId =
          d.reports.find((r) => r.id !== d.annotations[0]?.target.reportId)?.id ?? ''),
      /belongs to report/,
    ],
    [
      'a judgement whose report is missing',
      (d) => ((d.judgements[0] as { reportId: string }).reportId = 'rpt-gone'),
      /judgement/,
    ],
    [
      'a report whose authority is missing',
      (d) => ((d.reports[0] as { authorityId: string }).authorityId = 'la-gone'),
      /authority "la-gone"/,
    ],
    [
      'a pack item whose finding is missing',
      (d) => d.packs[0]?.items.push({ type: 'finding', findingId: 'f-gone' }),
      /briefing pack ".*" refers to a finding "f-gone"/,
    ],
    [
      'a pack whose meeting is missing',
      (d) => ((d.packs[0] as { meetingId: string }).meetingId = 'mtg-gone'),
      /a meeting "mtg-gone"/,
    ],
    [
      'an action whose finding is missing',
      (d) => ((d.actions[0] as { findingId: string }).findingId = 'f-gone'),
      /action ".*" refers to a finding "f-gone"/,
    ],
  ];
  it.each(dangling)('%s is refused as a dangling reference', (_name, change, message) => {
    const error = refusal(() => restoreFileText(edited(change)));
    expect(error.code).toBe('file-dangling-ref');
    expect(error.message).toMatch(message);
  });

  it('an orphaned annotation may keep pointing at a finding a re-import removed', () => {
    const text = edited((d) => {
      const a = d.annotations[0] as { orphaned: boolean; target: { findingId: string } };
      a.orphaned = true;
      a.target.findingId = 'f-removed-by-reimport';
    });
    expect(restoreFileText(text).kind).toBe('workspace');
  });
});
