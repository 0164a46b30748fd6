// What a workspace file holds, shown before it replaces anything: who exported it, when, and
// how many of each kind of thing.
import type { FileSummary } from '../../shared/files/summary';
import { timeLabel } from './format';

export function FilePreview({ name, summary }: { name: string; summary: FileSummary }) {
  return (
    <div className="file-preview">
      <h3>What {name} holds</h3>
      <p>
        Exported {summary.exportedBy ? `by ${summary.exportedBy} ` : ''}on{' '}
        {timeLabel(summary.exportedAt)}.
      </p>
      <table>
        <caption className="visually-hidden">Contents of the file</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Number</th>
          </tr>
        </thead>
        <tbody>
          {summary.counts.map((c) => (
            <tr key={c.label}>
              <th scope="row">{c.label[0]?.toUpperCase() + c.label.slice(1)}</th>
              <td>{c.count.toLocaleString('en-GB')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
