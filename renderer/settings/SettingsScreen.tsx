// Settings: the member's name and default marking, their key and colleagues' keys, backups and restore, and where the data is.
import { useSettings } from '../db/hooks/settings';
import { MemberSection } from './MemberSection';
import { KeysSection } from './KeysSection';
import { BackupSection } from './BackupSection';
import { StorageSection } from './StorageSection';
import './settings.css';

export function SettingsScreen() {
  const settings = useSettings();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Settings</h1>
      {settings === undefined ? (
        <p role="status">Loading your settings…</p>
      ) : (
        <>
          <MemberSection settings={settings} />
          <KeysSection settings={settings} />
        </>
      )}
      <BackupSection />
      <StorageSection />
    </section>
  );
}
