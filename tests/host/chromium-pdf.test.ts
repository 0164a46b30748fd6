// Finding a Chromium for the accessible PDF: the one named in SCRUTINY_CHROMIUM, else the first
// installed in the usual places, else one line naming what to install.
import { describe, expect, it } from 'vitest';
import { NO_CHROMIUM, findChromium, hasStructureTree } from '../../host/chromium-pdf';

const installed =
  (...paths: string[]) =>
  (path: string) =>
    Promise.resolve(paths.includes(path));

describe('findChromium', () => {
  it('takes the first browser installed in the usual places', async () => {
    expect(
      await findChromium(
        {},
        'linux',
        installed('/usr/bin/google-chrome', '/usr/bin/chromium-browser'),
      ),
    ).toBe('/usr/bin/chromium-browser');
    expect(
      await findChromium(
        {},
        'darwin',
        installed('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      ),
    ).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('prefers SCRUTINY_CHROMIUM, and says so when it points at nothing', async () => {
    expect(
      await findChromium(
        { SCRUTINY_CHROMIUM: '/opt/chrome' },
        'linux',
        installed('/opt/chrome', '/usr/bin/chromium'),
      ),
    ).toBe('/opt/chrome');
    await expect(
      findChromium({ SCRUTINY_CHROMIUM: '/opt/none' }, 'linux', installed('/usr/bin/chromium')),
    ).rejects.toThrow('SCRUTINY_CHROMIUM is "/opt/none"');
  });

  it('names what to install when there is none', async () => {
    await expect(findChromium({}, 'linux', installed())).rejects.toThrow(NO_CHROMIUM);
    expect(NO_CHROMIUM).toContain('sudo apt install chromium');
    expect(NO_CHROMIUM).not.toContain('\n');
  });
});

describe('hasStructureTree', () => {
  it('tells a tagged PDF from an untagged one', () => {
    const enc = new TextEncoder();
    expect(
      hasStructureTree(enc.encode('%PDF-1.4 1 0 obj << /Type /Catalog /StructTreeRoot 5 0 R >>')),
    ).toBe(true);
    expect(hasStructureTree(enc.encode('%PDF-1.4 1 0 obj << /Type /Catalog /Pages 2 0 R >>'))).toBe(
      false,
    );
  });
});
