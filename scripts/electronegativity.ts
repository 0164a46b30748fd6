// npm run security: Doyensec's electronegativity over electron/. It exits 0 whatever it finds, so
// this reads its findings and fails on any of medium severity or above that the allow-list
// (build/electronegativity-allow.json) does not excuse with a reason. Runs offline.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Finding {
  check: string;
  file: string;
  line: number;
  severity: string;
  severityLevel: number;
  confidence: string;
  description: string;
}

export interface Allowance {
  check: string;
  file: string;
  reason: string;
}

export interface Verdict {
  failing: Finding[];
  excused: Finding[];
  stale: Allowance[];
}

/** Electronegativity's MEDIUM; LOW and INFORMATIONAL findings are printed but never fail. */
export const FAILING_LEVEL = 2;

/** Parses the allow-list file's text: every entry needs a check id, a file and a real reason. */
export function parseAllowList(text: string): Allowance[] {
  const data = JSON.parse(text) as { allowed?: unknown };
  if (!Array.isArray(data.allowed)) throw new Error('the allow-list needs an "allowed" array.');
  return data.allowed.map((entry: unknown, index) => {
    const { check, file, reason } = (entry ?? {}) as Record<string, unknown>;
    if (
      typeof check !== 'string' ||
      typeof file !== 'string' ||
      typeof reason !== 'string' ||
      reason.trim().length < 20
    ) {
      throw new Error(
        `allow-list entry ${index + 1} needs "check", "file" and a "reason" of at least a sentence.`,
      );
    }
    return { check, file, reason };
  });
}

function excuses(allowance: Allowance, finding: Finding): boolean {
  return allowance.check === finding.check && allowance.file === finding.file;
}

/** Splits findings into failing and excused; an allowance that excuses nothing is stale. */
export function judgeFindings(
  findings: readonly Finding[],
  allowList: readonly Allowance[],
): Verdict {
  const serious = findings.filter((f) => f.severityLevel >= FAILING_LEVEL);
  return {
    failing: serious.filter((f) => !allowList.some((a) => excuses(a, f))),
    excused: serious.filter((f) => allowList.some((a) => excuses(a, f))),
    stale: allowList.filter((a) => !serious.some((f) => excuses(a, f))),
  };
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: string; value: number };
  confidence: { name: string };
  description: string;
}
interface RawResult {
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Run = (options: Record<string, unknown>) => Promise<RawResult>;

const require = createRequire(import.meta.url);

/**
 * Electronegativity fetches translations and Electron's release list over the network. The
 * release check is excluded (the Electron version is pinned in package.json), and `got` is
 * replaced by an immediate refusal so the scan is the same offline and never waits on a timeout.
 */
function loadOffline(): Run {
  const loader = Module as unknown as {
    _load: (request: string, parent: unknown, isMain: boolean) => unknown;
  };
  const original = loader._load;
  const offline = Object.assign(() => Promise.reject(new Error('offline by design')), {
    head: () => Promise.reject(new Error('offline by design')),
  });
  loader._load = (request, parent, isMain) =>
    request === 'got' ? offline : original(request, parent, isMain);
  try {
    const loaded = require('@doyensec/electronegativity') as Run | { default: Run };
    return typeof loaded === 'function' ? loaded : loaded.default;
  } finally {
    loader._load = original;
  }
}

/** Scans `folder` and returns its findings with paths relative to it (forward slashes). */
export async function scan(folder: string): Promise<Finding[]> {
  const run = loadOffline();
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const log = console.log;
  console.log = () => undefined; // the library's chatter (progress, translations) is not ours to show
  let result: RawResult;
  try {
    result = await run({
      input: resolve(folder),
      electronVersionOverride: electronVersion,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: false,
    });
  } finally {
    console.log = log;
  }
  const broken = result.errors.filter((e) => !e.tolerable);
  if (broken.length > 0)
    throw new Error(
      `electronegativity could not read ${broken.map((e) => `${e.file} (${e.message})`).join(', ')}.`,
    );
  return result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file === 'N/A' ? 'N/A' : relative(resolve(folder), issue.file).split(sep).join('/'),
    line: issue.location.line,
    severity: issue.severity.name,
    severityLevel: issue.severity.value,
    confidence: issue.confidence.name,
    description: issue.description,
  }));
}

function describe(f: Finding): string {
  return `${f.severity} ${f.check} ${f.file}:${f.line} (${f.confidence}): ${f.description}`;
}

export async function main(
  folder = 'electron',
  allowListPath = 'build/electronegativity-allow.json',
): Promise<number> {
  const allowList = parseAllowList(readFileSync(allowListPath, 'utf8'));
  const verdict = judgeFindings(await scan(folder), allowList);
  for (const f of verdict.excused) console.log(`allowed  ${describe(f)}`);
  for (const f of verdict.failing) console.error(`FAILING  ${describe(f)}`);
  for (const a of verdict.stale)
    console.error(
      `STALE    ${a.check} ${a.file}: nothing matches this allowance any more; remove it from ${allowListPath}.`,
    );
  if (verdict.failing.length > 0 || verdict.stale.length > 0) {
    console.error(
      `error: electronegativity: ${verdict.failing.length} finding(s) of medium severity or above are not allowed, ${verdict.stale.length} stale allowance(s). Fix the code, or list the finding with a reason in ${allowListPath}.`,
    );
    return 1;
  }
  console.log(
    `electronegativity: no unexcused findings of medium severity or above in ${folder}/ (${verdict.excused.length} allowed with a reason).`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv[2], process.argv[3]);
}
