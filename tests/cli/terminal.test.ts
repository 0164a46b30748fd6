// The CLI's small contracts with the terminal: only real commands are commands (not the names every
// object inherits), a file name holding a line break still gives one error line, and words from
// a file (a sender's name) never reach the terminal as escape sequences it would obey.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli';
import { terminalLine, terminalText } from '../../cli/terminal';
import { buildBundle } from '../../shared/files/bundle';
import { serializeWorkspace } from '../../shared/files/serialize';
import { SHA_DEVON, report, workspace } from '../shared/merge/workspace-fixture';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const ESC = String.fromCharCode(27);
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-terminal-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('command lookup', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    '"%s" is an unknown command (exit 2, one line)',
    async (name) => {
      const result = await run(name);
      expect(result.status).toBe(2);
      expect(result.err).toEqual([
        `error: unknown command "${name}"; run "scrutiny-desk --help" to see the commands.`,
      ]);
    },
  );
});

describe('one line per error', () => {
  it('a line break in a file name is shown escaped, on one line', async () => {
    const result = await run('check', join(folder, 'two\nlines.json'));
    expect(result.status).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).not.toMatch(/\n./);
    expect(result.err[0]).toContain('two\\nlines.json');
  });
});

describe('escape sequences from files', () => {
  it('a sender name that would clear the screen is printed escaped by merge', async () => {
    const sender = `${ESC}[2J${ESC}[HAll merged, nothing to review${String.fromCharCode(0x9b)}31m`;
    const mine = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    const theirs = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    const minePath = join(folder, 'mine.json');
    const theirsPath = join(folder, 'theirs.json');
    await writeFile(minePath, serializeWorkspace(mine, 'me', NOW));
    await writeFile(
      theirsPath,
      JSON.stringify(
        buildBundle(theirs, { type: 'everything' }, sender, NOW, { notes: 'everyone' }),
      ),
    );
    const result = await run('merge', minePath, theirsPath, '--out', join(folder, 'merged.json'));
    expect(result.status).toBe(0);
    const printed = [...result.out, ...result.err].join('\n');
    expect(printed).not.toContain(ESC);
    expect(printed).not.toContain(String.fromCharCode(0x9b));
    expect(printed).toContain('\\u001b[2J');
  });

  it('keeps ordinary text, line breaks in standard output and valid JSON', () => {
    expect(terminalText('Kent County Council\n  12 findings\t(ok)')).toBe(
      'Kent County Council\n  12 findings\t(ok)',
    );
    const json = JSON.stringify({ name: `a${String.fromCharCode(0x9b)}b${ESC}c\u202ed` });
    expect(JSON.parse(terminalText(json))).toEqual({
      name: `a${String.fromCharCode(0x9b)}b${ESC}c\u202ed`,
    });
    expect(terminalLine('error: bad\r\nname\n')).toBe('error: bad\\r\\nname\n');
  });
});
