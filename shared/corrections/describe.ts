// Corrections in words, the same in the app and in packs: "corrected by Cllr Amara Okafor, 3 December 2026".
import type { JudgementCorrection } from '../model';
import { longDate } from '../pack/format';

export function correctedBy(correction: Pick<JudgementCorrection, 'by' | 'at'>): string {
  return `corrected by ${correction.by || 'a member'}, ${longDate(correction.at.slice(0, 10))}`;
}
