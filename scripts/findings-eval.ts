// Scores an import's findings against the hand-labelled findings key (tests/fixtures/findings-key):
// kind accuracy, paragraphs cut (split, merged or missed) and findings that are not findings at all.
import type { Finding } from '../shared/model';

export interface KeyRow {
  n: number;
  page: number | null;
  kind: string;
  balanced: boolean;
  first: string;
  last: string;
}

export interface KeyReport {
  file: string;
  framework: string;
  variant: string;
  split: 'tune' | 'held-out';
}

/** Splits one CSV line, with double-quoted fields that may hold commas and doubled quotes. */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

function rowsOf(text: string): Record<string, string>[] {
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  if (!header) return [];
  const names = csvCells(header);
  return lines.map((line) => {
    const cells = csvCells(line);
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

export function parseKey(text: string): KeyRow[] {
  return rowsOf(text).map((r) => ({
    n: Number(r.n),
    page: r.page ? Number(r.page) : null,
    kind: r.kind ?? '',
    balanced: r.balanced === 'yes',
    first: r.first_words ?? '',
    last: r.last_words ?? '',
  }));
}

export function parseKeyReports(text: string): KeyReport[] {
  return rowsOf(text).map((r) => ({
    file: r.file ?? '',
    framework: r.framework ?? '',
    variant: r.variant ?? '',
    split: r.split === 'held-out' ? 'held-out' : 'tune',
  }));
}

/** Letters and digits only: line breaks, hyphenation, quotes and bullets do not matter here. */
export function squash(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

export interface KeyOutcome {
  row: KeyRow;
  /** The finding that starts with the key paragraph's first words, if any. */
  finding: Pick<Finding, 'kind' | 'text' | 'balance'> | null;
  whole: boolean;
  kindRight: boolean;
}

export interface ReportScore {
  rows: number;
  matched: number;
  kindRight: number;
  cut: number;
  spurious: number;
  spuriousTexts: string[];
  wrong: KeyOutcome[];
  cutRows: KeyOutcome[];
}

/** A balanced paragraph is right with either kind when the importer says it is balanced. */
export function kindAgrees(row: KeyRow, finding: Pick<Finding, 'kind' | 'balance'>): boolean {
  if (finding.kind === row.kind) return true;
  return (
    row.balanced &&
    finding.balance !== undefined &&
    (finding.kind === 'strength' || finding.kind === 'improvement') &&
    (row.kind === 'strength' || row.kind === 'improvement')
  );
}

/** Matches key rows to findings in reading order (a finding starting with the row's first words). */
export function scoreReport(
  key: readonly KeyRow[],
  findings: readonly Pick<Finding, 'kind' | 'text' | 'balance'>[],
): ReportScore {
  const squashed = findings.map((f) => squash(f.text));
  const used = new Set<number>();
  const outcomes: KeyOutcome[] = [];
  let from = 0;
  for (const row of key) {
    const first = squash(row.first);
    const last = squash(row.last);
    let at = -1;
    for (let i = from; i < findings.length; i += 1) {
      if (!used.has(i) && squashed[i]?.startsWith(first)) {
        at = i;
        break;
      }
    }
    // Out of order (rare): look behind the pointer too.
    if (at < 0) at = squashed.findIndex((s, i) => !used.has(i) && s.startsWith(first));
    if (at < 0) {
      outcomes.push({ row, finding: null, whole: false, kindRight: false });
      continue;
    }
    used.add(at);
    from = at + 1;
    const finding = findings[at] as Pick<Finding, 'kind' | 'text' | 'balance'>;
    outcomes.push({
      row,
      finding,
      whole: (squashed[at] ?? '').endsWith(last),
      kindRight: kindAgrees(row, finding),
    });
  }
  const matched = outcomes.filter((o) => o.finding);
  const spuriousTexts = findings.filter((_, i) => !used.has(i)).map((f) => f.text);
  return {
    rows: key.length,
    matched: matched.length,
    kindRight: matched.filter((o) => o.kindRight).length,
    cut: outcomes.filter((o) => !o.whole).length,
    spurious: spuriousTexts.length,
    spuriousTexts,
    wrong: matched.filter((o) => !o.kindRight),
    cutRows: outcomes.filter((o) => !o.whole),
  };
}

export interface Tally {
  rows: number;
  matched: number;
  kindRight: number;
  cut: number;
  spurious: number;
}

export function addTally(into: Tally, score: Tally): void {
  into.rows += score.rows;
  into.matched += score.matched;
  into.kindRight += score.kindRight;
  into.cut += score.cut;
  into.spurious += score.spurious;
}

/** Pass marks of issue 13: 95% of kinds right; under 0.5% of findings cut or spurious. */
export const FINDINGS_PASS = { kindAccuracy: 0.95, cutOrSpurious: 0.005 };

export function rates(t: Tally): { kindAccuracy: number; cutOrSpurious: number } {
  return {
    kindAccuracy: t.matched ? t.kindRight / t.matched : 0,
    cutOrSpurious: t.rows ? (t.cut + t.spurious) / t.rows : 1,
  };
}

export function passes(t: Tally): boolean {
  const r = rates(t);
  return (
    r.kindAccuracy >= FINDINGS_PASS.kindAccuracy && r.cutOrSpurious < FINDINGS_PASS.cutOrSpurious
  );
}

export interface FindingsEvalOptions {
  /** Print each wrong kind, cut paragraph and spurious finding. */
  verbose: boolean;
  log: (line: string) => void;
}

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;

/** Scores every keyed report that was imported; prints per report, per framework (all, tuning and
 * held-out) and returns whether every framework meets the pass marks. */
export function evaluateFindings(
  reports: readonly KeyReport[],
  keys: ReadonlyMap<string, KeyRow[]>,
  findingsOf: (file: string) => readonly Pick<Finding, 'kind' | 'text' | 'balance'>[] | null,
  options: FindingsEvalOptions,
): boolean {
  const { log } = options;
  const groups = new Map<string, { all: Tally; tune: Tally; heldOut: Tally }>();
  const empty = (): Tally => ({ rows: 0, matched: 0, kindRight: 0, cut: 0, spurious: 0 });
  log('\nFindings against the hand-labelled key (tests/fixtures/findings-key):');
  for (const report of reports) {
    const key = keys.get(report.file);
    const findings = findingsOf(report.file);
    const name = report.variant ? `${report.framework} ${report.variant}` : report.framework;
    const group = groups.get(name) ?? { all: empty(), tune: empty(), heldOut: empty() };
    groups.set(name, group);
    if (!key || !findings) {
      log(`  ${report.file}: ${key ? 'not imported' : 'no key'}`);
      const missing = { ...empty(), rows: key?.length ?? 0, cut: key?.length ?? 0 };
      addTally(group.all, missing);
      addTally(report.split === 'held-out' ? group.heldOut : group.tune, missing);
      continue;
    }
    const score = scoreReport(key, findings);
    addTally(group.all, score);
    addTally(report.split === 'held-out' ? group.heldOut : group.tune, score);
    const r = rates(score);
    log(
      `  ${report.file.padEnd(52)} ${report.split === 'held-out' ? 'held-out' : 'tuning  '} kinds ${String(score.kindRight).padStart(3)}/${String(score.matched).padEnd(3)} ${pct(r.kindAccuracy)}  cut ${score.cut}, spurious ${score.spurious} of ${score.rows} (${pct(r.cutOrSpurious)})`,
    );
    if (options.verbose) {
      for (const o of score.wrong)
        log(
          `      kind   #${o.row.n} "${o.row.first}…": key ${o.row.kind}${o.row.balanced ? ' (balanced)' : ''}, got ${o.finding?.kind ?? '-'}${o.finding?.balance ? ' (balanced)' : ''}`,
        );
      for (const o of score.cutRows)
        log(
          `      cut    #${o.row.n} "${o.row.first}…${o.row.last}": ${o.finding ? `finding ends "…${o.finding.text.slice(-60)}"` : 'no finding starts here'}`,
        );
      for (const t of score.spuriousTexts) log(`      extra  "${t.slice(0, 90)}"`);
    }
  }
  log(
    '\nPer framework (pass marks: kinds at least 95% right; under 0.5% of findings cut or spurious):',
  );
  let ok = true;
  for (const [name, g] of groups) {
    const pass = passes(g.all);
    ok &&= pass;
    const line = (label: string, t: Tally) => {
      const r = rates(t);
      return `${label} kinds ${pct(r.kindAccuracy)} (${t.kindRight}/${t.matched}), cut or spurious ${pct(r.cutOrSpurious)} (${t.cut} cut, ${t.spurious} spurious, ${t.rows} findings)`;
    };
    log(
      `  ${name.padEnd(11)} ${line('all     ', g.all)}  ${pass ? 'pass' : 'BELOW the pass mark'}`,
    );
    if (g.tune.rows) log(`  ${''.padEnd(11)} ${line('tuning  ', g.tune)}`);
    if (g.heldOut.rows) log(`  ${''.padEnd(11)} ${line('held-out', g.heldOut)}`);
  }
  return ok;
}
