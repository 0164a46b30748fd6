// Hash routes: a malformed escape in the address ("#/report/%E0%A4%A", typed or pasted) must not
// throw, or the whole app goes blank; the route keeps the text as written, so the report screen
// says "Report not found".
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../renderer/app/route';

describe('parseRoute', () => {
  it('keeps a malformed escape as written instead of throwing', () => {
    expect(parseRoute('#/report/%E0%A4%A')).toEqual({
      screen: 'report',
      reportId: '%E0%A4%A',
      findingId: null,
    });
    expect(parseRoute('#/packs/%')).toEqual({ screen: 'packs', packId: '%' });
    expect(parseRoute('#/report/r1/%E0%A4%A')).toEqual({
      screen: 'report',
      reportId: 'r1',
      findingId: '%E0%A4%A',
    });
  });

  it('still decodes well-formed routes, as routeHref writes them', () => {
    const route = { screen: 'report', reportId: 'report:a/b c', findingId: 'finding:é' } as const;
    expect(parseRoute(routeHref(route))).toEqual(route);
    expect(parseRoute('#/themes/Early%20help')).toEqual({ screen: 'themes', theme: 'Early help' });
  });
});
