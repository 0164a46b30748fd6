// The IPC contract: one typed map of channel name to argument and result, checked on both sides.
// The main process validates every argument with these schemas and the sender's origin first.
import { z } from 'zod';

const FileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(20),
});

const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes (a Uint8Array)');

const MAX_FILE_BYTES = 300 * 1024 * 1024;
const SafeFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'a plain file name');

export const ipcSchemas = {
  'app:info': {
    args: z.tuple([]),
    result: z.object({ version: z.string(), dataFolder: z.string(), backupsFolder: z.string() }),
  },
  'files:open-dialog': {
    args: z.tuple([z.object({ title: z.string().max(200), filters: z.array(FileFilter).max(10) })]),
    result: z.object({ name: z.string(), bytes: Bytes }).nullable(),
  },
  'files:save-dialog': {
    args: z.tuple([
      z.object({
        suggestedName: SafeFileName,
        bytes: Bytes.refine((b) => b.byteLength <= MAX_FILE_BYTES, 'at most 300 MB'),
        filters: z.array(FileFilter).max(10),
      }),
    ]),
    result: z.object({ path: z.string() }).nullable(),
  },
  'backups:write': {
    args: z.tuple([
      z.object({
        fileName: SafeFileName.refine((n) => n.endsWith('.json'), 'a .json file name'),
        bytes: Bytes.refine((b) => b.byteLength <= MAX_FILE_BYTES, 'at most 300 MB'),
      }),
    ]),
    result: z.object({ path: z.string(), writtenAt: z.string() }),
  },
  'backups:latest': {
    args: z.tuple([]),
    result: z.object({ name: z.string(), writtenAt: z.string(), bytes: Bytes }).nullable(),
  },
  /** The accessible PDF: a pack's whole print document (shared/pack/print.ts), printed tagged. */
  'packs:print-pdf': {
    args: z.tuple([
      z.object({
        html: z
          .string()
          .min(1)
          .max(MAX_FILE_BYTES)
          .refine((h) => h.startsWith('<!doctype html>'), 'a whole HTML document'),
      }),
    ]),
    result: Bytes,
  },
  'shell:open-external': {
    args: z.tuple([z.string().url().max(2000)]),
    result: z.boolean(),
  },
  /** The renderer says whether words are still on their way to the store; the main process holds
   * a window's close (and the app's quit) until they are, for a bounded time (close-guard.ts). */
  'saves:state': {
    args: z.tuple([z.object({ pending: z.boolean() }).strict()]),
    result: z.boolean(),
  },
} as const;

export type IpcChannel = keyof typeof ipcSchemas;
export type IpcArgs<C extends IpcChannel> = z.infer<(typeof ipcSchemas)[C]['args']>;
export type IpcResult<C extends IpcChannel> = z.infer<(typeof ipcSchemas)[C]['result']>;

export type { DesktopBridge } from './bridge';
export { bridgeChannels } from './bridge';
