// Small shared field types: ids, dates, timestamps.
import { z } from 'zod';

export const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_:.-]+$/, 'ids use letters, digits and _ : . -');
export type Id = z.infer<typeof Id>;

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();
/** A moment, ISO 8601 with time zone, as produced by Date.prototype.toISOString. */
export const IsoDateTime = z.iso.datetime({ offset: true });
