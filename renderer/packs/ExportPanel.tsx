// Export to Word and PDF: built in a worker with visible progress, saved through the Platform.
import { useState } from 'react';
import type { PackDocument } from '../../shared/pack/document';
import { renderPackPrintDocument } from '../../shared/pack/print';
import { usePlatform } from '../platform/context';
import { announce } from '../app/Announcer';
import { navigate } from '../app/route';
import { FILE_KINDS, exportPack, packFileName, type ExportProgress } from './exportPack';
import type { ExportFormat } from './exportProtocol';

const NAMES: Record<ExportFormat, string> = { docx: 'Word', pdf: 'PDF' };

export function ExportPanel({
  document,
  packId,
}: {
  document: PackDocument | null;
  packId: string;
}) {
  const platform = usePlatform();
  const [busy, setBusy] = useState<ExportFormat | 'accessible' | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [message, setMessage] = useState('');

  async function run(format: ExportFormat) {
    if (!document) return;
    setBusy(format);
    setProgress(null);
    setMessage(`Building the ${NAMES[format]} file…`);
    try {
      const result = await exportPack(document, format, setProgress);
      setWarnings(result.warnings);
      const saved = await platform.saveFile(
        packFileName(document, format, new Date()),
        result.bytes,
        FILE_KINDS[format],
      );
      const done = saved.saved
        ? `Saved the ${NAMES[format]} file${saved.location ? ` to ${saved.location}` : ''}.`
        : 'Not saved: the save was cancelled.';
      setMessage(done);
      announce(
        result.warnings.length
          ? `${done} ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}: see the list.`
          : done,
      );
    } catch (error) {
      const failed = `The ${NAMES[format]} file could not be built: ${error instanceof Error ? error.message : String(error)}`;
      setMessage(failed);
      announce(failed);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  /** The tagged PDF for publishing: printed by Electron's Chromium, or by the browser's own
   * print dialog from the print view. */
  async function accessible() {
    if (!document) return;
    const print = platform.printPdf;
    if (!print) {
      navigate({ screen: 'packs', packId, print: true });
      return;
    }
    setBusy('accessible');
    setMessage('Printing the accessible PDF…');
    try {
      const bytes = await print(renderPackPrintDocument(document));
      const saved = await platform.saveFile(
        packFileName(document, 'pdf', new Date()),
        bytes,
        FILE_KINDS.pdf,
      );
      const done = saved.saved
        ? `Saved the accessible PDF${saved.location ? ` to ${saved.location}` : ''}.`
        : 'Not saved: the save was cancelled.';
      setMessage(done);
      announce(done);
    } catch (error) {
      const failed = `The accessible PDF could not be printed: ${error instanceof Error ? error.message : String(error)}`;
      setMessage(failed);
      announce(failed);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="export-title" className="pack-export">
      <h2 id="export-title">Export</h2>
      <div className="pack-actions">
        <button
          type="button"
          className="primary"
          disabled={!document || busy !== null}
          onClick={() => void run('docx')}
        >
          Export to Word
        </button>
        <button
          type="button"
          className="primary"
          disabled={!document || busy !== null}
          onClick={() => void run('pdf')}
        >
          Export to PDF
        </button>
        <button
          type="button"
          disabled={!document || busy !== null}
          onClick={() => void accessible()}
        >
          {platform.printPdf ? 'Accessible PDF for publishing' : 'Print view for an accessible PDF'}
        </button>
      </div>
      <p className="pack-muted">
        Export to PDF is quick, for reading and circulating; it is not tagged for screen readers.
        The accessible PDF is tagged (headings, lists, tables, language) for publishing on the
        council’s website.
      </p>
      {busy && busy !== 'accessible' && (
        <p>
          <label>
            {progress?.stage === 'render' ? 'Writing pages' : 'Laying out pages'}{' '}
            <progress
              max={1}
              value={progress?.stage === 'render' ? progress.fraction : undefined}
            />
          </label>
        </p>
      )}
      {message && <p>{message}</p>}
      {warnings.length > 0 && (
        <div className="pack-warnings">
          <h3>Check before you circulate</h3>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
