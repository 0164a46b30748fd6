// Where the data lives and whether the browser has promised to keep it: the answer to
// navigator.storage.persist(), and how much room is used and left.
import { useEffect, useState } from 'react';
import { usePlatform } from '../platform/context';
import { sizeLabel } from './format';

interface StorageStatus {
  location: string;
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readStatus(location: Promise<string>): Promise<StorageStatus> {
  const storage = navigator.storage as StorageManager | undefined;
  const [where, persisted, estimate] = await Promise.all([
    location,
    storage?.persisted ? storage.persisted() : Promise.resolve(null),
    storage?.estimate ? storage.estimate() : Promise.resolve(null),
  ]);
  return {
    location: where,
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}

export function StorageSection() {
  const platform = usePlatform();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let live = true;
    void readStatus(platform.dataLocation()).then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, [platform]);

  return (
    <section aria-labelledby="storage-title" className="settings-section">
      <h2 id="storage-title">Where your data is kept</h2>
      {status === null ? (
        <p role="status">Checking storage…</p>
      ) : (
        <dl className="settings-facts">
          <div>
            <dt>Data folder</dt>
            <dd>{status.location}</dd>
          </div>
          <div>
            <dt>Kept permanently</dt>
            <dd>
              {status.persisted === true
                ? 'Yes: the browser will not clear your notes to free space.'
                : status.persisted === false
                  ? 'No: the browser may clear stored data when the disk is nearly full. Back up regularly.'
                  : 'Unknown: this browser cannot say. Back up regularly.'}
            </dd>
          </div>
          <div>
            <dt>Space used</dt>
            <dd>
              {status.usage === null
                ? 'Unknown'
                : `${sizeLabel(status.usage)}${status.quota ? ` of ${sizeLabel(status.quota)} available` : ''}`}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
