// The preview renderer: a PackDocument as an HTML fragment (every text escaped, no inline
// styles, so it sits under the app's Content-Security-Policy). The app shows exactly this, and the
// accessible PDF is this same HTML printed by Chromium (print.ts).
import {
  agendaText,
  isRightToLeft,
  markingText,
  type PackBlock,
  type PackDocument,
  type TextRun,
} from './document';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

export interface HtmlOptions {
  /** Put before every heading's id, so the preview's ids never clash with the app's own. */
  idPrefix: string;
  /** Added to every heading level: 1 in the app, whose screen title is the h1; 0 when printed alone. */
  headingOffset: number;
  /** The marking and the agenda line as paragraphs at each end (the preview); false when the
   * print stylesheet puts them in the page margins instead. */
  furniture: boolean;
  /** Contents entries as links to their headings. */
  links: boolean;
}

const PREVIEW: HtmlOptions = { idPrefix: 'pack-', headingOffset: 1, furniture: true, links: false };

function attributes(text: string, lang: string | undefined): string {
  return `${lang ? ` lang="${escapeHtml(lang)}"` : ''}${isRightToLeft(text) ? ' dir="rtl"' : ''}`;
}

function runs(items: readonly TextRun[]): string {
  return items
    .map((r) => {
      let html = escapeHtml(r.text);
      if (r.italic) html = `<em>${html}</em>`;
      if (r.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function contents(blocks: readonly PackBlock[], title: string, options: HtmlOptions): string {
  const items = blocks
    .filter(
      (b): b is Extract<PackBlock, { type: 'heading' }> => b.type === 'heading' && b.inContents,
    )
    .map((h) => {
      const text = escapeHtml(h.text);
      return `<li class="pack-toc-${h.level}">${options.links ? `<a href="#${escapeHtml(options.idPrefix + h.id)}">${text}</a>` : text}</li>`;
    })
    .join('');
  const level = Math.min(6, 1 + options.headingOffset);
  return `<nav class="pack-toc" aria-labelledby="${escapeHtml(options.idPrefix)}contents-title"><h${level} class="pack-toc-title" id="${escapeHtml(options.idPrefix)}contents-title">${escapeHtml(title)}</h${level}><ul>${items}</ul></nav>`;
}

function block(b: PackBlock, all: readonly PackBlock[], options: HtmlOptions): string {
  switch (b.type) {
    case 'heading': {
      const level = Math.min(6, b.level + options.headingOffset);
      return `<h${level} id="${escapeHtml(options.idPrefix + b.id)}"${attributes(b.text, undefined)}>${escapeHtml(b.text)}</h${level}>`;
    }
    case 'paragraph': {
      const text = b.runs.map((r) => r.text).join('');
      return `<p${b.small ? ' class="pack-small"' : ''}${attributes(text, b.lang)}>${runs(b.runs)}</p>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${runs(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const head = b.headerRows
        .map(
          (row) => `<tr>${row.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`,
        )
        .join('');
      const body = b.rows
        .map(
          (row) =>
            `<tr>${row.map((c, i) => (i === 0 && b.rowHeaders ? `<th scope="row"${attributes(c, undefined)}>${escapeHtml(c)}</th>` : `<td${attributes(c, undefined)}>${escapeHtml(c)}</td>`)).join('')}</tr>`,
        )
        .join('');
      return `<table><caption>${escapeHtml(b.caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
    }
    case 'callout': {
      const paras = b.paragraphs
        .map((p) => `<p${attributes(p, b.lang)}>${escapeHtml(p)}</p>`)
        .join('');
      const quote = b.quote
        ? `<blockquote class="pack-quote"${attributes(b.quote, undefined)}><p>${escapeHtml(b.quote)}</p></blockquote>`
        : '';
      const answer = b.answer
        ? `<p${attributes(b.answer, b.lang)}><strong>Answer: </strong>${escapeHtml(b.answer)}</p>`
        : '';
      const closing = b.closing
        ? `<p class="pack-callout-closing">${escapeHtml(b.closing)}</p>`
        : '';
      return `<aside class="pack-callout pack-${b.variant}" aria-label="${escapeHtml(b.label)}"><p class="pack-callout-label">${escapeHtml(b.label)}</p>${quote}${paras}${answer}${closing}</aside>`;
    }
    case 'pageBreak':
      return '<hr class="pack-page-break">';
    case 'toc':
      return contents(all, b.title, options);
  }
}

/** The pack as the member will print it; in the preview, the marking and footer shown once at each end. */
export function renderPackHtml(pack: PackDocument, overrides: Partial<HtmlOptions> = {}): string {
  const options = { ...PREVIEW, ...overrides };
  const marking = escapeHtml(markingText(pack.metadata));
  return [
    `<article class="pack-preview" lang="${escapeHtml(pack.metadata.language)}">`,
    ...(options.furniture ? [`<p class="pack-marking">${marking}</p>`] : []),
    ...pack.blocks.map((b) => block(b, pack.blocks, options)),
    ...(options.furniture
      ? [
          `<p class="pack-marking">${marking}</p>`,
          `<p class="pack-footer">${escapeHtml(agendaText(pack.metadata))}</p>`,
        ]
      : []),
    '</article>',
  ].join('\n');
}
