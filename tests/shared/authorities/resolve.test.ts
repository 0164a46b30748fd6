// Resolving the names reports use to one authority, and never reading a phrase as one.
import { describe, expect, it } from 'vitest';
import {
  describeLineage,
  findAuthorities,
  lineageCodes,
  resolveAuthorityName,
  searchAuthorities,
} from '../../../shared/authorities';

const code = (name: string, on?: string) => resolveAuthorityName(name, on)?.code ?? null;

describe('resolving an authority by its name', () => {
  it('files every spelling of one council under one code', () => {
    expect(
      ['Leeds', 'Leeds City', 'Leeds City Council', 'LEEDS CITY COUNCIL', 'City of Leeds'].map(
        (n) => code(n),
      ),
    ).toEqual(['383', '383', '383', '383', '383']);
    expect(
      ['Bristol, City of', 'Bristol City Council', 'City of Bristol', 'Bristol'].map((n) =>
        code(n),
      ),
    ).toEqual(['801', '801', '801', '801']);
    expect(
      ['Kingston upon Hull City Council', 'Kingston upon Hull, City of', 'Hull'].map((n) =>
        code(n),
      ),
    ).toEqual(['810', '810', '810']);
    expect(
      ['Kingston upon Thames', 'Royal Borough of Kingston upon Thames'].map((n) => code(n)),
    ).toEqual(['314', '314']);
    expect(['St. Helens', 'St Helens Borough Council', 'Saint Helens'].map((n) => code(n))).toEqual(
      ['342', '342', '342'],
    );
    expect(
      ['Telford & Wrekin', 'Windsor & Maidenhead', 'London Borough of Hammersmith & Fulham'].map(
        (n) => code(n),
      ),
    ).toEqual(['894', '868', '205']);
    expect(
      [
        'County Durham',
        'Durham County Council',
        'Herefordshire, County of',
        'Council of the Isles of Scilly',
      ].map((n) => code(n)),
    ).toEqual(['840', '840', '884', '420']);
    expect(code('878')).toBe('878');
  });

  it('settles a name two councils used by the report’s date', () => {
    expect(code('Dorset County Council')).toBe('835');
    expect(code('Dorset', '2017-05-01')).toBe('835');
    expect(code('Dorset', '2022-05-01')).toBe('838');
    expect(code('Dorset')).toBe('838');
    expect(code('North Yorkshire County Council', '2018-08-06')).toBe('815');
  });

  it('reads no authority in a phrase that only looks like a council', () => {
    expect(code('Care Council')).toBeNull();
    expect(code('Children in Care Council')).toBeNull();
    expect(code('Unknown authority')).toBeNull();
    expect(code('Lowmoor')).toBeNull();
    expect(
      findAuthorities(
        'The Children in Care Council meets monthly; the Youth Council and the Council of Voices advise leaders.',
      ),
    ).toEqual([]);
  });
});

describe('finding the authority in a report’s wording', () => {
  it('counts councils named in full in prose, most named first', () => {
    const found = findAuthorities(
      'Leeds City Council has improved. Staff at Leeds City Council, and partners in Bradford Council, said so. Leeds is proud.',
    );
    expect(found.map((m) => [m.entry.code, m.count])).toEqual([
      ['383', 2],
      ['380', 1],
    ]);
  });

  it('takes a bare name only where asked (titles), and not a name inside a longer one', () => {
    expect(findAuthorities('Inspection of Merton local authority children’s services')).toEqual([]);
    expect(
      findAuthorities('Inspection of Merton local authority children’s services', {
        bare: true,
      }).map((m) => m.entry.code),
    ).toEqual(['315']);
    expect(
      findAuthorities('North Somerset Council and Bath and North East Somerset Council', {
        bare: true,
      }).map((m) => m.entry.code),
    ).toEqual(['802', '800']);
    expect(
      findAuthorities('Services in the London Borough of Bromley', { bare: true }).map(
        (m) => m.entry.code,
      ),
    ).toEqual(['305']);
  });
});

describe('reorganisations', () => {
  it('runs a journey back through predecessors and says where it changes', () => {
    expect(lineageCodes('940')).toEqual(['940', '928']);
    expect(lineageCodes('839')).toEqual(['839', '837', '836']);
    expect(describeLineage('940')).toEqual([
      'Northamptonshire until 2021, then North Northamptonshire',
    ]);
    expect(describeLineage('928')).toEqual([
      'Northamptonshire until 2021, then North Northamptonshire and West Northamptonshire',
    ]);
    expect(describeLineage('839')).toEqual([
      'Bournemouth and Poole until 2019, then Bournemouth, Christchurch and Poole',
    ]);
    expect(describeLineage('815')).toEqual([
      'North Yorkshire County Council until 2023, then North Yorkshire Council',
    ]);
    expect(describeLineage('383')).toEqual([]);
  });
});

describe('searching the list', () => {
  it('finds an authority by part of any of its names or by its code', () => {
    expect(searchAuthorities('leeds')[0]?.code).toBe('383');
    expect(searchAuthorities('hull')[0]?.code).toBe('810');
    expect(searchAuthorities('878')[0]?.name).toBe('Devon');
    expect(searchAuthorities('northampton').map((a) => a.name)).toEqual([
      'Northamptonshire',
      'North Northamptonshire',
      'West Northamptonshire',
    ]);
    expect(searchAuthorities('').length).toBeGreaterThan(150);
  });
});
