// A tagged PDF's structure tree as pdf.js reads it (an independent reader, the one Firefox uses),
// with the text of each element: what a screen reader walks through, in its order.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface StructNode {
  role: string;
  lang: string | undefined;
  /** The text of everything under this node, in order. */
  text: string;
  children: StructNode[];
}

interface RawNode {
  role?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

/** Text of each marked-content id on a page, from pdf.js's text layer. */
async function markedText(
  page: Awaited<ReturnType<Awaited<ReturnType<typeof getDocument>['promise']>['getPage']>>,
): Promise<Map<string, string>> {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const texts = new Map<string, string>();
  const open: string[] = [];
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
        open.push(item.id ?? '');
      else if (item.type === 'endMarkedContent') open.pop();
      continue;
    }
    const id = open.findLast((i) => i !== '');
    if (id) texts.set(id, (texts.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
  }
  return texts;
}

function toNode(raw: RawNode, texts: Map<string, string>): StructNode | null {
  if (raw.type === 'content')
    return { role: '#text', lang: undefined, text: texts.get(raw.id ?? '') ?? '', children: [] };
  if (!raw.role) return null;
  const children = (raw.children ?? [])
    .map((c) => toNode(c, texts))
    .filter((c): c is StructNode => c !== null);
  return {
    role: raw.role,
    lang: raw.lang,
    text: children
      .map((c) => c.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    children,
  };
}

/** Every page's structure tree under one root, pages in order. */
export async function readStructureTree(
  pdf: Uint8Array,
): Promise<{ pages: StructNode[]; pageCount: number }> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: StructNode[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const tree = (await page.getStructTree()) as RawNode | null;
    const node = tree
      ? toNode({ role: 'Page', children: tree.children ?? [] }, await markedText(page))
      : null;
    if (node) pages.push(node);
  }
  const pageCount = doc.numPages;
  await doc.destroy();
  return { pages, pageCount };
}

/** Every node under `root` (itself included), depth first: the reading order. */
export function walk(root: StructNode): StructNode[] {
  return [root, ...root.children.flatMap(walk)];
}
