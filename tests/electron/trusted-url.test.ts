// Pins which links may leave the app for the member's browser.
import { describe, expect, it } from 'vitest';
import { isTrustedExternalUrl } from '../../electron/trusted-url';

describe('isTrustedExternalUrl', () => {
  it.each([
    ['https://www.gov.uk/government/publications/x', true],
    ['https://reports.ofsted.gov.uk/provider/44/80512', true],
    ['https://files.ofsted.gov.uk/v1/file/50212345', true],
    ['https://www.legislation.gov.uk/ukpga/1989/41', true],
    ['https://WWW.GOV.UK/guidance', true],
    ['http://www.gov.uk/', false],
    ['https://gov.uk/', false],
    ['https://evil.www.gov.uk/', false],
    ['https://www.gov.uk.evil.example/', false],
    ['https://www.gov.uk@evil.example/', false],
    ['https://user:pass@www.gov.uk/', false],
    ['https://www.gov.uk:8443/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://scrutiny-desk/index.html', false],
    ['smb://www.gov.uk/share', false],
    ['not a url', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isTrustedExternalUrl(url)).toBe(expected);
  });
});
