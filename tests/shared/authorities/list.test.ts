// The reference list checked against itself: one entry per code, codes and ONS codes well formed
// and unique, every predecessor present and ending when its successor starts, every name resolving
// back to its own entry.
import { describe, expect, it } from 'vitest';
import {
  activeOn,
  AUTHORITY_LIST,
  AUTHORITY_LIST_VERSION,
  authorityByCode,
  nameCore,
  namesOf,
  resolveAuthorityName,
} from '../../../shared/authorities';

const ONS_PREFIX = { london: 'E09', metropolitan: 'E08', unitary: 'E06', county: 'E10' } as const;

describe('the authorities reference list', () => {
  it('has a version and one entry per DfE code, each three digits', () => {
    expect(AUTHORITY_LIST_VERSION).toMatch(/^\d{4}\.\d+$/);
    const codes = AUTHORITY_LIST.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{3}$/);
  });

  it('gives each body its own ONS code, of the kind the authority is', () => {
    const ons = AUTHORITY_LIST.flatMap((a) => [a.ons, ...(a.formerOns ?? [])]).filter(
      (o): o is string => o !== null,
    );
    expect(new Set(ons).size).toBe(ons.length);
    for (const a of AUTHORITY_LIST) {
      if (a.ons) expect(a.ons, a.name).toMatch(new RegExp(`^${ONS_PREFIX[a.kind]}\\d{6}$`));
      else
        expect(
          a.until,
          `${a.name} has no ONS code, so it must be a former authority`,
        ).toBeDefined();
    }
  });

  it('holds the 153 authorities with children’s services today: 33 in London, 36 metropolitan, 63 unitary, 21 counties', () => {
    const current = AUTHORITY_LIST.filter((a) => !a.until);
    const byKind = (kind: string) => current.filter((a) => a.kind === kind).length;
    expect([
      current.length,
      byKind('london'),
      byKind('metropolitan'),
      byKind('unitary'),
      byKind('county'),
    ]).toEqual([153, 33, 36, 63, 21]);
  });

  it('links every reorganisation: each predecessor exists, ended the day its successor began, and names it', () => {
    for (const a of AUTHORITY_LIST) {
      for (const code of a.predecessors ?? []) {
        const before = authorityByCode(code);
        expect(before, `${a.name}'s predecessor ${code}`).toBeDefined();
        expect(before?.until, `${before?.name} ends when ${a.name} begins`).toBe(a.from);
      }
    }
    for (const former of AUTHORITY_LIST.filter((a) => a.until)) {
      const successors = AUTHORITY_LIST.filter((a) => a.predecessors?.includes(former.code));
      expect(successors.length, `${former.name} has a successor`).toBeGreaterThan(0);
    }
  });

  it('covers the reorganisations members meet in reports', () => {
    const successors = (code: string) =>
      AUTHORITY_LIST.filter((a) => a.predecessors?.includes(code))
        .map((a) => a.name)
        .sort();
    expect(successors('928')).toEqual(['North Northamptonshire', 'West Northamptonshire']);
    expect(successors('909')).toEqual(['Cumberland', 'Westmorland and Furness']);
    expect(successors('837')).toEqual(['Bournemouth, Christchurch and Poole']);
    expect(successors('836')).toEqual(['Bournemouth, Christchurch and Poole']);
    expect(successors('835')).toEqual(['Dorset']);
    for (const [code, former] of [
      ['825', 'Buckinghamshire County Council'],
      ['815', 'North Yorkshire County Council'],
      ['933', 'Somerset County Council'],
    ]) {
      expect(authorityByCode(code ?? '')?.formerNames?.map((f) => f.name)).toEqual([former]);
    }
  });

  it('resolves every name of every entry back to that entry, on a date it was in office', () => {
    for (const a of AUTHORITY_LIST) {
      const on = a.until ? '2000-01-01' : '2026-01-01';
      expect(activeOn(a, on) || Boolean(a.from && a.from > on), a.name).toBe(true);
      for (const name of namesOf(a))
        expect(resolveAuthorityName(name, on)?.code, `"${name}"`).toBe(a.code);
    }
  });

  it('never gives two current authorities the same identity words', () => {
    const seen = new Map<string, string>();
    for (const a of AUTHORITY_LIST.filter((x) => !x.until)) {
      for (const name of namesOf(a)) {
        const core = nameCore(name);
        const other = seen.get(core);
        expect(
          other === undefined || other === a.code,
          `"${core}" names ${other} and ${a.code}`,
        ).toBe(true);
        seen.set(core, a.code);
      }
    }
  });
});
