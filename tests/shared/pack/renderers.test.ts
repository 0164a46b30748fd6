// The three renderers read one PackDocument: Word's accessibility parts, the PDF definition's
// header, footer and outline, the HTML preview's escaping, and missing-glyph warnings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../../shared/pack/build';
import { renderPackDocx } from '../../../shared/pack/docx';
import { fontCoverage, missingGlyphWarnings } from '../../../shared/pack/glyphs';
import { escapeHtml, renderPackHtml } from '../../../shared/pack/html';
import { packPdfDefinition } from '../../../shared/pack/pdf';
import { isRightToLeft } from '../../../shared/pack/document';
import { PDF_FONT_FOLDER } from '../../../host/pdfmake';
import { MEETING, fixturePack, fixtureWorkspace } from '../../fixtures/packs/workspace';

const NOW = new Date('2026-04-01T09:00:00Z');
const pack = fixturePack();
const doc = buildPackDocument(fixtureWorkspace(), pack, MEETING, pack.options, NOW);

describe('the Word renderer', async () => {
  const files = unzipSync(await renderPackDocx(doc));
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());

  it('declares title and language en-GB in the core properties and styles', () => {
    expect(part('docProps/core.xml')).toContain(
      '<dc:title>Ofsted ILACS 2025: briefing for members</dc:title>',
    );
    expect(part('docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    expect(part('word/styles.xml')).toMatch(/<w:lang w:val="en-GB"/);
  });

  it('uses real heading styles with outline levels', () => {
    const styles = part('word/styles.xml');
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ] as const) {
      expect(styles).toMatch(
        new RegExp(`w:styleId="${id}"[\\s\\S]*?<w:outlineLvl w:val="${level}"/>`),
      );
    }
    expect(part('word/document.xml')).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('writes the contents out: each section linked to a bookmark on its heading, with a dot leader and a PAGEREF to it', () => {
    const body = part('word/document.xml');
    // No TOC field: LibreOffice would print its cached result, which has no page numbers.
    expect(body).not.toMatch(/<w:instrText[^>]*>\s*TOC /);
    const entry = (title: string, n: number) =>
      new RegExp(
        `<w:pStyle w:val="TOC\\d"/><w:tabs><w:tab w:val="right" w:pos="9026" w:leader="dot"/></w:tabs></w:pPr><w:hyperlink [^>]*w:anchor="_Toc${n}"><w:r><w:t[^>]*>${title}</w:t></w:r><w:r><w:tab/></w:r><w:r>(?:(?!</w:r>)[\\s\\S])*PAGEREF _Toc${n} \\\\h<`,
      );
    expect(body).toMatch(entry('Purpose of this pack', 2));
    expect(body).toMatch(
      /<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>)[\s\S])*<w:bookmarkStart w:name="_Toc2" w:id="(\d+)"\/><w:r><w:t[^>]*>Purpose of this pack<\/w:t><\/w:r><w:bookmarkEnd w:id="\1"\/>/,
    );
    // One entry for each section and part of a section; findings and the cover's title are not listed.
    const sections = doc.blocks.filter(
      (b) => b.type === 'heading' && b.inContents && b.level < 3,
    ).length;
    expect(body.match(/PAGEREF _Toc/g)).toHaveLength(sections);
    expect(body.match(/<w:bookmarkStart w:name="_Toc/g)).toHaveLength(sections);
    expect(body).not.toMatch(/<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:p>)[\s\S])*bookmarkStart/);
  });

  it('repeats table headers, and has page fields in the footer', () => {
    const body = part('word/document.xml');
    expect(body).toContain('<w:tblHeader/>');
    const footer = Object.keys(files)
      .filter((n) => n.startsWith('word/footer'))
      .map(part)
      .join('');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('Agenda item 7');
    expect(footer).toContain('OFFICIAL-SENSITIVE');
    const header = Object.keys(files)
      .filter((n) => n.startsWith('word/header'))
      .map(part)
      .join('');
    expect(header).toContain('OFFICIAL-SENSITIVE');
  });
});

