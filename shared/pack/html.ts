// The preview renderer: a PackDocument as an HTML fragment (every text escaped, no inline
// styles, so it sits under the app's Content-Security-Policy). The app shows exactly this.
import { agendaText, isRightToLeft, markingText, type PackBlock, type PackDocument, type TextRun } from './document';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function dir(text: string): string {
  return isRightToLeft(text) ? ' dir="rtl"' : '';
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

function contents(blocks: readonly PackBlock[], title: string): string {
  const items = blocks
    .filter((b): b is Extract<PackBlock, { type: 'heading' }> => b.type === 'heading' && b.inContents)
    .map((h) => `<li class="pack-toc-${h.level}">${escapeHtml(h.text)}</li>`)
    .join('');
  return `<nav class="pack-toc" aria-label="${escapeHtml(title)}"><p class="pack-toc-title">${escapeHtml(title)}</p><ul>${items}</ul></nav>`;
}

function block(b: PackBlock, all: readonly PackBlock[], idPrefix: string): string {
  switch (b.type) {
    case 'heading':
      // The preview sits inside a screen whose h1 is the screen's title, so pack levels shift by one.
      return `<h${b.level + 1} id="${idPrefix}${escapeHtml(b.id)}">${escapeHtml(b.text)}</h${b.level + 1}>`;
    case 'paragraph': {
      const text = b.runs.map((r) => r.text).join('');
      return `<p${b.small ? ' class="pack-small"' : ''}${dir(text)}>${runs(b.runs)}</p>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${runs(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const head = b.headerRows.map((row) => `<tr>${row.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`).join('');
      const body = b.rows.map((row) => `<tr>${row.map((c) => `<td${dir(c)}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
      return `<table><caption>${escapeHtml(b.caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
    }
    case 'callout': {
      const paras = b.paragraphs.map((p) => `<p${dir(p)}>${escapeHtml(p)}</p>`).join('');
      const answer = b.answer ? `<p><strong>Answer: </strong>${escapeHtml(b.answer)}</p>` : '';
      return `<aside class="pack-callout pack-${b.variant}" aria-label="${escapeHtml(b.label)}"><p class="pack-callout-label">${escapeHtml(b.label)}</p>${paras}${answer}</aside>`;
    }
    case 'pageBreak':
      return '<hr class="pack-page-break">';
    case 'toc':
      return contents(all, b.title);
  }
}

/** The pack as the member will print it, with the marking and footer shown once at each end. */
export function renderPackHtml(pack: PackDocument, idPrefix = 'pack-'): string {
  const marking = escapeHtml(markingText(pack.metadata));
  return [
    `<article class="pack-preview" lang="${pack.metadata.language}">`,
    `<p class="pack-marking">${marking}</p>`,
    ...pack.blocks.map((b) => block(b, pack.blocks, idPrefix)),
    `<p class="pack-marking">${marking}</p>`,
    `<p class="pack-footer">${escapeHtml(agendaText(pack.metadata))}</p>`,
    '</article>',
  ].join('\n');
}
