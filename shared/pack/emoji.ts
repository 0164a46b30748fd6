// Emoji in the fast PDF: no font there draws them, so each is printed as its name in square
// brackets ("[thumbs up]"), with one warning saying so; Word and the accessible PDF keep them.
import names from 'unicode-emoji-json/data-by-emoji.json' with { type: 'json' };
import type { PackBlock, PackDocument } from './document';

const EMOJI =
  /\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u20E3)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*|[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const table = names as Record<string, { name: string } | undefined>;

/** "thumbs up" for 👍 (a skin tone or variation selector left off when the table lacks it). */
export function emojiName(emoji: string): string {
  const exact =
    table[emoji] ??
    table[emoji.replace(/\uFE0F/g, '')] ??
    table[emoji.replace(/\uFE0F|\p{Emoji_Modifier}/gu, '')];
  if (exact) return exact.name;
  const first = String.fromCodePoint(emoji.codePointAt(0) ?? 0x3f);
  return (
    table[first]?.name ??
    table[`${first}\uFE0F`]?.name ??
    `emoji U+${(emoji.codePointAt(0) ?? 0).toString(16).toUpperCase()}`
  );
}

function named(text: string, found: Set<string>): string {
  if (!/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/u.test(text)) return text;
  return text.replace(EMOJI, (emoji) => {
    // Pictographs that are plain text symbols (©, ®, ™, ↔) are drawn by the main font.
    if (/^[\u00A9\u00AE\u2122\u2190-\u21FF]$/u.test(emoji)) return emoji;
    found.add(emoji);
    return `[${emojiName(emoji)}]`;
  });
}

function blockNamed(block: PackBlock, found: Set<string>): PackBlock {
  const n = (text: string) => named(text, found);
  switch (block.type) {
    case 'heading':
      return { ...block, text: n(block.text) };
    case 'paragraph':
      return { ...block, runs: block.runs.map((r) => ({ ...r, text: n(r.text) })) };
    case 'list':
      return {
        ...block,
        items: block.items.map((item) => item.map((r) => ({ ...r, text: n(r.text) }))),
      };
    case 'table':
      return {
        ...block,
        caption: n(block.caption),
        headerRows: block.headerRows.map((row) => row.map(n)),
        rows: block.rows.map((row) => row.map(n)),
      };
    case 'callout':
      return {
        ...block,
        label: n(block.label),
        paragraphs: block.paragraphs.map(n),
        answer: block.answer === null ? null : n(block.answer),
        ...(block.quote === undefined ? {} : { quote: n(block.quote) }),
        ...(block.closing === undefined ? {} : { closing: n(block.closing) }),
      };
    default:
      return block;
  }
}

/** The pack with every emoji named, and the warning that says what happened, if any did. */
export function nameEmoji(pack: PackDocument): { pack: PackDocument; warnings: string[] } {
  const found = new Set<string>();
  const blocks = pack.blocks.map((b) => blockNamed(b, found));
  if (found.size === 0) return { pack, warnings: [] };
  const sample = [...found]
    .slice(0, 3)
    .map((e) => `${e} as "[${emojiName(e)}]"`)
    .join(', ');
  return {
    pack: { ...pack, blocks },
    warnings: [
      `The fast PDF has no emoji font, so its ${found.size === 1 ? '1 kind of emoji is' : `${found.size} kinds of emoji are`} printed as names in square brackets (${sample}); the Word file and the accessible PDF keep the emoji.`,
    ],
  };
}