describe('the PDF definition', () => {
  const definition = packPdfDefinition(doc);

  it('carries title, author and language', () => {
    expect(definition.info).toMatchObject({ title: pack.title, author: pack.author });
    expect(definition.language).toBe('en-GB');
  });

  it('prints the marking in every header and footer, and "Page X of Y"', () => {
    const header =
      typeof definition.header === 'function'
        ? definition.header(3, 9, { width: 595, height: 842, orientation: 'portrait' })
        : null;
    const footer =
      typeof definition.footer === 'function'
        ? definition.footer(3, 9, { width: 595, height: 842, orientation: 'portrait' })
        : null;
    expect(JSON.stringify(header)).toContain('OFFICIAL-SENSITIVE');
    expect(JSON.stringify(footer)).toContain('OFFICIAL-SENSITIVE');
    expect(JSON.stringify(footer)).toContain('Page 3 of 9');
  });

  it('puts every heading in the outline, nested under its parent', () => {
    // Headings sit in unbreakable stacks with what follows them.
    const flat = (items: Content[]): Content[] =>
      items.flatMap((c) =>
        typeof c === 'object' && c !== null && 'stack' in c ? flat(c.stack as Content[]) : [c],
      );
    const headings = flat(definition.content as Content[]).filter(
      (c) => typeof c === 'object' && c !== null && 'outline' in c,
    ) as { text: string; outlineParentId?: string; id: string }[];
    expect(headings.length).toBeGreaterThan(5);
    const careLeavers = headings.find((h) => h.text === 'Care leavers');
    expect(careLeavers?.outlineParentId).toBe('key-findings-by-theme');
  });
});

describe('the HTML preview', () => {
  it('shows the same text as the other renderers, escaped', () => {
    const html = renderPackHtml(doc);
    expect(html).toContain('Zanzibar finding');
    expect(html).toContain('OFFICIAL-SENSITIVE');
    expect(html).toContain('lang="en-GB"');
    expect(html).not.toContain('Unchosen');
  });

  it('escapes markup in members’ text', () => {
    expect(escapeHtml('<script>alert("x")</script> & \'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;',
    );
    const data = fixtureWorkspace();
    const first = data.annotations[0];
    if (first) first.body = '<img src=x onerror=alert(1)>';
    const html = renderPackHtml(buildPackDocument(data, pack, MEETING, pack.options, NOW));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x');
  });

  it('marks right-to-left text so it reads the right way', () => {
    const data = fixtureWorkspace();
    const first = data.annotations[0];
    if (first) first.body = 'שאלה על תוכניות המעבר';
    expect(renderPackHtml(buildPackDocument(data, pack, MEETING, pack.options, NOW))).toContain(
      '<p dir="rtl">שאלה על תוכניות המעבר</p>',
    );
  });
});

describe('missing glyphs', () => {
  const covers = fontCoverage(readFileSync(join(PDF_FONT_FOLDER, 'Roboto-Regular.ttf')));

  it('finds nothing missing in English and Welsh text', () => {
    expect(missingGlyphWarnings(doc, covers, 'Roboto')).toEqual([]);
    const welsh = 'ŵŷŴŶẁẃẅỳýâêîôûáéíóúàèìòù’–£€';
    expect([...welsh].filter((ch) => !covers(ch.codePointAt(0) ?? 0))).toEqual([]);
  });

  it('reports emoji and Arabic the PDF font cannot draw, naming the characters', () => {
    const data = fixtureWorkspace();
    const first = data.annotations[0];
    if (first) first.body = 'Good news 👍 and مرحبا';
    const warnings = missingGlyphWarnings(
      buildPackDocument(data, pack, MEETING, pack.options, NOW),
      covers,
      'Roboto',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('👍');
    expect(warnings[0]).toContain('م');
    expect(warnings[0]).toContain('Good news');
  });
});

describe('isRightToLeft', () => {
  it('is true for text mainly in Hebrew or Arabic, false for English, Welsh or a stray letter', () => {
    expect(isRightToLeft('שאלה על תוכניות המעבר')).toBe(true);
    expect(isRightToLeft('سؤال عن خطط')).toBe(true);
    expect(isRightToLeft('Care leavers: ŵyr, ŷd')).toBe(false);
    expect(isRightToLeft('The word שלום in an English sentence about care leavers')).toBe(false);
  });
});

describe('emoji and right-to-left text in Word', () => {
  it('keeps the characters and marks the Hebrew paragraph right-to-left', async () => {
    const data = fixtureWorkspace();
    const first = data.annotations[0];
    if (first) first.body = 'Good news 👍\nשאלה על תוכניות המעבר';
    const files = unzipSync(
      await renderPackDocx(buildPackDocument(data, pack, MEETING, pack.options, NOW)),
    );
    const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(body).toContain('Good news 👍');
    // Within one paragraph: the paragraph is bidirectional and its run right-to-left.
    expect(body).toMatch(
      /<w:bidi\/>(?:(?!<\/w:p>)[\s\S])*<w:rtl\/>(?:(?!<\/w:p>)[\s\S])*שאלה על תוכניות המעבר/,
    );
    expect(body).not.toMatch(/<w:bidi\/>(?:(?!<\/w:p>)[\s\S])*Good news/);
  });
});
