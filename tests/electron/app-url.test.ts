// Pins which senders count as the app's own page (the origin check of every IPC handler).
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/app-url';

describe('isAppUrl', () => {
  it.each([
    [APP_ENTRY_URL, true],
    ['app://scrutiny-desk/', true],
    ['app://scrutiny-desk/index.html#/library', true],
    ['app://other-host/index.html', false],
    ['app://user@scrutiny-desk/index.html', false],
    ['https://scrutiny-desk/index.html', false],
    ['http://127.0.0.1:5178/', false],
    ['file:///work/out/renderer/index.html', false],
    ['about:blank', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%s -> %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});
