// Hostile inputs (issue 16) through the built command line, as a user runs it: for each family of
// the issue, its largest input, made by the tests' own generators (tests/hostile), run in a child
// process of its own under /usr/bin/time for wall time and peak memory (resident set, the worker
// thread's included), held to the issue's budget of 30 s and 1.5 GB. Each figure's label says the
// input and how the command ended (exit 0 read, exit 2 refused in one line). A real full disk is
// tried too where the machine allows a user namespace (`unshare`), and says so where it does not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serializeWorkspace } from '../../shared/files/serialize';
import { fixture } from '../../tests/fixtures/reports/make-files';
import {
  deepDocx,
  hugeDocumentDocx,
  mismatchedHeadersDocx,
} from '../../tests/hostile/docx-generators';
import { deepWorkspace, emptyNotesWorkspace } from '../../tests/hostile/file-generators';
import {
  deepFlateBombPdf,
  encryptedBombPdf,
  flateLzwBombPdf,
  hexFlateBombPdf,
  lzwBombPdf,
  runLengthBombPdf,
} from '../../tests/hostile/pdf-filter-generators';
import { nestedFormsPdf } from '../../tests/hostile/pdf-generators';
import { hostilePage, hostileReport, repeatTo } from '../../tests/hostile/text-generators';
import { buildCli } from '../build-cli';
import { syntheticWorkspace } from './synthetic';
import type { BenchCase, Figure } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const TIME = '/usr/bin/time';
const SECONDS = 30;
const MEGABYTES = 1536;

interface Run {
  status: number;
  seconds: number;
  peakMb: number;
  err: string;
}

/** One command in a child process under /usr/bin/time: wall seconds and peak resident memory. */
function timed(runner: string, cwd: string, args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(TIME, ['-f', 'TIME %e %M', process.execPath, runner, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('close', () => {
      const lines = err.trimEnd().split('\n');
      const last = /^TIME ([\d.]+) (\d+)$/.exec(lines.at(-1) ?? '');
      // /usr/bin/time says "Command exited with non-zero status N" before its own line.
      const exit = /Command exited with non-zero status (\d+)/.exec(err);
      done({
        status: exit ? Number(exit[1]) : 0,
        seconds: Number(last?.[1] ?? NaN),
        peakMb: Number(last?.[2] ?? NaN) / 1024,
        err:
          lines.filter((l) => !l.startsWith('TIME ') && !l.startsWith('Command exited'))[0] ?? '',
      });
    });
  });
}

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;

function figures(label: string, run: Run): Figure[] {
  const ended =
    run.status === 0
      ? 'exit 0'
      : `exit ${run.status}${run.err ? `: ${run.err.replace(/^error: /, '').slice(0, 70)}…` : ''}`;
  console.log(`  ${label} → ${ended} (${run.seconds} s, ${Math.round(run.peakMb)} MB)`);
  return [
    { label: `${label} (${ended}), wall`, value: run.seconds, unit: 's', target: SECONDS },
    {
      label: `${label}, peak memory`,
      value: Math.round(run.peakMb),
      unit: 'MB',
      target: MEGABYTES,
    },
  ];
}

/** A workspace whose notes are 200,000 characters each, with control characters, and a pack title
 * with a vertical tab and an escape sequence. */
function controlCharacterWorkspace(): string {
  const data = syntheticWorkspace({ reports: 1, findingsPerReport: 12, annotations: 6, seed: 16 });
  const control = `${String.fromCharCode(11)}${String.fromCharCode(1)}\u001b[2J`;
  const note = repeatTo(
    [`Children were seen quickly${control} and plans were reviewed. `],
    200_000,
  ).slice(0, 200_000);
  for (const annotation of data.annotations) if (annotation.body) annotation.body = note;
  for (const pack of data.packs) pack.title = `Children${String.fromCharCode(11)}services\u001b[2J`;
  return serializeWorkspace(data, 'bench', new Date('2026-12-02T00:00:00Z'));
}

