// Bytes sent over IPC are cloned with their whole backing buffer, so a view into a shared pool
// would carry unrelated memory with it: copy unless the view already owns its buffer exactly.
export function ownBytes(view: Uint8Array): Uint8Array {
  if (view.byteOffset === 0 && view.byteLength === view.buffer.byteLength)
    return new Uint8Array(view.buffer, 0, view.byteLength);
  return new Uint8Array(view);
}
