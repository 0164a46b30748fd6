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
  /** Most characters of text (spaces aside) the page may give, counted as it is parsed. */
  maxTextChars?: number;
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
  let letters = 0;
  let pending = '';
  /** Set when a long run of text was passed on in part and ended in a space. */
  let spaceBefore = false;
  const flush = () => {
    let collapsed = pending.replace(/\s+/g, ' ');
    if (spaceBefore && collapsed.startsWith(' ')) collapsed = collapsed.slice(1);
    if (collapsed) out.push(collapsed);
    pending = '';
    spaceBefore = false;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        flush();
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
        if (skipping > 0) return;
        // Text arrives in pieces (the page is written in 64 KB slices): a run of text is joined
        // before its spaces are collapsed, so a slice boundary changes nothing.
        pending += text;
        if (pending.length > 1_048_576) {
          flush();
          spaceBefore = out.at(-1)?.endsWith(' ') ?? false;
        }
        // Counted as it comes: 58 MB of words took 18 s and 1.4 GB to parse whole and then refuse.
        // Spaces aside, every character counted here is in the page's text, so nothing the later
        // check of the whole text would take is refused.
        letters += text.replace(/\s+/g, '').length;
        if (limits.maxTextChars !== undefined && letters > limits.maxTextChars) {
          throw new InputError(
            `this web page holds more than ${limits.maxTextChars.toLocaleString('en-GB')} characters of text, more than any inspection report; import the report itself.`,
            'too-much-text',
          );
        }
      },
      onclosetag(name) {
        flush();
        if (VOID.has(name)) return;
        const skipped = stack.pop();
        if (skipped) skipping = Math.max(0, skipping - 1);
        else if (skipping === 0 && (BLOCK.has(name) || name === 'li')) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  // In pieces, so a page of one long run of text is counted (and refused) as it is read rather
  // than handed over whole at the end.
  for (let at = 0; at < html.length; at += 65_536) parser.write(html.slice(at, at + 65_536));
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
