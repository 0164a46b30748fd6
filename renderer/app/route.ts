// Hash routes, so a reload or a restart returns the member to the screen they were on.
import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'library' }
  | { screen: 'report'; reportId: string; findingId: string | null }
  | { screen: 'import' }
  | { screen: 'questions' }
  | { screen: 'themes'; theme: string | null }
  | { screen: 'packs'; packId: string | null; print?: boolean }
  | { screen: 'sharing' }
  | { screen: 'settings' };

/** A malformed escape ("%E0%A4%A", typed or pasted) is kept as written: the screen then says the
 * report or pack is not found, instead of the decoder's error blanking the app. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseRoute(hash: string): Route {
  const [screen = '', first, second] = hash.replace(/^#\/?/, '').split('/').map(decodePart);
  switch (screen) {
    case 'report':
      return first
        ? { screen: 'report', reportId: first, findingId: second ?? null }
        : { screen: 'library' };
    case 'import':
    case 'questions':
    case 'sharing':
    case 'settings':
      return { screen };
    case 'themes':
      return { screen: 'themes', theme: first ?? null };
    case 'packs':
      return first && second === 'print'
        ? { screen: 'packs', packId: first, print: true }
        : { screen: 'packs', packId: first ?? null };
    default:
      return { screen: 'library' };
  }
}

export function routeHref(route: Route): string {
  const part = (s: string) => encodeURIComponent(s);
  switch (route.screen) {
    case 'report':
      return `#/report/${part(route.reportId)}${route.findingId ? `/${part(route.findingId)}` : ''}`;
    case 'themes':
      return route.theme ? `#/themes/${part(route.theme)}` : '#/themes';
    case 'packs':
      return route.packId
        ? `#/packs/${part(route.packId)}${route.print ? '/print' : ''}`
        : '#/packs';
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
