// Proves the formatting gate of `npm run lint`: Prettier, with the repo's own config and ignore
// file, refuses code that is not in its style and accepts the same code once formatted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const probe = join(root, 'shared', 'format-probe.ts');

async function optionsFor(filePath: string): Promise<prettier.Options> {
  const config = await prettier.resolveConfig(filePath, { editorconfig: true });
  return { ...config, filepath: filePath };
}

describe('the formatting gate', () => {
  it('is part of npm run lint, over the whole repo', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.lint).toMatch(/eslint \. --max-warnings 0/);
    expect(pkg.scripts.lint).toMatch(/prettier --check \./);
  });

  it('refuses badly formatted code and accepts it once formatted', async () => {
    const options = await optionsFor(probe);
    const messy = 'export const  probe = { a : "one",b:2 }\n';
    expect(await prettier.check(messy, options)).toBe(false);
    const tidy = await prettier.format(messy, options);
    expect(tidy).toBe("export const probe = { a: 'one', b: 2 };\n");
    expect(await prettier.check(tidy, options)).toBe(true);
  });

  it('covers the code folders and leaves fixtures byte for byte', async () => {
    const ignored = async (path: string) =>
      (await prettier.getFileInfo(join(root, path), { ignorePath: join(root, '.prettierignore') }))
        .ignored;
    for (const path of ['shared/a.ts', 'renderer/a.tsx', 'electron/a.ts', 'cli/a.ts', 'tests/a.ts'])
      expect(await ignored(path), path).toBe(false);
    expect(await ignored('tests/fixtures/reports/a.html')).toBe(true);
    expect(await ignored('shared/files/schema/workspace.schema.json')).toBe(true);
  });
});
