// The shape of one entry in the authorities reference list.

export interface AuthorityEntry {
  /** The DfE local authority code (three digits), the identity every report is filed under. */
  code: string;
  /** The ONS (GSS) code of the council today, or when it ended; null where it has none. */
  ons: string | null;
  /** Earlier ONS codes of the same body (a county that became a unitary keeps its LA code). */
  formerOns?: readonly string[];
  kind: 'london' | 'metropolitan' | 'unitary' | 'county';
  /** The short name a member knows it by, shown in lists. */
  name: string;
  /** The name in DfE's lists ("Bristol, City of"). */
  officialName: string;
  /** The council's own name ("Bristol City Council"). */
  council: string;
  /** Other names reports and members use for it. */
  aliases: readonly string[];
  /** Earlier names of the same body, with the date each stopped being used. */
  formerNames?: readonly { name: string; until: string }[];
  /** When it took on children's services (a new authority), YYYY-MM-DD. */
  from?: string;
  /** When its children's services passed to its successors (a former authority), YYYY-MM-DD. */
  until?: string;
  /** The authorities whose children's services it took over. */
  predecessors?: readonly string[];
}
