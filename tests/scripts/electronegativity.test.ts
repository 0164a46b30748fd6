// Pins the security gate: electronegativity's findings of medium severity and above fail unless
// allow-listed with a reason; stale allowances fail too; the real electron/ folder passes.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  judgeFindings,
  main,
  parseAllowList,
  scan,
  type Finding,
} from '../../scripts/electronegativity';

const finding = (check: string, file: string, severityLevel: number): Finding => ({
  check,
  file,
  line: 1,
  severity: ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'][severityLevel] ?? 'HIGH',
  severityLevel,
  confidence: 'FIRM',
  description: 'x',
});
const allow = (check: string, file: string) => ({
  check,
  file,
  reason: 'reviewed: safe because of a pinned test',
});

describe('judgeFindings', () => {
  it.each([
    [
      'a high finding not listed fails',
      [finding('NODE_INTEGRATION_JS_CHECK', 'window.ts', 3)],
      [],
      1,
      0,
      0,
    ],
    [
      'a medium finding not listed fails',
      [finding('SANDBOX_JS_CHECK', 'window.ts', 2)],
      [],
      1,
      0,
      0,
    ],
    ['a low finding never fails', [finding('X_CHECK', 'a.ts', 1)], [], 0, 0, 0],
    ['an informational finding never fails', [finding('X_CHECK', 'a.ts', 0)], [], 0, 0, 0],
    [
      'a listed finding is excused',
      [finding('OPEN_EXTERNAL_JS_CHECK', 'ipc/shell.ts', 2)],
      [allow('OPEN_EXTERNAL_JS_CHECK', 'ipc/shell.ts')],
      0,
      1,
      0,
    ],
    [
      'a listing for another file does not excuse',
      [finding('OPEN_EXTERNAL_JS_CHECK', 'main.ts', 2)],
      [allow('OPEN_EXTERNAL_JS_CHECK', 'ipc/shell.ts')],
      1,
      0,
      1,
    ],
    [
      'a listing that matches nothing is stale',
      [],
      [allow('PRELOAD_JS_CHECK', 'window.ts')],
      0,
      0,
      1,
    ],
  ])('%s', (_label, findings, allowList, failing, excused, stale) => {
    const verdict = judgeFindings(findings, allowList);
    expect([verdict.failing.length, verdict.excused.length, verdict.stale.length]).toEqual([
      failing,
      excused,
      stale,
    ]);
  });
});

describe('parseAllowList', () => {
  it('reads the project allow-list, every entry with a reason', () => {
    const list = parseAllowList(readFileSync('build/electronegativity-allow.json', 'utf8'));
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) expect(entry.reason.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['no array', '{}'],
    ['no reason', '{"allowed":[{"check":"A","file":"b.ts"}]}'],
    ['a token reason', '{"allowed":[{"check":"A","file":"b.ts","reason":"ok"}]}'],
  ])('refuses %s', (_label, text) => {
    expect(() => parseAllowList(text)).toThrow();
  });
});

describe('the scan', () => {
  it('finds the insecure window of the fixture', async () => {
    const findings = await scan('tests/fixtures/lint/electronegativity/insecure');
    const failing = judgeFindings(findings, []).failing.map((f) => f.check);
    expect(failing).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
  });

  it('fails the run for the insecure fixture with the project allow-list', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main('tests/fixtures/lint/electronegativity/insecure')).toBe(1);
      expect(error.mock.calls.flat().join('\n')).toMatch(
        /FAILING +HIGH CONTEXT_ISOLATION_JS_CHECK main\.js/,
      );
    } finally {
      error.mockRestore();
      log.mockRestore();
    }
  });

  it('passes electron/ with every allowance still matching something', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main('electron')).toBe(0);
      expect(error).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
