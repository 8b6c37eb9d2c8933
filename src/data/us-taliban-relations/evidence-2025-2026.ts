import type { QuoteEvidence } from "./evidence";

/** Evidence for the quotations in events-2025-2026.ts (see evidence.ts). */
export const evidence: QuoteEvidence[] = [];
