// The PDF builder reads nothing but pdfmake's own fonts: other local files and every URL are refused.
import { describe, expect, it } from 'vitest';
import { PDF_FONT, type PdfMaker } from '../../../shared/pack/pdf';
import { nodePdfMaker } from '../../../host/pdfmake';

const pdfmake: PdfMaker = nodePdfMaker();

function withImage(image: string) {
  return pdfmake
    .createPdf({
      images: { picture: image },
      content: [{ text: 'Pack' }, { image: 'picture', width: 10 }],
      defaultStyle: { font: PDF_FONT },
    })
    .getBuffer();
}

describe('the PDF builder’s resource policy', () => {
  it('builds with its own embedded fonts', async () => {
    const bytes = await pdfmake
      .createPdf({ content: 'Cymraeg: ŵ ŷ', defaultStyle: { font: PDF_FONT } })
      .getBuffer();
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('refuses a local file outside pdfmake’s font folder', async () => {
    await expect(withImage('/etc/hostname')).rejects.toThrow(/Access to local file denied/);
  });

  it('refuses any URL', async () => {
    await expect(withImage('https://example.org/logo.png')).rejects.toThrow(
      /Access to URL denied by resource access policy/,
    );
  });
});
