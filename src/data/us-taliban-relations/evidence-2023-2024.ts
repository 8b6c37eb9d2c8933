import type { QuoteEvidence } from "./evidence";

/** Evidence for the quotations in events-2023-2024.ts (see evidence.ts). */
export const evidence: QuoteEvidence[] = [];
