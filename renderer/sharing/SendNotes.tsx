// Send my notes: choose one report, one briefing pack or everything, and whose notes, then save
// them as a share bundle file a colleague can take in.
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/instance';
import { newestFirst } from '../db/hooks/workspace';
import { reportDateLabel } from '../library/labels';
import { readForSharing } from '../db/repositories/sharing';
import { usePlatform } from '../platform/context';
import { announce } from '../app/Announcer';
import { routeHref } from '../app/route';
import { buildBundle, bundleFileName, type BundleOptions } from '../../shared/files/bundle';
import type { BundleScope } from '../../shared/files/envelope';
import { isInputError } from '../../shared/errors';
import { BUNDLE_FILE_KIND } from './files';

type ScopeChoice = 'report' | 'pack' | 'everything';

function useChoices() {
  return useLiveQuery(async () => {
    const [reports, packs] = await Promise.all([db.reports.toArray(), db.packs.toArray()]);
    reports.sort((a, b) => a.authority.localeCompare(b.authority) || newestFirst(a, b));
    packs.sort((a, b) => a.title.localeCompare(b.title));
    return { reports, packs };
  }, []);
}

export function SendNotes({ memberName }: { memberName: string }) {
  const id = useId();
  const platform = usePlatform();
  const choices = useChoices();
  const [scope, setScope] = useState<ScopeChoice>('everything');
  const [reportId, setReportId] = useState('');
  const [packId, setPackId] = useState('');
  const [notes, setNotes] = useState<BundleOptions['notes']>('mine');
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'failed'; text: string }>(
    { kind: 'idle', text: '' },
  );

  if (!memberName) {
    return (
      <p>
        Add your name in <a href={routeHref({ screen: 'settings' })}>Settings</a> first, so
        colleagues can see which notes are yours.
      </p>
    );
  }

  const chosenReport = reportId || choices?.reports[0]?.id || '';
  const chosenPack = packId || choices?.packs[0]?.id || '';

  const send = async () => {
    const bundleScope: BundleScope =
      scope === 'report'
        ? { type: 'report', reportId: chosenReport }
        : scope === 'pack'
          ? { type: 'pack', packId: chosenPack }
          : { type: 'everything' };
    setStatus({ kind: 'busy', text: 'Gathering your notes…' });
    try {
      const now = new Date();
      const file = buildBundle(await readForSharing(db), bundleScope, memberName, now, { notes });
      const count = file.data.annotations.length;
      const corrections = file.data.corrections.length;
      if (count === 0 && corrections === 0 && file.data.deletedReports.length === 0) {
        setStatus({
          kind: 'failed',
          text:
            notes === 'mine'
              ? 'You have no notes there to share yet; nothing was saved.'
              : 'There are no notes there to share; nothing was saved.',
        });
        return;
      }
      const result = await platform.saveFile(
        bundleFileName(memberName, now),
        new TextEncoder().encode(JSON.stringify(file)),
        BUNDLE_FILE_KIND,
      );
      if (!result.saved) {
        setStatus({ kind: 'idle', text: '' });
        return;
      }
      const where = result.location ? ` to ${result.location}` : '';
      const what = [
        count > 0 || corrections === 0 ? `${count} ${count === 1 ? 'note' : 'notes'}` : '',
        corrections > 0
          ? `${corrections} ${corrections === 1 ? 'correction' : 'corrections'} to reports`
          : '',
      ]
        .filter(Boolean)
        .join(' and ');
      const text = `Saved ${what}${where}. Send the file to your colleague; they choose "Take in a colleague\u2019s notes".`;
      setStatus({ kind: 'done', text });
      announce(text);
    } catch (error) {
      setStatus({
        kind: 'failed',
        text: `Nothing was saved: ${isInputError(error) || error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  return (
    <form
      className="sharing-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <fieldset>
        <legend>Which notes</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-scope`}
            checked={scope === 'everything'}
            onChange={() => setScope('everything')}
          />{' '}
          Everything
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-scope`}
            checked={scope === 'report'}
            disabled={!choices?.reports.length}
            onChange={() => setScope('report')}
          />{' '}
          One report
        </label>
        {scope === 'report' ? (
          <div className="field">
            <label htmlFor={`${id}-report`}>Report</label>
            <select
              id={`${id}-report`}
              value={chosenReport}
              onChange={(e) => setReportId(e.target.value)}
            >
              {choices?.reports.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.authority}: {r.title} ({reportDateLabel(r)})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <label className="choice">
          <input
            type="radio"
            name={`${id}-scope`}
            checked={scope === 'pack'}
            disabled={!choices?.packs.length}
            onChange={() => setScope('pack')}
          />{' '}
          One briefing pack
        </label>
        {scope === 'pack' ? (
          <div className="field">
            <label htmlFor={`${id}-pack`}>Briefing pack</label>
            <select
              id={`${id}-pack`}
              value={chosenPack}
              onChange={(e) => setPackId(e.target.value)}
            >
              {choices?.packs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Whose notes</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-who`}
            checked={notes === 'mine'}
            onChange={() => setNotes('mine')}
          />{' '}
          Only mine ({memberName})
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-who`}
            checked={notes === 'everyone'}
            onChange={() => setNotes('everyone')}
          />{' '}
          Everyone&rsquo;s notes I hold, each under its writer&rsquo;s name
        </label>
      </fieldset>
      <button type="submit" className="primary" disabled={status.kind === 'busy'}>
        Save my notes to a file…
      </button>
      {status.kind === 'busy' ? <p role="status">{status.text}</p> : null}
      {status.kind === 'done' ? <p>{status.text}</p> : null}
      {status.kind === 'failed' ? (
        <p role="alert" className="error">
          {status.text}
        </p>
      ) : null}
    </form>
  );
}
