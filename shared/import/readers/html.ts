// Reads a web page's words with htmlparser2, keeping block structure as lines and dropping what
// is not the report: scripts, styles, menus, headers, footers, forms and other page furniture.
import { Parser } from 'htmlparser2';
import type { Extracted } from '../extracted';
import { decodeText } from './text';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'form', 'aside', 'svg', 'iframe', 'button', 'select', 'textarea', 'head', 'object', 'canvas', 'menu', 'dialog']);
const SKIP_ROLES = /\b(?:navigation|banner|contentinfo|search|complementary|menu|menubar|dialog)\b/;
const SKIP_CLASSES = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|cookie|cookies|footer|header|social|share|sharing|sidebar|skip-link|related|newsletter)(?:$|[\s_-])/i;
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'br', 'tr', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'hr', 'figure', 'figcaption', 'caption', 'address']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

function charsetOf(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  const stack: boolean[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
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

export function readHtml(name: string, bytes: Uint8Array): Extracted {
  const charset = charsetOf(bytes);
  let html: string;
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      html = new TextDecoder(charset).decode(bytes);
    } catch {
      html = decodeText(name, bytes);
    }
  } else html = decodeText(name, bytes);
  return { kind: 'html', mediaType: 'text/html', pages: [htmlToText(html)], warnings: [] };
}
