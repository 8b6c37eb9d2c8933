/**
 * The spreadsheet template's three example events (sheet-template.ts): events of the default timeline in its
 * own words, with their sources, as the download writes them. They are data, not the interface's words, so
 * they stay English in every language (eslint.config.js keeps them out of the catalogue), as the default
 * dataset does.
 */
import type { SheetColumn } from "./explorer-sheet";

/** The template's example events, cells by column. */
export const TEMPLATE_EVENTS: readonly Partial<Record<SheetColumn, string>>[] = [
  {
    id: "doha-agreement",
    date: "Feb 29, 2020",
    start: "2020-02-29",
    precision: "day",
    title: "U.S. and Taliban sign the Doha agreement",
    short_title: "Doha agreement signed",
    track: "Diplomacy and recognition",
    actors: "United States (state); Taliban (group); Qatar (state)",
    summary:
      "In Doha, U.S. envoy Zalmay Khalilzad and the Taliban's political chief Abdul Ghani Baradar signed a deal under which every U.S. and allied soldier was to be out of Afghanistan within 14 months, provided the Taliban kept their side of the bargain.",
    sources:
      "Secretary Michael R. Pompeo at Afghanistan Signing Ceremony | U.S. Department of State | https://2017-2021.state.gov/secretary-michael-r-pompeo-at-afghanistan-signing-ceremony/index.html | 2020-02-29 | primary",
    tags: "agreement; withdrawal",
  },
  {
    id: "kabul-airlift",
    date: "Aug 14–30, 2021",
    start: "2021-08-14",
    end: "2021-08-30",
    precision: "day",
    title: "The Kabul airport airlift",
    track: "Military and withdrawal",
    actors: "United States; Taliban",
    summary:
      "In the last two and a half weeks of the war, U.S. and allied aircraft flew well over 120,000 people out of Kabul's Hamid Karzai International Airport, most of them Afghans, in the largest evacuation of civilians the U.S. military had carried out.",
    sources:
      "Opening Remarks by Secretary Antony J. Blinken Before the House Committee on Foreign Affairs | U.S. Department of State | https://www.state.gov/opening-remarks-by-secretary-antony-j-blinken-before-the-house-committee-on-foreign-affairs/ | 2021-09-13 | primary",
    related: "see-also: doha-agreement",
  },
  {
    id: "glezmann-released",
    date: "Mar 20, 2025",
    start: "2025-03-20",
    precision: "day",
    title: "Taliban free George Glezmann",
    track: "Detainees and hostages",
    actors: "Taliban; Qatar; United States",
    summary:
      "The Taliban let George Glezmann, an Atlanta airline mechanic they had held since December 2022, fly out of Kabul after U.S. hostage envoy Adam Boehler and former envoy Zalmay Khalilzad met Taliban officials there, with Qatar as mediator.",
    sources:
      "Taliban release an American man who was abducted while traveling in Afghanistan | Associated Press | https://bastillepost.com/global/article/4673253-american-man-held-by-the-taliban-for-more-than-2-years-has-been-released-the-state-department-says | 2025-03-20 | report | Bastille Post",
  },
];
