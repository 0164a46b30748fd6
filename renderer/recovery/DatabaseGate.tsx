// Shows the screens only once the store is open. While it opens: a short status line; if it
// cannot open, or another window upgrades it, the recovery screen: never a blank window.
import { useEffect, useState, type ReactNode } from 'react';
import { db } from '../db/instance';
import type { OpenOutcome } from '../db/open';
import { usePlatform } from '../platform/context';
import { announce } from '../app/Announcer';
import { RecoveryScreen, type Problem } from './RecoveryScreen';
import { forgetOpenAttempt, openStoreOnce } from './openOnce';

type GateState =
  | { status: 'opening' }
  | { status: 'blocked' }
  | { status: 'open' }
  | { status: 'problem'; problem: Problem; detail: string };

function stateOf(outcome: OpenOutcome): GateState {
  return outcome.ok
    ? { status: 'open' }
    : { status: 'problem', problem: outcome.problem, detail: outcome.detail };
}

export function DatabaseGate({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const [state, setState] = useState<GateState>({ status: 'opening' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void openStoreOnce(platform).then((outcome) => {
      if (!live) return;
      if (outcome.ok && outcome.safetyCopy)
        announce(
          `Scrutiny Desk updated its store; a safety copy was saved as ${outcome.safetyCopy.fileName}.`,
        );
      if (outcome.ok && outcome.recoveredDrafts > 0)
        announce(
          `Kept ${outcome.recoveredDrafts === 1 ? 'one change' : `${outcome.recoveredDrafts} changes`} you typed just before Scrutiny Desk last closed.`,
        );
      setState(stateOf(outcome));
    });
    // Another window opened a newer version: this one's connection is closed, so say so plainly.
    const onVersionChange = () => setState({ status: 'problem', problem: 'replaced', detail: '' });
    // An older window still holds the store open, so the update waits for it to close.
    const onBlocked = () => setState((s) => (s.status === 'opening' ? { status: 'blocked' } : s));
    db.on('versionchange', onVersionChange);
    db.on('blocked', onBlocked);
    return () => {
      live = false;
      db.on('versionchange').unsubscribe(onVersionChange);
      db.on('blocked').unsubscribe(onBlocked);
    };
  }, [platform, attempt]);

  if (state.status === 'open') return <>{children}</>;
  if (state.status === 'opening') return <p role="status">Opening your notes…</p>;
  if (state.status === 'blocked') {
    return (
      <p role="status">
        Scrutiny Desk is updating how it stores your notes and is waiting for its other windows to
        close. Close any other Scrutiny Desk windows or tabs; this one will carry on by itself.
      </p>
    );
  }
  return (
    <RecoveryScreen
      problem={state.problem}
      detail={state.detail}
      onRetry={() => {
        forgetOpenAttempt();
        setState({ status: 'opening' });
        setAttempt((n) => n + 1);
      }}
    />
  );
}
