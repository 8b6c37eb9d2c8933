/** The article's claims as the views read them: by event (a card), by paragraph (the view, the handout). */
import type { Claim } from "./schema";

/**
 * The claims each event shows the record for, in the article's order, so a card can list "what the article
 * claims about this event" without scanning every claim each time it opens.
 */
export function claimsByEvent(claims: readonly Claim[]): ReadonlyMap<string, readonly Claim[]> {
  const byEvent = new Map<string, Claim[]>();
  for (const claim of claims)
    // A claim that names an event twice is listed once on its card.
    for (const event of new Set(claim.events)) {
      const list = byEvent.get(event);
      if (list) list.push(claim);
      else byEvent.set(event, [claim]);
    }
  return byEvent;
}

/**
 * The claims grouped by the article's paragraphs, in paragraph order and, within one, in the dataset's
 * order (the order the article makes them in).
 */
export function claimsByParagraph(claims: readonly Claim[]): { paragraph: number; claims: Claim[] }[] {
  const groups = new Map<number, Claim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.paragraph);
    if (group) group.push(claim);
    else groups.set(claim.paragraph, [claim]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([paragraph, grouped]) => ({ paragraph, claims: grouped }));
}
