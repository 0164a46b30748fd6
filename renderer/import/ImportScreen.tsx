// Import a report: choose a file or paste its text, read it, review what was found beside the
// source text, and only then save it (one transaction) and go to the report.
import { useRef, useState } from 'react';
import { isInputError } from '../../shared/errors';
import type { ImportResult } from '../../shared/import/result';
import type { Report, ThemeRule } from '../../shared/model';
import { sha256Hex } from '../../shared/util/hash';
import { replaceChoice, sameFile, type ReplaceChoice } from '../../shared/import/precheck';
import { routeHref } from '../app/route';
import { announce } from '../app/Announcer';
import { navigate } from '../app/route';
import { db } from '../db/instance';
import { ownReceivedReport, saveImport } from '../db/repositories/imports';
import { findingsOfReport } from '../db/repositories/report-findings';
import { readSettings } from '../db/repositories/settings';
import { usePlatform } from '../platform/context';
import { ReviewImport } from './ReviewImport';
import { WorkerCancelledError, WorkerStalledError } from '../workers/worker-client';
import type { ImportProgress } from './importProtocol';
import { readPastedText, readReportFile } from './readReport';
import './import.css';

const REPORT_FILES = [
  {
    name: 'Inspection report',
    extensions: ['pdf', 'docx', 'html', 'htm', 'txt', 'md'],
    mediaType: 'application/pdf',
  },
];

type Step =
  | { step: 'choose'; error: string | null; already?: Report; madeOwnFrom?: string }
  | { step: 'reading'; name: string; progress: ImportProgress }
  | {
      step: 'review';
      result: ImportResult;
      rules: readonly ThemeRule[];
      replace: ReplaceChoice | null;
    }
  | {
      step: 'saving';
      result: ImportResult;
      rules: readonly ThemeRule[];
      replace: ReplaceChoice | null;
    };

function problemText(error: unknown): string {
  if (isInputError(error)) return error.message.charAt(0).toUpperCase() + error.message.slice(1);
  if (error instanceof WorkerStalledError)
    return `${error.message} The file may be damaged or unusually complex; try the Word or text version of the report. Nothing was saved.`;
  return `Something went wrong while reading the report (${error instanceof Error ? error.message : String(error)}). Nothing was saved.`;
}

/** Whether this import is another copy of an inspection already held, and what replacing it would change. */
async function replacing(result: ImportResult): Promise<ReplaceChoice | null> {
  return db.transaction('r', [db.reports, db.annotations, db.findings, db.packs], async () => {
    const reports = await db.reports
      .where('authorityId')
      .equals(result.report.authorityId)
      .toArray();
    const ids = reports.map((r) => r.id);
    const [annotations, findings, packs] = await Promise.all([
      db.annotations.where('target.reportId').anyOf(ids).toArray(),
      Promise.all(ids.map((id) => findingsOfReport(db, id).toArray())).then((lists) =>
        lists.flat(),
      ),
      db.packs.toArray(),
    ]);
    return replaceChoice({ reports, annotations, findings, packs }, result);
  });
}

