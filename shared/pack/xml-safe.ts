// Word files are XML, and XML 1.0 cannot hold most control characters at all, even escaped: a
// vertical tab in a pack title (Shift+Enter in some inputs) gave a docx whose core.xml does not
// parse. Every string of a pack is cleaned before it is written as XML.

// C0 controls but tab, line feed and carriage return; the two non-characters XML forbids; and
// surrogate halves without their pair (the u flag makes a proper pair one character).
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const NOT_XML = /[\u0000-\u0008\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;

/** A vertical tab or form feed: a break in the member's text, so it becomes a space. */
// eslint-disable-next-line no-control-regex -- these two control characters are what it finds
const PAGE_BREAKS = /[\u000b\u000c]/g;

/** The text with what XML cannot hold removed; a vertical tab or form feed becomes a space. */
export function xmlSafeText(text: string): string {
  return text.replace(PAGE_BREAKS, ' ').replace(NOT_XML, '');
}

/** A copy of `value` with every string in it made XML-safe. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafe(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, xmlSafe(item)]),
    ) as T;
  }
  return value;
}