/** The real full disk of tests/hostile/full-disk.test.ts, once, as a figure: seconds to refuse. */
function fullDisk(folder: string, runner: string): Figure[] {
  const disk = join(folder, 'disk');
  const script = String.raw`
mount -t tmpfs -o size=1m tmpfs "$DISK" || exit 90
node "$RUNNER" import "$DIR/lowmoor.txt" --out "$DISK/ws.json" > /dev/null 2>&1 || exit 91
head -c 2000000 /dev/zero > "$DISK/filler" 2> /dev/null
before=$(sha256sum "$DISK/ws.json")
start=$(date +%s%N)
node "$RUNNER" import "$DIR/westbury.txt" --out "$DISK/ws.json" > /dev/null 2> "$DIR/full-err"
status=$?
end=$(date +%s%N)
[ "$before" = "$(sha256sum "$DISK/ws.json")" ] && same=yes || same=no
echo "$status $((end - start)) $same $(ls -A "$DISK" | grep -v '^filler$' | tr '\n' ' ')"`;
  const run = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {
    encoding: 'utf8',
    env: { ...process.env, DISK: disk, DIR: folder, RUNNER: runner },
  });
  if (run.status !== 0) {
    console.log(
      `  full disk: not tried, this machine gives no user namespace with a tmpfs (unshare: ${run.stderr.trim().split('\n')[0] ?? run.status}); the injected ENOSPC test still runs`,
    );
    return [];
  }
  const [status, nanoseconds, same, ...left] = run.stdout.trim().split(' ');
  const seconds = Number(nanoseconds) / 1e9;
  console.log(
    `  full disk: exit ${status} in ${seconds.toFixed(2)} s, workspace unchanged: ${same}, files left: ${left.join(' ')}`,
  );
  return [
    {
      label: `import --out onto a full 1 MB tmpfs (exit ${status}, workspace unchanged: ${same}, left: ${left.join(' ')}), wall`,
      value: Number(seconds.toFixed(2)),
      unit: 's',
      target: SECONDS,
    },
  ];
}

