import type { QuoteEvidence } from "./evidence";

/** Evidence for the quotations in events-2021-2022.ts (see evidence.ts). */
export const evidence: QuoteEvidence[] = [];
