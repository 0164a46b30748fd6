// scrutiny-desk import: summary, --json, --out (created, no duplicates, revised report replaced with
// annotations re-anchored and orphans listed), and one-line errors with exit 2 writing nothing.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { restoreFileText } from '../../shared/files/restore';
import { serializeWorkspace } from '../../shared/files/serialize';
import { createAnnotation } from '../../shared/merge/editing';
import { selectorAt } from '../../shared/anchoring/quote';
import { fixture, makePdf } from '../fixtures/reports/make-files';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-import-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ status: number; out: string; err: string[] }> {
  const result = await runCli(...argv);
  return { ...result, out: result.out.join('\n') };
}

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

describe('scrutiny-desk import', () => {
  it('prints a readable summary of what it read', async () => {
    const path = await put('lowmoor.txt', fixture('ilacs-2023-lowmoor.txt'));
    const { status, out, err } = await run('import', path);
    expect(status).toBe(0);
    expect(err).toEqual([]);
    expect(out).toContain("Inspection of Lowmoor local authority children's services");
    expect(out).toContain('Authority: Lowmoor · Ofsted · ILACS (2023 framework)');
    expect(out).toContain('  Overall effectiveness: Requires improvement to be good');
    expect(out).toContain('  The experiences and progress of care leavers: Outstanding');
    expect(out).toMatch(
      /Findings: \d+ \(\d+ strengths, \d+ areas for improvement, 2 recommendations, \d+ context\)/,
    );
  });

  it('prints the ImportResult of design.md with --json', async () => {
    const path = await put('westbury.txt', fixture('sif-westbury.txt'));
    const { status, out } = await run('import', path, '--json');
    expect(status).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown> & {
      report: Record<string, unknown>;
      judgements: unknown[];
      findings: Record<string, unknown>[];
      warnings: unknown[];
    };
    expect(result.report).toMatchObject({
      authority: 'Westbury City Council',
      inspectorate: 'Ofsted',
      framework: 'sif',
      variant: null,
      publishedOn: '2015-08-04',
      leadInspector: null,
    });
    expect(result.judgements).toContainEqual({
      key: 'lscb',
      label: 'The Local Safeguarding Children Board',
      grade: 'good',
      gradeText: 'Good',
    });
    expect(Object.keys(result.findings[0] ?? {}).sort()).toEqual([
      'id',
      'kind',
      'section',
      'source',
      'text',
      'themes',
    ]);
    expect(Array.isArray(result.warnings)).toBe(true);
  });

  it('reads a PDF with pdf.js in Node', async () => {
    const path = await put(
      'testshire.pdf',
      makePdf([
        [
          'Inspection of Testshire local authority children’s services',
          '',
          'Overall effectiveness Good',
        ],
        ['1. Leaders know their services well and act quickly on what they learn.'],
      ]),
    );
    const { status, out } = await run('import', path, '--json');
    expect(status).toBe(0);
    expect(JSON.parse(out).report.pages).toBe(2);
  });

  it('adds the report to a new workspace file, and adds nothing when it is imported again', async () => {
    const report = await put('lowmoor-out.txt', fixture('ilacs-2023-lowmoor.txt'));
    const workspace = join(folder, 'new-workspace.json');
    const first = await run('import', report, '--out', workspace);
    expect(first.status).toBe(0);
    expect(first.out).toContain(`Added to ${workspace}.`);
    const saved = restoreFileText(await readFile(workspace, 'utf8'));
    if (saved.kind !== 'workspace') throw new Error('expected a workspace');
    expect(saved.file.data.reports).toHaveLength(1);
    expect(saved.file.data.judgements).toHaveLength(5);
    const before = await readFile(workspace, 'utf8');
    const again = await run('import', report, '--out', workspace, '--json');
    expect(JSON.parse(again.out).workspace).toMatchObject({ change: 'unchanged', orphaned: [] });
    expect(await readFile(workspace, 'utf8')).toBe(before);
  });

  it('replaces a revised report, re-anchors its annotations and lists the orphans', async () => {
    const firstPath = await put('lowmoor-v1.txt', fixture('ilacs-2023-lowmoor.txt'));
    const workspace = join(folder, 'revised.json');
    await run('import', firstPath, '--out', workspace);
    const restored = restoreFileText(await readFile(workspace, 'utf8'));
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    const data = restored.file.data;
    const noteOn = (start: string, quote: string) => {
      const finding = data.findings.find((f) => f.text.startsWith(start));
      if (!finding) throw new Error(start);
      const at = finding.text.indexOf(quote);
      return createAnnotation(
        {
          kind: 'note',
          target: {
            reportId: finding.reportId,
            findingId: finding.id,
            findingText: finding.text,
            selector: selectorAt(finding.text, at, at + quote.length),
          },
          body: 'Ask officers',
        },
        'Cllr Okafor',
        new Date(),
      );
    };
    data.annotations.push(
      noteOn('Care leavers benefit', 'personal advisers'),
      noteOn('Children in care are visited', 'visited regularly'),
    );
    await writeFile(workspace, serializeWorkspace(data, 'Cllr Okafor', new Date()));
    const revised = await put(
      'lowmoor-v2.txt',
      fixture('ilacs-2023-lowmoor.txt').replace(
        '5. Children in care are visited regularly by social workers who know them well.',
        '5. Children in care have stable relationships with their social workers.',
      ),
    );
    const { status, out } = await run('import', revised, '--out', workspace);
    expect(status).toBe(0);
    expect(out).toContain('Replaced the earlier version of this report');
    expect(out).toContain(
      '1 annotation could not be placed in the new version and is kept as orphaned:',
    );
    expect(out).toContain('"visited regularly"');
    const after = restoreFileText(await readFile(workspace, 'utf8'));
    if (after.kind !== 'workspace') throw new Error('expected a workspace');
    expect(after.file.data.reports).toHaveLength(1);
    expect(after.file.data.annotations.map((a) => a.orphaned).sort()).toEqual([false, true]);
    expect(
      after.file.data.findings.some((f) => f.text.startsWith('Children in care have stable')),
    ).toBe(true);
  });

  it('refuses bad input with one error line, exit 2, and writes nothing', async () => {
    const empty = await put('empty.pdf', '');
    const workspace = join(folder, 'untouched.json');
    const { status, out, err } = await run('import', empty, '--out', workspace);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toEqual([
      `error: "empty.pdf" is empty; choose the report file itself, or paste the report's text.`,
    ]);
    expect(
      (await readdir(folder)).some(
        (f) => f.startsWith('untouched') || f.includes('untouched.json.'),
      ),
    ).toBe(false);
  });

  it('says plainly when the file is missing or the usage is wrong', async () => {
    expect((await run('import', join(folder, 'nope.pdf'))).err).toEqual([
      `error: there is no file at ${join(folder, 'nope.pdf')}; check the path and try again.`,
    ]);
    const usage = await run('import');
    expect(usage.status).toBe(2);
    expect(usage.err[0]).toMatch(
      /^error: import takes one report file; usage: scrutiny-desk import <file>/,
    );
    expect((await run('import', 'a.txt', '--out')).err[0]).toMatch(
      /^error: --out needs the workspace file to write/,
    );
    expect((await run('import', 'a.txt', '--fast')).err[0]).toMatch(
      /^error: import takes no option "--fast"/,
    );
  });

  it('refuses to add a report to a damaged workspace file and leaves it as it was', async () => {
    const report = await put('lowmoor-bad.txt', fixture('ilacs-2023-lowmoor.txt'));
    const workspace = await put('damaged.json', '{"format":"scrutiny-desk/workspace","version":2');
    const { status, err } = await run('import', report, '--out', workspace);
    expect(status).toBe(2);
    expect(err).toHaveLength(1);
    expect(await readFile(workspace, 'utf8')).toBe(
      '{"format":"scrutiny-desk/workspace","version":2',
    );
  });
});
