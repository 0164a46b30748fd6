// What a plain `scrutiny-desk import` loads before its answer: neither the command's thread nor
// the import's worker loads zod and the model's schemas (about 90 ms of a cold start on each);
// only `--out` loads them, when it reads the workspace. Followed through the static imports, as
// esbuild bundles the command line (scripts/build-cli.ts).
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every module `entry` loads through static imports (dynamic ones load only when asked). */
async function staticallyLoaded(entry: string): Promise<Set<string>> {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const inputs: Metafile['inputs'] = metafile.inputs;
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const edge of inputs[path]?.imports ?? [])
      if (edge.kind === 'import-statement') visit(edge.path);
  };
  visit(entry);
  return loaded;
}

describe('a plain import loads no schemas', () => {
  it.each(['cli/commands/import.ts', 'cli/import-worker.ts'])('%s', async (entry) => {
    const loaded = [...(await staticallyLoaded(entry))];
    expect(loaded.filter((path) => path === 'zod' || path.startsWith('zod/'))).toEqual([]);
    expect(
      loaded.filter((path) => /shared\/(model\/index|files\/envelope)\.ts$/.test(path)),
    ).toEqual([]);
    // The importer itself is there (the test follows real imports).
    if (entry.endsWith('import-worker.ts'))
      expect(loaded).toContain('shared/import/import-report.ts');
  });
});
