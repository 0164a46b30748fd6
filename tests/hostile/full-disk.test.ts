// A real full disk, not an injected error: a 1 MB tmpfs mounted in a user and mount namespace of
// the test's own (`unshare --user --map-root-user --mount`, which needs no privileges on a Linux
// with user namespaces, as Debian and Ubuntu have them), filled up, and `import --out` run onto it
// as a user runs it. The command says in one line that the disk is full and nothing was written;
// the workspace already there is byte for byte as it was; no temporary or lock file is left.
// (tests/hostile/writes.test.ts checks the same message from an injected ENOSPC.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../fixtures/reports/make-files';

const ROOT = join(import.meta.dirname, '../..');
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-full-disk-'));
  await mkdir(join(folder, 'disk'));
  await writeFile(join(folder, 'lowmoor.txt'), fixture('ilacs-2023-lowmoor.txt'));
  await writeFile(join(folder, 'westbury.txt'), fixture('sif-westbury.txt'));
  await writeFile(
    join(folder, 'run.mts'),
    `const { main } = await import(${JSON.stringify(join(ROOT, 'cli/main.ts'))});\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Inside the namespace: mount, make the workspace while there is room, fill the disk, run the
 * second import three ways, and print what each left as JSON lines. */
const SCRIPT = String.raw`
set -u
mount -t tmpfs -o size=1m tmpfs "$DISK" || exit 90
cli() { node --import tsx "$DIR/run.mts" "$@"; }
state() { cp "$DIR/err" "$DIR/err-$1"; printf '{"case":"%s","status":%s,"sum":"%s","files":"%s"}\n' \
  "$1" "$2" "$(sha256sum "$DISK/ws.json" 2>/dev/null | cut -c1-64)" \
  "$(ls -A "$DISK" | grep -v '^filler' | grep -v '^spare$' | tr '\n' ' ')"; }
cli import "$DIR/lowmoor.txt" --out "$DISK/ws.json" > /dev/null 2> "$DIR/err"
state made $?
head -c 8192 /dev/zero > "$DISK/spare"
head -c 2000000 /dev/zero > "$DISK/filler" 2> /dev/null
cli import "$DIR/westbury.txt" --out "$DISK/ws.json" > /dev/null 2> "$DIR/err"
state full $?
rm "$DISK/spare"
cli import "$DIR/westbury.txt" --out "$DISK/ws.json" > /dev/null 2> "$DIR/err"
state almost $?
rm "$DISK/ws.json"
head -c 2000000 /dev/zero > "$DISK/filler2" 2> /dev/null
cli import "$DIR/westbury.txt" --out "$DISK/ws.json" > /dev/null 2> "$DIR/err"
state new $?
`;

interface State {
  case: string;
  status: number;
  /** What the command wrote on stderr. */
  err: string;
  sum: string;
  files: string;
}

describe('a real full disk', () => {
  it('import --out onto a full disk says so in one line and leaves the workspace as it was', () => {
    const run = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', SCRIPT], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, DISK: join(folder, 'disk'), DIR: folder },
    });
    // Not a skip: a machine without user namespaces fails here, saying why.
    expect(
      run.status,
      `unshare --user --mount could not make a namespace with a tmpfs (user namespaces off?): ${run.stderr}`,
    ).toBe(0);
    const states = Object.fromEntries(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as State)
        .map((s) => [s.case, { ...s, err: readFileSync(join(folder, `err-${s.case}`), 'utf8') }]),
    ) as Record<string, State>;
    const made = states.made;
    expect(made?.status, made?.err).toBe(0);
    expect(made?.sum).toMatch(/^[0-9a-f]{64}$/);
    const refusal = (path: string) =>
      `error: cannot write "${path}" (ENOSPC): the disk is full, so nothing was written; free some space and run the command again.\n`;
    const ws = join(folder, 'disk', 'ws.json');
    // Full: not even the lock file's process id fits. Almost full: the lock fits, the workspace not.
    for (const name of ['full', 'almost']) {
      const state = states[name];
      expect(state?.status, name).toBe(2);
      expect(state?.err, name).toBe(refusal(ws));
      expect(state?.sum, name).toBe(made?.sum);
      expect(state?.files.trim(), name).toBe('ws.json');
    }
    // A new --out on a full disk: nothing is made at all.
    expect(states.new?.status).toBe(2);
    expect(states.new?.err).toBe(refusal(ws));
    expect(states.new?.files.trim()).toBe('');
  }, 150_000);
});
