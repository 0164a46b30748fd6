// Backtracking inside one regular-expression search, which the call meter cannot see: the hostile
// text families run through the importer in a Node whose V8 stops any search that backtracks more
// than a million times (finishing it with V8's linear engine) and says so on standard error. A
// linear pattern backtracks a few times per character of these 40 KB inputs; a pattern with two
// runs that can trade characters (the old Markdown table rule on a line of spaces) goes past it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('regular expressions on hostile text', () => {
  it('never backtrack past the limit in a single search', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--enable-experimental-regexp-engine-on-excessive-backtracks',
        '--regexp-backtracks-before-fallback=1000000',
        '--trace-experimental-regexp-engine',
        '--import',
        'tsx',
        'tests/hostile/backtrack-probe.ts',
        '40000',
      ],
      { encoding: 'utf8', timeout: 50_000 },
    );
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toContain('done');
    const fallbacks = output
      .split('\n')
      .flatMap((line, i, lines) =>
        line.includes('Experimental execution') ? [`${lines[i - 1] ?? ''}: ${line}`] : [],
      );
    expect(fallbacks).toEqual([]);
  }, 60_000);
});
