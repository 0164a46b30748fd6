// Words for times and sizes on the Settings screen.
export function timeLabel(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

export const WORKSPACE_FILE_KIND = {
  name: 'Scrutiny Desk workspace',
  extensions: ['json'],
  mediaType: 'application/json',
};
