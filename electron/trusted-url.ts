// Which web pages a link in the app may open in the member's own browser: https only, and only
// the public sites the reports and law come from.
export const TRUSTED_EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'www.gov.uk',
  'reports.ofsted.gov.uk',
  'files.ofsted.gov.uk',
  'www.legislation.gov.uk',
  'www.justiceinspectorates.gov.uk',
  'www.cqc.org.uk',
]);

/** True when `url` is an https URL on an allow-listed host, with no credentials or odd port. */
export function isTrustedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    TRUSTED_EXTERNAL_HOSTS.has(parsed.hostname)
  );
}
