// Quick refusals: a hostile workspace is refused at its first problem, with one line, after work
// bounded by one record rather than the file (counted as records touched, not time), and a file
// nested past the limit is refused before JSON.parse sees it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isInputError } from '../../shared/errors';
import { WorkspaceData, emptyWorkspaceData } from '../../shared/files/envelope';
import { MAX_JSON_DEPTH, MAX_JSON_OBJECTS, checkDepth } from '../../shared/files/parse';
import { restoreFileText } from '../../shared/files/restore';
import { SMALL_RECORD_VALUES, parseFirst } from '../../shared/files/validate-first';
import { runCli } from '../cli/run-cli';
import { brokenPackItemsWorkspace, deepWorkspace, emptyNotesWorkspace } from './file-generators';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-hostile-files-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isInputError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('not refused');
}

describe('validation stops at the first problem', () => {
  it('touches one record of 100,000 broken ones', () => {
    let touched = 0;
    const notes = Array.from({ length: 100_000 }, () => ({
      get kind() {
        touched += 1;
        return undefined;
      },
    }));
    const result = parseFirst(WorkspaceData, { ...emptyData(), annotations: notes });
    expect(result.success).toBe(false);
    expect(!result.success && result.issue.path).toEqual(['annotations', 0, 'kind']);
    // The first record's field is read by the quick check, the size count and zod: once each.
    expect(touched).toBeLessThanOrEqual(3);
  });

  it('refuses a 300 KB workspace of empty notes in one line', () => {
    const text = emptyNotesWorkspace(100_000);
    expect(text.length).toBeGreaterThan(300_000);
    const { code, message } = refusal(() => restoreFileText(text));
    expect(code).toBe('file-invalid');
    expect(message).toMatch(/^the workspace file is not valid at data\.annotations\[0\]\.kind/);
    expect(message).not.toContain('\n');
  });

  it('refuses a pack of 100,000 broken items at the first', () => {
    const { message } = refusal(() => restoreFileText(brokenPackItemsWorkspace(100_000)));
    expect(message).toMatch(/not valid at data\.packs\[0\]/);
  });

  it('walks a huge broken record instead of giving it to zod whole, touching a bounded number of its values', () => {
    let touched = 0;
    const junk = Array.from({ length: 100_000 }, () => ({
      get text() {
        touched += 1;
        return 1;
      },
    }));
    const result = parseFirst(WorkspaceData, {
      ...emptyData(),
      annotations: [{ kind: 'nonsense', junk }],
    });
    expect(result.success).toBe(false);
    expect(!result.success && result.issue.path).toEqual(['annotations', 0, 'kind']);
    expect(touched).toBeLessThanOrEqual(SMALL_RECORD_VALUES);
  });

  it('gives the same data as zod for a valid file', () => {
    const result = parseFirst(WorkspaceData, { ...emptyData(), annotations: [] });
    expect(result).toEqual({
      success: true,
      data: WorkspaceData.parse({ ...emptyData(), annotations: [] }),
    });
  });
});

describe('depth before parsing', () => {
  it('refuses a file nested a million deep without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const { code } = refusal(() => restoreFileText(deepWorkspace(1_000_000)));
      expect(code).toBe('file-too-deep');
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('counts brackets inside strings as text, and allows the limit itself', () => {
    expect(() => checkDepth(`{"a":"${'['.repeat(1000)}"}`)).not.toThrow();
    // An escaped quote does not end a string; an escaped backslash before a quote does.
    expect(() => checkDepth(`{"a":"\\"${'['.repeat(1000)}"}`)).not.toThrow();
    expect(() => checkDepth(`{"a":"\\\\","b":${'['.repeat(MAX_JSON_DEPTH + 1)}`)).toThrow(
      /nested more than 64 levels/,
    );
    // A string that never closes is left for JSON.parse to call the file cut short.
    expect(() => checkDepth(`{"a":"${'['.repeat(1000)}`)).not.toThrow();
    expect(() => checkDepth('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).not.toThrow();
    expect(() =>
      checkDepth('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)),
    ).toThrow(/nested more than 64 levels/);
  });

  it('refuses a file of more objects than any workspace holds by counting them, not parsing them', () => {
    // 4 million empty notes (12 MB) would take seconds and hundreds of MB to parse; 10 million
    // took 15 s and 1 GB. Counted in the depth pass, they are refused before JSON.parse.
    const notes = '{},'.repeat(MAX_JSON_OBJECTS);
    const text = `{"format":"scrutiny-desk/workspace","version":3,"data":{"annotations":[${notes}{}]}}`;
    const { code, message } = refusal(() => restoreFileText(text));
    expect(code).toBe('file-too-large');
    expect(message).toBe(
      'the file holds more than 4,000,000 records and lists, far more than any Scrutiny Desk file; it is damaged or not one of ours, so use another backup copy or export it again.',
    );
    // A file under the limit goes on to be parsed and validated.
    const atLimit = `{"format":"scrutiny-desk/workspace","version":3,"data":{"annotations":[${'{},'.repeat(99)}{}]}}`;
    expect(refusal(() => restoreFileText(atLimit)).code).toBe('file-invalid');
  });

  it('scrutiny-desk check says so in one line with exit 2', async () => {
    const path = join(folder, 'deep.json');
    await writeFile(path, deepWorkspace(200_000));
    const result = await runCli('check', path);
    expect(result.status).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^error: the file is nested more than 64 levels deep/);
  });
});

function emptyData() {
  return emptyWorkspaceData();
}
