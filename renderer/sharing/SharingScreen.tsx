// Share notes: send my notes to colleagues as a file, take in theirs, and settle notes that
// were changed on both sides. Nobody's words are lost (shared/merge).
import { useMemberName } from '../db/hooks/workspace';
import { SendNotes } from './SendNotes';
import { ReceiveNotes } from './ReceiveNotes';
import { ConflictList } from './ConflictList';
import './sharing.css';

export function SharingScreen() {
  const memberName = useMemberName();
  return (
    <section aria-labelledby="screen-title" className="sharing">
      <h1 id="screen-title">Share notes</h1>
      <p>
        Pool notes with colleagues without a network: save yours to a file, send it however you
        like, and take in theirs. Every note keeps its writer&rsquo;s name.
      </p>
      <section aria-labelledby="send-title" className="sharing-section">
        <h2 id="send-title">Send my notes</h2>
        {memberName === undefined ? (
          <p role="status">Loading…</p>
        ) : (
          <SendNotes memberName={memberName} />
        )}
      </section>
      <section aria-labelledby="receive-title" className="sharing-section">
        <h2 id="receive-title">Take in a colleague&rsquo;s notes</h2>
        <p>
          Choose a notes file or a workspace file a colleague sent you. You will see what changes
          before anything is saved.
        </p>
        <ReceiveNotes />
      </section>
      <section aria-labelledby="conflicts-title" className="sharing-section">
        <h2 id="conflicts-title">Notes changed on both sides</h2>
        {memberName === undefined ? null : (
          <ConflictList memberName={memberName || 'Unnamed member'} />
        )}
      </section>
    </section>
  );
}
