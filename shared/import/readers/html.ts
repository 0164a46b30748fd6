// Reads a web page's words with htmlparser2, keeping block structure as lines and dropping what
// is not the report: scripts, styles, menus, headers, footers, forms and other page furniture.
import { Parser } from 'htmlparser2';
import { InputError } from '../../errors';
import type { Extracted } from '../extracted';
import { LIMITS, megabytes } from '../limits';
import { decodeText } from './text';

export interface HtmlLimits {
  maxHtmlDepth: number;
  maxHtmlElements: number;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'form',
  'aside',
  'svg',
  'iframe',
  'button',
  'select',
  'textarea',
  'head',
  'object',
  'canvas',
  'menu',
  'dialog',
]);
const SKIP_ROLES = /\b(?:navigation|banner|contentinfo|search|complementary|menu|menubar|dialog)\b/;
const SKIP_CLASSES =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|cookie|cookies|footer|header|social|share|sharing|sidebar|skip-link|related|newsletter)(?:$|[\s_-])/i;
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'br',
  'tr',
  'table',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'hr',
  'figure',
  'figcaption',
  'caption',
  'address',
]);
const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
]);

function charsetOf(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]{0,500}charset=["']?([\w-]{1,40})/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The page's text, decoded as its bytes allow, and a warning when the page's own charset
 * declaration had to be set aside: a page saved as UTF-8 that still declares UTF-16 (or
 * windows-1252) would otherwise be read as gibberish, or its accented letters changed. */
function decodePage(name: string, bytes: Uint8Array): { html: string; warning: string | null } {
  const declared = charsetOf(bytes);
  const hasBom =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes[0] === 0xef && bytes[1] === 0xbb);
  if (!declared || hasBom || declared === 'utf-8' || declared === 'utf8')
    return { html: decodeText(name, bytes), warning: null };
  // A declaration can only be honest about an encoding that ASCII markup survives: a page whose
  // <meta> could be read as ASCII is not UTF-16, whatever it says (the HTML standard reads such
  // a page as UTF-8 too).
  if (/^utf-?16/.test(declared) || isUtf8(bytes)) {
    const plainAscii = bytes.every((b) => b < 0x80);
    return {
      html: decodeText(name, bytes),
      warning:
        plainAscii && !/^utf-?16/.test(declared)
          ? null
          : `"${name}" says its text is ${declared.toUpperCase()} but it is written as UTF-8; it was read as UTF-8. Check its accented letters and symbols before saving.`,
    };
  }
  try {
    return { html: new TextDecoder(declared).decode(bytes), warning: null };
  } catch {
    return { html: decodeText(name, bytes), warning: null };
  }
}

function tooComplex(what: string): InputError {
  return new InputError(
    `this web page ${what}, which no report page does; save the report as PDF or text and import that.`,
    'html-too-complex',
  );
}

export function htmlToText(html: string, limits: HtmlLimits = LIMITS): string {
  const out: string[] = [];
  const stack: boolean[] = [];
  let skipping = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // htmlparser2 keeps open elements in an array it shifts and unshifts, so each element
        // costs as much as the nesting is deep: 600,000 unclosed tags would take hours. Refused
        // as soon as the page goes past what any real page holds.
        elements += 1;
        if (stack.length >= limits.maxHtmlDepth)
          throw tooComplex(
            `nests elements more than ${limits.maxHtmlDepth.toLocaleString('en-GB')} deep`,
          );
        if (elements > limits.maxHtmlElements)
          throw tooComplex(
            `holds more than ${limits.maxHtmlElements.toLocaleString('en-GB')} elements`,
          );
        const skip =
          SKIP.has(name) ||
          SKIP_ROLES.test(attributes.role ?? '') ||
          SKIP_CLASSES.test(attributes.class ?? '') ||
          SKIP_CLASSES.test(attributes.id ?? '') ||
          attributes.hidden !== undefined ||
          attributes['aria-hidden'] === 'true';
        if (VOID.has(name)) {
          if (name === 'br' && skipping === 0) out.push('\n');
          return;
        }
        stack.push(skip);
        if (skip) skipping += 1;
        if (skipping > 0) return;
        if (name === 'li') out.push('\n• ');
        else if (name === 'td' || name === 'th') out.push('  ');
        else if (BLOCK.has(name)) out.push('\n\n');
      },
      ontext(text) {
        if (skipping === 0) out.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        const skipped = stack.pop();
        if (skipped) skipping = Math.max(0, skipping - 1);
        else if (skipping === 0 && (BLOCK.has(name) || name === 'li')) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function readHtml(name: string, bytes: Uint8Array, limits: HtmlLimits = LIMITS): Extracted {
  if (bytes.length > LIMITS.maxHtmlFileBytes) {
    throw new InputError(
      `"${name}" is a web page of ${megabytes(bytes.length)}, more than the ${megabytes(LIMITS.maxHtmlFileBytes)} a saved report page can be; save the report as PDF or text and import that.`,
      'too-large',
    );
  }
  const { html, warning } = decodePage(name, bytes);
  return {
    kind: 'html',
    mediaType: 'text/html',
    pages: [htmlToText(html, limits)],
    warnings: warning ? [warning] : [],
  };
}
