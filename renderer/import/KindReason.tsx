// Why the importer gave a finding its kind, shown on request; and, for a balanced finding, the
// sentences (in a one-sentence paragraph, the clauses) that carry praise and those that carry shortfall.
import { balanceWords, reasonWords } from '../../shared/import/reason';
import type { Finding } from '../../shared/model';

export function KindReason({
  finding,
  number,
}: {
  finding: Pick<Finding, 'kind' | 'reason' | 'balance'>;
  number: number;
}) {
  const reason = reasonWords(finding);
  const balance = balanceWords(finding);
  if (!reason && !balance) return null;
  return (
    <details className="kind-reason">
      <summary>
        {balance
          ? `Why this kind? (finding ${number} is a judgement call: praise and shortfall weigh about the same)`
          : `Why this kind? (finding ${number})`}
      </summary>
      {reason ? <p>{reason.charAt(0).toUpperCase() + reason.slice(1)}.</p> : null}
      {balance ? (
        <div>
          <p>Sentences or clauses that praise:</p>
          <ul>
            {balance.praise.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
          <p>Sentences or clauses that find a shortfall:</p>
          <ul>
            {balance.shortfall.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}
