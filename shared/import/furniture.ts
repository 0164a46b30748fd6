// Lines that are page furniture rather than report: running headers and footers of PDFs, and the
// menus, contact details and social links of web pages and pasted text.
import { fold } from './fold';

const SOCIAL =
  /\b(?:linkedin|facebook|twitter|instagram|youtube|pinterest|rss|tiktok|whatsapp|email this|share this)\b/g;
const WEB_FURNITURE: readonly RegExp[] = [
  /^(?:tel|telephone|phone|fax|email|e-mail)\s*[:.]/i,
  /\bcontact us\b/i,
  /\b(?:website design|web design|powered by|all rights reserved|privacy policy|cookie|cookies|terms and conditions|sign up|subscribe|newsletter|skip to (?:main )?content|back to top|accessibility statement|sitemap|log ?in|follow us)\b/i,
  /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b.*$/,
  /^©/,
  /\bmarket research by\b/i,
];

/** True for a short line that is web-page furniture (contacts, social links, legal small print). */
export function isWebFurniture(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 160) return false;
  const social = fold(trimmed).match(SOCIAL)?.length ?? 0;
  if (social >= 2) return true;
  // A postcode only counts in a short line, where it is an address rather than prose.
  return (
    WEB_FURNITURE.some((pattern) => pattern.test(trimmed)) &&
    !/[.!?]["”’]?$/.test(trimmed.replace(/\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/, ''))
  );
}

/** The shape of a line with its digits blurred, so "Page 3" and "Page 4" count as the same line. */
function shape(line: string): string {
  return fold(line).replace(/\d+/g, '#');
}

const EDGE = 3;

/**
 * Removes lines that repeat at the top or bottom of many pages (running headers and footers, with
 * their dates and page numbers) and lone page numbers there.
 */
export function removeRunningLines(pages: readonly string[][]): string[][] {
  if (pages.length < 3) return pages.map((lines) => [...lines]);
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const line of edgeLines(lines)) seen.add(shape(line));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.4));
  const running = (line: string) => {
    const s = shape(line);
    return (
      (counts.get(s) ?? 0) >= threshold ||
      /^#{1,4}$/.test(s) ||
      /^page # of #$/.test(s) ||
      /^page #$/.test(s)
    );
  };
  return pages.map((lines) => {
    const kept = [...lines];
    trimEdge(kept, running, 'top');
    trimEdge(kept, running, 'bottom');
    return kept;
  });
}

function edgeLines(lines: readonly string[]): string[] {
  const nonEmpty = lines.filter((l) => l.trim().length > 0);
  return [...nonEmpty.slice(0, EDGE), ...nonEmpty.slice(-EDGE)];
}

function trimEdge(
  lines: string[],
  running: (line: string) => boolean,
  side: 'top' | 'bottom',
): void {
  let checked = 0;
  let index = side === 'top' ? 0 : lines.length - 1;
  while (index >= 0 && index < lines.length && checked < EDGE) {
    const line = lines[index] ?? '';
    if (line.trim().length === 0) {
      index += side === 'top' ? 1 : -1;
      continue;
    }
    checked += 1;
    if (running(line)) {
      lines.splice(index, 1);
      if (side === 'bottom') index -= 1;
    } else {
      index += side === 'top' ? 1 : -1;
    }
  }
}
