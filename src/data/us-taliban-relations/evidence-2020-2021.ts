import type { QuoteEvidence } from "./evidence";

/** Evidence for the quotations in events-2020-2021.ts (see evidence.ts). */
export const evidence: QuoteEvidence[] = [];
