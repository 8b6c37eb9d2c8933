import type { DatasetHeading } from "../domain/schema";

/**
 * The default dataset's title, description and source, on their own: the page shows them while the events
 * (about 410 kB as JSON, 90 kB compressed) are still on their way, so a reader sees what the page is about at once.
 */
export const usTalibanRelationsHeading = {
  id: "us-taliban-relations",
  title: "U.S.–Taliban relations, 2020–2026",
  description:
    "From the 2020 Doha agreement through the 2021 withdrawal and the Kabul airlift to the Americans freed in 2025 and the Taliban's push for U.S. recognition, with what Taliban rule has meant for Afghan women and girls and for the Afghans who fled. Drawn from one news article and checked against the public record: where the two differ, the events follow the record and say so in their notes, and they say how each side saw them.",
  language: "en",
  source: {
    title: "Taliban Pursues Diplomatic Recognition with the Trump Administration",
    publisher: "nwzctchr.com (a rewrite of a CNN report)",
    published: "2025-04-03",
  },
} satisfies DatasetHeading;