export function ImportScreen() {
  const platform = usePlatform();
  const [state, setState] = useState<Step>({ step: 'choose', error: null });
  const [pasted, setPasted] = useState('');
  const cancelling = useRef<AbortController | null>(null);

  type Work = (
    onProgress: (progress: ImportProgress) => void,
    signal: AbortSignal,
  ) => Promise<ImportResult>;
  const read = async (work: Work, name: string, rules: readonly ThemeRule[]) => {
    const controller = new AbortController();
    cancelling.current = controller;
    setState({ step: 'reading', name, progress: { stage: 'reading', pagesRead: 0, pages: 0 } });
    announce(`Reading ${name}…`);
    try {
      const result = await work(
        (progress) => setState({ step: 'reading', name, progress }),
        controller.signal,
      );
      const replace = await replacing(result);
      setState({ step: 'review', result, rules, replace });
      announce(
        `Read ${result.report.title}: ${result.judgements.length} judgements and ${result.findings.length} findings to review. Nothing is saved yet.`,
      );
    } catch (error) {
      if (error instanceof WorkerCancelledError) {
        setState({ step: 'choose', error: null });
        announce(`Stopped reading ${name}; nothing was saved.`);
        return;
      }
      const message = problemText(error);
      setState({ step: 'choose', error: message });
      announce(message);
    } finally {
      cancelling.current = null;
    }
  };

  const chooseFile = async () => {
    const opened = await platform.openFile('Choose an inspection report', REPORT_FILES);
    if (!opened) return;
    // The same file again is recognised by its hash before anything is read.
    const already = sameFile(
      await db.reports.where('source.sha256').equals(sha256Hex(opened.bytes)).toArray(),
      sha256Hex(opened.bytes),
    );
    if (already?.receivedFrom) {
      // The report came with a colleague's notes: choosing its very file makes it the member's own.
      await ownReceivedReport(db, already.id);
      setState({
        step: 'choose',
        error: null,
        already,
        madeOwnFrom: already.receivedFrom.name || 'a colleague',
      });
      announce(
        `${already.title} is now your own import: it came with ${already.receivedFrom.name || 'a colleague'}’s notes from this same file. Its notes stay as they are.`,
      );
      return;
    }
    if (already) {
      setState({ step: 'choose', error: null, already });
      announce(
        `${already.title} is already in your library: this is the same file. Nothing was read or changed.`,
      );
      return;
    }
    const { themeRules } = await readSettings(db);
    await read(
      (onProgress, signal) => readReportFile(opened, themeRules, onProgress, signal),
      opened.name,
      themeRules,
    );
  };

  const readPaste = async () => {
    const { themeRules } = await readSettings(db);
    await read(
      (onProgress, signal) => readPastedText(pasted, themeRules, onProgress, signal),
      'the pasted text',
      themeRules,
    );
  };

  const save = async (
    result: ImportResult,
    rules: readonly ThemeRule[],
    replace: ReplaceChoice | null,
    corrected: boolean,
  ) => {
    setState({ step: 'saving', result, rules, replace });
    try {
      const { memberName } = await readSettings(db);
      const outcome = await saveImport(db, result, { editor: memberName || 'Me', now: new Date() });
      const orphanNote = outcome.orphans.length
        ? ` ${outcome.orphans.length} of your notes could not be placed in the new version and are listed as orphaned on the report.`
        : '';
      const said =
        outcome.change === 'unchanged'
          ? `${result.report.title} was already in your library; nothing was changed.${corrected ? ' The corrections you made in this review were not saved: make them on the report’s page.' : ''}`
          : outcome.change === 'revised'
            ? `Saved the new version of ${result.report.title} with ${outcome.findings} findings.${orphanNote}`
            : `Saved ${result.report.title} with ${outcome.findings} findings.`;
      navigate({ screen: 'report', reportId: outcome.reportId, findingId: null });
      announce(said);
    } catch (error) {
      setState({ step: 'review', result, rules, replace });
      announce(
        `The report could not be saved (${error instanceof Error ? error.message : String(error)}). Nothing was stored; try again.`,
      );
    }
  };

  if (state.step === 'review' || state.step === 'saving') {
    return (
      <ReviewImport
        initial={state.result}
        memberRules={state.rules}
        saving={state.step === 'saving'}
        replace={state.replace}
        onSave={(result) => void save(result, state.rules, state.replace, result !== state.result)}
        onKeep={(corrected) => {
          const existing = state.replace?.existing;
          if (!existing) return;
          navigate({ screen: 'report', reportId: existing.id, findingId: null });
          announce(
            `Kept ${existing.title} as it was; this copy was not saved.${corrected ? ' The corrections you made in this review were not saved either.' : ''}`,
          );
        }}
        onCancel={() => {
          setState({ step: 'choose', error: null });
          announce('Import cancelled; nothing was saved.');
        }}
      />
    );
  }

  const reading = state.step === 'reading';
  return (
    <section aria-labelledby="screen-title" className="import-screen">
      <h1 id="screen-title">Import a report</h1>
      <p>
        Bring in an inspection report as Ofsted published it. You will see what was read, and can
        correct it, before anything is saved.
      </p>
      {state.step === 'choose' && state.already && state.madeOwnFrom ? (
        <p className="import-already" role="alert">
          This file is the report you received with {state.madeOwnFrom}’s notes:{' '}
          <a href={routeHref({ screen: 'report', reportId: state.already.id, findingId: null })}>
            {state.already.title}
          </a>{' '}
          is now your own import, and every note on it stays.
        </p>
      ) : state.step === 'choose' && state.already ? (
        <p className="import-already" role="alert">
          This file is already in your library:{' '}
          <a href={routeHref({ screen: 'report', reportId: state.already.id, findingId: null })}>
            {state.already.title}
          </a>
          . Nothing was read or changed.
        </p>
      ) : null}
      {state.step === 'choose' && state.error ? (
        <p className="import-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {reading ? (
        <div className="import-progress">
          <p role="status">
            {state.progress.stage === 'structure'
              ? `Finding the judgements and findings in ${state.name}…`
              : `Reading ${state.name}${state.progress.pages ? `: page ${state.progress.pagesRead} of ${state.progress.pages}` : '…'}`}
          </p>
          <progress
            max={
              state.progress.stage === 'reading' && state.progress.pages
                ? state.progress.pages
                : undefined
            }
            value={
              state.progress.stage === 'reading' && state.progress.pages
                ? state.progress.pagesRead
                : undefined
            }
            aria-label={`Reading ${state.name}`}
          />
          <button type="button" onClick={() => cancelling.current?.abort()}>
            Cancel
          </button>
        </div>
      ) : null}
      <div className="import-choices">
        <section aria-labelledby="from-file">
          <h2 id="from-file">From a file</h2>
          <p>A PDF, Word (.docx), web page (.html) or text (.txt, .md) file.</p>
          <button
            type="button"
            className="primary"
            onClick={() => void chooseFile()}
            disabled={reading}
          >
            Choose a report file
          </button>
        </section>
        <section aria-labelledby="from-text">
          <h2 id="from-text">From pasted text</h2>
          <label htmlFor="report-text">Report text</label>
          <textarea
            id="report-text"
            rows={12}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            placeholder="Paste the report, or a summary of it, here."
          />
          <button
            type="button"
            onClick={() => void readPaste()}
            disabled={reading || pasted.trim().length === 0}
          >
            Read report
          </button>
        </section>
      </div>
    </section>
  );
}