export const cases: BenchCase[] = [
  {
    id: 'hostile',
    issue: 16,
    async run() {
      if (!existsSync(TIME))
        throw new Error('the hostile case needs /usr/bin/time (apt-get install time)');
      const out = join(ROOT, 'out', `cli-hostile-bench-${process.pid}`);
      const folder = await mkdtemp(join(tmpdir(), 'scrutiny-hostile-bench-'));
      try {
        await buildCli(out);
        const runner = join(out, 'run.mjs');
        await writeFile(
          runner,
          "const { main } = await import('./main.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n",
        );
        const put = async (name: string, data: Uint8Array | string) => {
          await writeFile(join(folder, name), data);
          return typeof data === 'string' ? Buffer.byteLength(data) : data.length;
        };
        const all: Figure[] = [];
        const importOf = async (
          family: string,
          name: string,
          data: Uint8Array | string,
          what: string,
        ) => {
          const bytes = await put(name, data);
          all.push(
            ...figures(
              `${family}: ${what}, ${size(bytes)} file`,
              await timed(runner, folder, ['import', name, '--json']),
            ),
          );
        };

        console.log('zip/docx bombs');
        await importOf(
          'docx',
          'mismatch.docx',
          mismatchedHeadersDocx(190),
          'headers hiding 190 MB of XML',
        );
        await importOf(
          'docx',
          'huge.docx',
          hugeDocumentDocx(190),
          '190 MB of XML inside the zip limit',
        );
        await importOf('docx', 'deep.docx', deepDocx(1_000_000), 'XML nested a million deep');

        console.log('PDF bombs (flate and the other filters)');
        await importOf(
          'pdf',
          'flate.pdf',
          deepFlateBombPdf(8),
          'Flate twice over, 8 GB of content',
        );
        await importOf('pdf', 'lzw.pdf', lzwBombPdf(2), 'LZW alone, 2 GB of content');
        await importOf('pdf', 'flate-lzw.pdf', flateLzwBombPdf(8), 'LZW under Flate, 8 GB');
        await importOf('pdf', 'hex.pdf', hexFlateBombPdf(8), 'Flate twice under ASCIIHex, 8 GB');
        await importOf(
          'pdf',
          'runlength.pdf',
          runLengthBombPdf(8),
          'RunLength under Flate twice, 8 GB',
        );
        await importOf(
          'pdf',
          'aes256.pdf',
          encryptedBombPdf('aes256', 8),
          'AES-256 encrypted Flate, 8 GB',
        );

        console.log('nested form XObjects');
        await importOf(
          'forms',
          'forms.pdf',
          nestedFormsPdf(40),
          'forms drawing each other 2^40 times',
        );

        console.log('quadratic text stages (just under the 1.5 million character limit)');
        const chars = 1_450_000;
        await importOf(
          'text',
          'continuation.txt',
          hostileReport(['continuation'], chars),
          'continuation lines',
        );
        await importOf(
          'text',
          'endless.txt',
          hostileReport(['endless', 'inspectionOf'], chars),
          'one endless paragraph',
        );
        await importOf(
          'text',
          'brackets.md',
          hostileReport(['brackets', 'linkOpen', 'spaces'], chars),
          'Markdown brackets',
        );
        await importOf(
          'html',
          'unclosed.html',
          hostilePage(['unclosedInline'], 1_800_000),
          '600,000 unclosed tags',
        );

        console.log('slow refusals of big workspaces');
        for (const [name, data, what] of [
          ['empty-notes.json', emptyNotesWorkspace(10_000_000), '10 million empty notes'],
          ['deep.json', deepWorkspace(10_000_000), 'nested 10 million deep'],
        ] as const) {
          const bytes = await put(name, data);
          all.push(
            ...figures(
              `workspace: check, ${what}, ${size(bytes)} file`,
              await timed(runner, folder, ['check', name]),
            ),
          );
        }

        console.log('big HTML and text');
        await importOf(
          'html',
          'big.html',
          hostilePage(['words'], 58 * 1024 * 1024),
          'a web page of words under the 60 MB limit',
        );
        await importOf(
          'html',
          'tables.html',
          hostilePage(['words', 'table'], 58 * 1024 * 1024),
          'a web page of unclosed tables under the 60 MB limit',
        );
        await importOf(
          'text',
          'big.txt',
          'Children are seen. '.repeat(15_000_000),
          '285 MB of text',
        );

        console.log('clobbering: two imports into one --out at once');
        await put('lowmoor.txt', fixture('ilacs-2023-lowmoor.txt'));
        await put('westbury.txt', fixture('sif-westbury.txt'));
        const both = await Promise.all([
          timed(runner, folder, ['import', 'lowmoor.txt', '--out', 'shared.json']),
          timed(runner, folder, ['import', 'westbury.txt', '--out', 'shared.json']),
        ]);
        const [a, b] = both as [Run, Run];
        // Both may succeed when one finished before the other began; then both reports are there.
        const saved = (
          JSON.parse(await readFile(join(folder, 'shared.json'), 'utf8')) as {
            data: { reports: unknown[] };
          }
        ).data.reports.length;
        const succeeded = [a, b].filter((run) => run.status === 0).length;
        all.push(
          ...figures(
            `clobbering: two imports into one --out, exits ${a.status} and ${b.status}, ${saved} report(s) saved`,
            {
              status: saved === succeeded ? 0 : 1,
              seconds: Math.max(a.seconds, b.seconds),
              peakMb: Math.max(a.peakMb, b.peakMb),
              err: saved === succeeded ? '' : 'a change was lost',
            },
          ),
        );
        const left = (await readdir(folder)).filter((n) => n.startsWith('.shared.json'));
        console.log(`  files left beside shared.json: ${left.length ? left.join(' ') : 'none'}`);

        console.log('control characters: a pack with six 200,000-character notes');
        await put('control.json', controlCharacterWorkspace());
        for (const format of ['pdf', 'docx'] as const)
          all.push(
            ...figures(
              `control characters: pack --format ${format}, notes of 200,000 characters`,
              await timed(runner, folder, [
                'pack',
                'control.json',
                '--format',
                format,
                '--out',
                `control.${format}`,
              ]),
            ),
          );

        console.log('a real full disk');
        await mkdir(join(folder, 'disk'));
        all.push(...fullDisk(folder, runner));
        return all;
      } finally {
        await rm(folder, { recursive: true, force: true });
        await rm(out, { recursive: true, force: true });
      }
    },
  },
];
