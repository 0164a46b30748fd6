// What PDF extraction really produces, cleaned: furniture, footnotes, wrapped lines, hyphens,
// ligatures and bullets.
import { describe, expect, it } from 'vitest';
import { normalise, detachFootnoteMarker } from '../../../shared/import/normalise';
import { isWebFurniture } from '../../../shared/import/furniture';

const pdf = (pages: string[]) =>
  normalise({ kind: 'pdf', mediaType: 'application/pdf', pages, warnings: [] });

describe('normalising extracted text', () => {
  it('removes running headers, dates and page numbers that repeat on every page', () => {
    const header = (n: number) =>
      `Inspection of Anyshire local authority children’s services\n14 to 18 July 2025 ${n}`;
    const result = pdf([
      'Inspection of Anyshire local authority\nchildren’s services\n\nThe first page text ends here.',
      `${header(2)}\n\nThe second page has words.`,
      `${header(3)}\n\nThe third page has more words.`,
      `${header(4)}\n\nThe fourth page too.\n\n4`,
    ]);
    expect(result.paragraphs.map((p) => p.text)).toEqual([
      'Inspection of Anyshire local authority children’s services',
      'The first page text ends here.',
      'The second page has words.',
      'The third page has more words.',
      'The fourth page too.',
    ]);
    expect(result.pageStarts).toHaveLength(4);
    expect(result.text.slice(result.pageStarts[2])).toMatch(/^The third page/);
  });

  it('detaches footnote markers and drops footnote bodies at the foot of a page', () => {
    expect(detachFootnoteMarker('What needs to improve?1')).toBe('What needs to improve?');
    expect(detachFootnoteMarker('Review of the Local Safeguarding Children Board1')).toBe(
      'Review of the Local Safeguarding Children Board',
    );
    expect(detachFootnoteMarker('Children aged 16')).toBe('Children aged 16');
    const result = pdf([
      'What needs to improve?1\n\n◼ Planning for children.\n\n1 The areas for improvement have been cross-referenced with the national framework.',
    ]);
    expect(result.paragraphs.map((p) => p.text)).toEqual([
      'What needs to improve?',
      '• Planning for children.',
    ]);
  });

  it('joins wrapped lines, repairs ligatures and hyphenation, and recognises bullet glyphs', () => {
    const result = pdf([
      'The ofﬁcers conﬁrm that the multi-\nagency arrangements are eﬀective and the organisa-\ntion is well led.\n\n\uf0b7 A bullet from Word’s symbol font\n▪ A small square bullet\n• A round bullet\n12. A numbered paragraph that wraps\nonto a second line.',
    ]);
    expect(result.paragraphs.map((p) => [p.marker, p.number, p.text])).toEqual([
      [
        'plain',
        null,
        'The officers confirm that the multi-agency arrangements are effective and the organisation is well led.',
      ],
      ['bullet', null, '• A bullet from Word’s symbol font'],
      ['bullet', null, '• A small square bullet'],
      ['bullet', null, '• A round bullet'],
      ['numbered', 12, '12. A numbered paragraph that wraps onto a second line.'],
    ]);
    const numbered = result.paragraphs[4];
    expect(result.text.slice(numbered?.bodyStart, numbered?.end)).toBe(
      'A numbered paragraph that wraps onto a second line.',
    );
  });

  it('joins a paragraph carried over a page break', () => {
    const result = pdf([
      'First page.\n\nA sentence that carries on',
      'onto the next page.',
      'Third page.',
    ]);
    expect(result.paragraphs.map((p) => [p.page, p.text])).toEqual([
      [1, 'First page.'],
      [1, 'A sentence that carries on onto the next page.'],
      [3, 'Third page.'],
    ]);
  });

  it('drops web page furniture from pasted text but keeps the report', () => {
    expect(isWebFurniture('Tel: 01206 878178Contact Us')).toBe(true);
    expect(isWebFurniture('linkedin facebook pinterest youtube rss twitter instagram')).toBe(true);
    expect(
      isWebFurniture('D1, Parkside, Knowledge Gateway, Nesfield Road, Colchester, Essex CO4 3ZL'),
    ).toBe(true);
    expect(
      isWebFurniture(
        'A Mackman Group collaboration - market research by Mackman Research | website design by Mackman',
      ),
    ).toBe(true);
    expect(isWebFurniture('Children in care and care leavers get a good service.')).toBe(false);
    const result = normalise({
      kind: 'text',
      mediaType: 'text/plain',
      pages: ['Care leavers are well supported.\nTel: 0123 456789\nfacebook twitter'],
      warnings: [],
    });
    expect(result.paragraphs.map((p) => p.text)).toEqual(['Care leavers are well supported.']);
  });
});
