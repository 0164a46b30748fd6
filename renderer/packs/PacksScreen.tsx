// Meetings and packs: the meetings, the member's packs, and the builder for one pack.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/instance';
import { createPack } from '../db/repositories/packs';
import { readSettings } from '../db/repositories/settings';
import { navigate, routeHref } from '../app/route';
import { MeetingsPanel } from './MeetingsPanel';
import { PackBuilder } from './PackBuilder';
import { PackPrintView } from './PackPrintView';
import './packs.css';

function PackList() {
  const packs = useLiveQuery(() => db.packs.orderBy('modifiedAt').reverse().toArray(), []);
  const meetings = useLiveQuery(() => db.meetings.toArray(), []);
  async function newPack() {
    const settings = await readSettings(db);
    const latest = meetings?.slice().sort((a, b) => b.date.localeCompare(a.date))[0];
    const pack = await createPack(db, {
      author: settings.memberName,
      marking: settings.defaultMarking,
      meetingId: latest?.id ?? null,
    });
    navigate({ screen: 'packs', packId: pack.id });
  }
  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title">Briefing packs</h2>
      {packs === undefined ? (
        <p>Loading packs…</p>
      ) : packs.length === 0 ? (
        <p>No briefing packs yet.</p>
      ) : (
        <ul className="pack-list">
          {packs.map((p) => (
            <li key={p.id}>
              <a href={routeHref({ screen: 'packs', packId: p.id })}>{p.title}</a>{' '}
              <span className="pack-muted">
                ({p.status === 'final' ? 'final' : 'draft'}, {p.items.length} chosen)
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="primary" onClick={() => void newPack()}>
        New briefing pack
      </button>
    </section>
  );
}

export function PacksScreen({ packId, print = false }: { packId: string | null; print?: boolean }) {
  if (packId && print) return <PackPrintView packId={packId} />;
  if (packId) return <PackBuilder packId={packId} />;
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Meetings and packs</h1>
      <div className="pack-columns">
        <MeetingsPanel />
        <PackList />
      </div>
    </section>
  );
}
