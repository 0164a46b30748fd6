// Who the member is to colleagues (their key's short fingerprint, to compare out loud) and the
// colleagues' keys they accepted, each of which they can forget after a confirmation.
import { useState } from 'react';
import { db } from '../db/instance';
import { forgetColleague } from '../db/repositories/colleagues';
import { announce } from '../app/Announcer';
import { fingerprint } from '../../shared/identity/keys';
import type { PinnedKey, Settings } from '../../shared/model';
import { timeLabel } from './format';

const nameOf = (c: PinnedKey) => c.name.trim() || 'A colleague with no name';

export function KeysSection({ settings }: { settings: Settings }) {
  const { identity, colleagues } = settings;
  return (
    <section aria-labelledby="keys-title" className="settings-section">
      <h2 id="keys-title">Your key and your colleagues’ keys</h2>
      <h3>Your member key</h3>
      {identity ? (
        <>
          <dl className="settings-facts">
            <div>
              <dt>Shown to colleagues as</dt>
              <dd>{settings.memberName.trim() || 'no name yet (set “Your name” above)'}</dd>
            </div>
            <div>
              <dt>Your fingerprint</dt>
              <dd className="fingerprint">{fingerprint(identity.publicKey)}</dd>
            </div>
            <div>
              <dt>Member id</dt>
              <dd>{identity.memberId}</dd>
            </div>
            <div>
              <dt>Made</dt>
              <dd>{timeLabel(identity.createdAt)}</dd>
            </div>
          </dl>
          <p className="hint">
            Every file of notes you save is signed with this key, and only you can change your
            notes. Your name is only a label. When a colleague takes in your notes for the first
            time, read your fingerprint out to them so they can check it. Your backups hold this
            key: restore one on a new computer to go on as the same member.
          </p>
        </>
      ) : (
        <p role="status">Making your member key…</p>
      )}
      <h3 id="colleague-keys-title">Colleagues’ keys</h3>
      {colleagues.length === 0 ? (
        <p>
          No colleague’s key yet. When you take in a colleague’s notes for the first time, their key
          is kept here.
        </p>
      ) : (
        <ul className="colleague-keys" aria-labelledby="colleague-keys-title">
          {colleagues.map((c) => (
            <ColleagueKey key={c.memberId} colleague={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ColleagueKey({ colleague }: { colleague: PinnedKey }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const name = nameOf(colleague);
  const print = fingerprint(colleague.publicKey);
  const forget = async () => {
    try {
      await forgetColleague(db, colleague.memberId);
      announce(
        `Forgot ${name}’s key. The next file signed by ${name} will show its fingerprint for you to check.`,
      );
    } catch (e) {
      setError(`The key was not forgotten: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <li>
      <p>
        <strong>{name}</strong>: fingerprint <span className="fingerprint">{print}</span>, first
        seen {timeLabel(colleague.pinnedAt)}
      </p>
      {confirming ? (
        <div role="group" aria-label={`Forget ${name}’s key?`} className="confirm-box">
          <p>
            Forget {name}’s key ({print})? Their notes stay. Do this only when {name} has told you,
            in person or by phone, that they moved to a new computer or key: the next file signed by{' '}
            {name} will show its fingerprint for you to check, and adding its notes keeps the new
            key.
          </p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void forget()}>
              Forget this key
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Forget {name}’s key…
        </button>
      )}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </li>
  );
}
