// Saves every editor's words when the page is hidden or left, and, in a browser, asks the
// browser's own "Leave site?" question while a save is still on its way. The desktop shell asks
// the renderer to wait for saves through the platform instead (electron/close-guard.ts).
import { useEffect } from 'react';
import { usePlatform } from '../platform/context';
import { flushAllSaves, hasPendingSaves, watchPendingSaves } from './pending';

export function LeaveGuard() {
  const platform = usePlatform();
  useEffect(() => {
    const save = () => void flushAllSaves();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') save();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasPendingSaves()) return;
      save();
      // The standard prompt; the desktop shell waits for saves itself, so it is never asked there.
      if (platform.kind === 'browser') event.preventDefault();
    };
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onBeforeUnload);
    const unwatch = watchPendingSaves((pending) => platform.reportPendingSaves(pending));
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onBeforeUnload);
      unwatch();
    };
  }, [platform]);
  return null;
}
