// Pins what npm start chooses: the desktop app when Electron's binary is there, otherwise the
// browser fallback with one line saying why. Nothing is launched.
import { describe, expect, it } from 'vitest';
import { NO_ELECTRON_MESSAGE, findElectronBinary, planStart } from '../../scripts/start';

describe('planStart', () => {
  it('runs the desktop app with the binary that is present', () => {
    expect(planStart('/opt/electron/electron')).toEqual({
      kind: 'desktop',
      binary: '/opt/electron/electron',
    });
  });

  it('falls back to the browser with one line saying why when the binary is missing', () => {
    const plan = planStart(null);
    expect(plan).toEqual({ kind: 'browser', message: NO_ELECTRON_MESSAGE });
    expect(NO_ELECTRON_MESSAGE).not.toContain('\n');
    expect(NO_ELECTRON_MESSAGE).toMatch(/Electron is not available/);
    expect(NO_ELECTRON_MESSAGE).toMatch(/browser/);
  });
});

describe('findElectronBinary', () => {
  it('returns the path the electron package gives when that file exists', () => {
    expect(
      findElectronBinary(
        () => '/e/electron',
        (path) => path === '/e/electron',
      ),
    ).toBe('/e/electron');
  });

  it('is null when the package names a binary that was never downloaded', () => {
    expect(
      findElectronBinary(
        () => '/e/electron',
        () => false,
      ),
    ).toBeNull();
  });

  it('is null when the electron package throws (installed without its binary)', () => {
    expect(
      findElectronBinary(
        () => {
          throw new Error('Electron failed to install correctly');
        },
        () => true,
      ),
    ).toBeNull();
  });
});
