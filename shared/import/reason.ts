// Why a finding has its kind, in the words a member reads on request, for the review screen and
// the report view alike.
import type { Finding } from '../model';

const ARTICLE: Record<Finding['kind'], string> = {
  strength: 'a strength',
  improvement: 'an area for improvement',
  recommendation: 'a recommendation',
  context: 'context',
};

/** "marked as an area for improvement because: 'too many children wait'", or null when the kind
 * was given by a member (or by a build that kept no reason). */
export function reasonWords(finding: Pick<Finding, 'kind' | 'reason' | 'balance'>): string | null {
  const reason = finding.reason;
  if (!reason) return null;
  const as = `marked as ${ARTICLE[finding.kind]}`;
  if (reason.by === 'section')
    return `${as} because it is listed under "${reason.quote ?? 'its section'}"`;
  if (reason.by === 'statement') return `${as} because it states a judgement`;
  if (!reason.quote) return `${as} because it describes practice without finding fault`;
  return `${as} because: '${reason.quote}'`;
}

/** "Praise and shortfall weigh about the same here", for a balanced finding. */
export function balanceWords(
  finding: Pick<Finding, 'balance'>,
): { praise: string[]; shortfall: string[] } | null {
  return finding.balance
    ? { praise: finding.balance.strength, shortfall: finding.balance.improvement }
    : null;
}
