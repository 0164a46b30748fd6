// Pins the packaging config: the installers we promise and the Electron fuses that lock the binary.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
  files: string[];
  electronFuses: Record<string, boolean>;
};

describe('electron-builder.yml', () => {
  it('names the product and its id', () => {
    expect(config.productName).toBe('Scrutiny Desk');
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packs only the built app from out/, inside an asar archive', () => {
    expect(config.asar).toBe(true);
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.filter((p) => p !== 'package.json').every((p) => p.startsWith('out/'))).toBe(
      true,
    );
    expect(included).toEqual(
      expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']),
    );
  });

  it('sets the Electron fuses: no run-as-node, NODE_OPTIONS or inspect; cookie encryption and asar integrity on', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it("passes electron-builder's own schema, so no key is misspelt and silently ignored", async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (
        config: unknown,
        logger: { isEnabled: boolean; add: () => void },
      ) => Promise<void>;
    };
    await expect(
      validateConfiguration(config, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
    await expect(
      validateConfiguration(
        { ...config, electronFuse: {} },
        { isEnabled: false, add: () => undefined },
      ),
    ).rejects.toThrow(/electronFuse/);
  });
});
