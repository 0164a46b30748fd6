// The app shell: skip link, header, navigation landmark, and the screen for the current route.
import { useEffect, useRef } from 'react';
import { routeHref, useRoute, type Route } from './route';
import { LibraryScreen } from '../library/LibraryScreen';
import { ReportScreen } from '../report/ReportScreen';
import { ImportScreen } from '../import/ImportScreen';
import { QuestionsScreen } from '../questions/QuestionsScreen';
import { ThemesScreen } from '../themes/ThemesScreen';
import { PacksScreen } from '../packs/PacksScreen';
import { SharingScreen } from '../sharing/SharingScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { PlatformProvider } from '../platform/context';
import { Announcer } from './Announcer';
import { DatabaseGate } from '../recovery/DatabaseGate';
import { ShortcutsHelp } from '../shortcuts/ShortcutsHelp';
import { LeaveGuard } from '../autosave/LeaveGuard';

const NAV: { label: string; route: Route }[] = [
  { label: 'Reports', route: { screen: 'library' } },
  { label: 'Import a report', route: { screen: 'import' } },
  { label: 'Questions and follow-ups', route: { screen: 'questions' } },
  { label: 'Themes', route: { screen: 'themes', theme: null } },
  { label: 'Meetings and packs', route: { screen: 'packs', packId: null } },
  { label: 'Share notes', route: { screen: 'sharing' } },
  { label: 'Settings', route: { screen: 'settings' } },
];

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'library':
      return <LibraryScreen />;
    case 'report':
      return <ReportScreen reportId={route.reportId} findingId={route.findingId} />;
    case 'import':
      return <ImportScreen />;
    case 'questions':
      return <QuestionsScreen />;
    case 'themes':
      return <ThemesScreen theme={route.theme} />;
    case 'packs':
      return <PacksScreen packId={route.packId} print={route.print === true} />;
    case 'sharing':
      return <SharingScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}

export function App() {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  // Move focus to the new screen's content so keyboard and screen-reader users follow the change.
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
  }, [route.screen]);

  return (
    <PlatformProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Scrutiny Desk</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.label}>
                <a
                  href={routeHref(item.route)}
                  aria-current={item.route.screen === route.screen ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ShortcutsHelp />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <DatabaseGate>
          <Screen route={route} />
        </DatabaseGate>
      </main>
      <Announcer />
      <LeaveGuard />
    </PlatformProvider>
  );
}
