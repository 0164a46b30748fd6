// The desktop app's all-or-nothing file write: Node's file system behind shared/files/atomic-write.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { atomicWriteWith } from '../shared/files/atomic-write';

export async function atomicWrite(target: string, data: string | Uint8Array): Promise<void> {
  await atomicWriteWith(fs, target, data, `${process.pid}.${randomBytes(6).toString('hex')}`);
}
