// The app's one open database. Tests make their own ScrutinyDatabase instead.
import { ScrutinyDatabase } from './database';

export const db = new ScrutinyDatabase();
