// The pack's print view: the pack alone, laid out by the same print stylesheet the accessible PDF
// uses, with a button that opens the browser's print dialog, whose "Save as PDF" writes a tagged PDF.
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { renderPackHtml } from '../../shared/pack/html';
import { packPrintCss } from '../../shared/pack/print';
import { db } from '../db/instance';
import { routeHref } from '../app/route';
import { usePackDocument } from './usePackDocument';

/** In print, only the pack: the app's header and this view's own buttons are left off the paper. */
const HIDE_APP =
  '.app-header, .skip-link, .pack-print-toolbar, .announcer { display: none !important; } main { padding: 0 !important; margin: 0 !important; }';

export function PackPrintView({ packId }: { packId: string }) {
  const pack = useLiveQuery(async () => (await db.packs.get(packId)) ?? null, [packId]);
  const { built } = usePackDocument(pack);
  const metadata = built?.document?.metadata;
  // The stylesheet is built for this pack (its marking and agenda item go in the page margins)
  // and adopted through the CSS object model, which the app's Content-Security-Policy allows.
  useEffect(() => {
    if (!metadata) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print { ${packPrintCss(metadata)} ${HIDE_APP} }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const title = document.title;
    document.title = metadata.title;
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      document.title = title;
    };
  }, [metadata]);

  if (pack === null) return <p>This pack has been deleted.</p>;
  if (!built) return <p>Loading the pack…</p>;
  return (
    <>
      <div className="pack-print-toolbar">
        <p>
          <a href={routeHref({ screen: 'packs', packId })}>Back to the pack builder</a>
        </p>
        <p>
          To publish the pack as an accessible PDF, press <strong>Print or save as PDF</strong> and
          choose <strong>Save as PDF</strong> as the destination (in Chrome or Edge the saved PDF is
          tagged: headings, lists and tables for screen readers). The marking and page numbers go in
          the page margins.
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => window.print()}
          disabled={!built.document}
        >
          Print or save as PDF
        </button>
      </div>
      {built.error ? (
        <p className="pack-error">{built.error}</p>
      ) : (
        // Every piece of text is escaped by renderPackHtml.
        <div
          className="pack-print"
          dangerouslySetInnerHTML={{
            __html: built.document
              ? renderPackHtml(built.document, {
                  idPrefix: 'print-',
                  headingOffset: 0,
                  furniture: false,
                  links: true,
                })
              : '',
          }}
        />
      )}
    </>
  );
}
