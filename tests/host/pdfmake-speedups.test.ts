// pdfmake's speed-ups (host/pdfmake-speedups/) measure every word exactly as pdfmake does: the
// same font, size, colour, link, spacing and width on each word, for plain words, styled runs,
// named styles, superscript, indents and kept spaces; and installing them twice is harmless.
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import {
  installPdfmakeSpeedups,
  pdfmakeSpeedupsInstalled,
  removePdfmakeSpeedups,
} from '../../host/pdfmake-speedups/index';

const require = createRequire(import.meta.url);
type Stack = { push(style: unknown): void };
const StyleContextStack = (
  require('pdfmake/js/StyleContextStack.js') as {
    default: new (dictionary: object, defaults?: object) => Stack;
  }
).default;
const TextInlines = (
  require('pdfmake/js/TextInlines.js') as {
    default: new (document: object) => {
      buildInlines(text: unknown, stack: Stack): { items: Record<string, unknown>[] };
    };
  }
).default;

/** A stand-in font: each letter half an em wide, lines 1.2 em apart. */
function fontFor(family: string, bold: boolean, italics: boolean) {
  return {
    name: `${family}${bold ? ' bold' : ''}${italics ? ' italic' : ''}`,
    widthOfString: (text: string, size: number) => text.length * size * 0.5,
    lineHeight: (size: number) => size * 1.2,
  };
}
const document = {
  provideFont: (family: string, bold: boolean, italics: boolean) => fontFor(family, bold, italics),
};

const STYLES = {
  base: { fontSize: 9.5, color: '#383f43' },
  small: { extends: 'base', italics: true },
  raised: { sup: true },
};

/** Each word's measured properties, with the font named. */
function measured(text: unknown, ...styles: unknown[]) {
  const stack = new StyleContextStack(STYLES, { font: 'Roboto' });
  for (const style of styles) stack.push(style);
  return new TextInlines(document)
    .buildInlines(text, stack)
    .items.map((item) => ({ ...item, font: (item.font as { name: string }).name }));
}

const CASES: [string, unknown, ...unknown[]][] = [
  ['plain words', 'Care leavers  say their pathway plans are late.\nThey are not.'],
  [
    'words on a styled stack',
    'Placement sufficiency remains a concern',
    { fontSize: 13, bold: true },
  ],
  ['a named style that extends another', 'Previous grade: not stated', 'small'],
  ['superscript', 'footnote 12', 'raised'],
  [
    'an indent and kept spaces',
    '   indented text  ',
    { leadingIndent: 20, preserveLeadingSpaces: true },
  ],
  ['kept trailing spaces', 'trailing  ', { preserveTrailingSpaces: true }],
  [
    'links and colour',
    'the contents',
    { linkToDestination: 'sec-1', color: 'blue', decoration: 'underline' },
  ],
  [
    'runs with their own style',
    ['Plain ', { text: 'bold', bold: true }, ' and ', { text: 'small', style: 'small' }],
  ],
  ['an empty line', ''],
];

afterEach(() => removePdfmakeSpeedups());

describe('pdfmake speed-ups', () => {
  it.each(CASES)('measure %s exactly as pdfmake does', (_name, text, ...styles) => {
    removePdfmakeSpeedups();
    const plain = measured(text, ...styles);
    installPdfmakeSpeedups();
    const fast = measured(text, ...styles);
    expect(plain.length).toBeGreaterThan(0);
    expect(fast).toEqual(plain);
  });

  it('go in for the pdfmake and pdfkit in package-lock.json (after an upgrade, check them and their versions again)', () => {
    installPdfmakeSpeedups();
    expect(pdfmakeSpeedupsInstalled()).toBe(true);
    removePdfmakeSpeedups();
    expect(pdfmakeSpeedupsInstalled()).toBe(false);
  });

  it('are installed once however often they are asked for, and come out whole', () => {
    const before = measured('Care leavers say', { fontSize: 11 });
    const remove = installPdfmakeSpeedups();
    expect(installPdfmakeSpeedups()).toBe(remove);
    expect(measured('Care leavers say', { fontSize: 11 })).toEqual(before);
    remove();
    const Renderer = (require('pdfmake/js/Renderer.js') as { default: { prototype: object } })
      .default;
    expect(Object.getOwnPropertySymbols(Renderer)).toEqual([]);
    expect(measured('Care leavers say', { fontSize: 11 })).toEqual(before);
  });
});
