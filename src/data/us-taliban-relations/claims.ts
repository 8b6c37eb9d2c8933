/**
 * The article's claims held against the record, for the "Check the article" view (issue 26). Each claim quotes
 * the article verbatim; the explanation says in our own words what the events show. Where the article and the
 * record differ, the verdict follows the research fact sheet's list of the article's errors and no further.
 */
import type { Claim } from "../../domain/schema";

export const claims: Claim[] = [
  // P1
  {
    id: "seeking-ties",
    paragraph: 1,
    text: "The Taliban is seeking to re-establish diplomatic ties with the U.S. under President Trump, expressing the desire for recognition as Afghanistan’s official government",
    verdict: "accurate",
    explanation:
      "After Trump won the election in November 2024, the Taliban foreign ministry said it hoped for a new chapter in relations. According to CNN, Taliban officials again asked Washington to recognise their government during the March 2025 talks in Kabul.",
    events: ["exploratory-talks", "recognition-request"],
  },
  {
    id: "us-office",
    paragraph: 1,
    text: "proposing the opening of a U.S. office",
    verdict: "imprecise",
    explanation:
      "The words can be read as an American office in Afghanistan. The request CNN reported was the other way round: a Taliban office inside the United States to deal with Afghans living there, which need not be an embassy and could be outside Washington.",
    events: ["recognition-request"],
  },
  {
    id: "after-withdrawal",
    paragraph: 1,
    text: "This shift follows the U.S. withdrawal and the dramatic rise of the Taliban.",
    verdict: "accurate",
    explanation:
      "The Taliban entered Kabul on 15 August 2021 as U.S. forces were pulling out, and the last U.S. military flight left on 30 August 2021. The talks the article describes came in early 2025; the Taliban had already sought better relations at the first post-withdrawal talks in Doha in October 2021, where the U.S. withheld recognition.",
    events: ["fall-of-kabul", "last-us-flight", "doha-talks-oct-2021"],
  },
  {
    id: "cautious-optimism",
    paragraph: 1,
    text: "Negotiations reveal a cautious optimism",
    verdict: "opinion",
    explanation:
      "This describes the mood of the talks, which no record can settle. On record: the U.S. official quoted by CNN spoke of a positive path but did not rule out negative steps, and Secretary of State Rubio called Glezmann's release a “positive and constructive step” while noting that other Americans were still held.",
    events: ["exploratory-talks", "glezmann-released"],
  },
  {
    id: "terrorist-concerns",
    paragraph: 1,
    text: "amidst ongoing concerns regarding terrorist affiliations",
    verdict: "accurate",
    explanation:
      "When the article appeared, Washington still listed the Taliban as a Specially Designated Global Terrorist entity (since July 2002) and the Haqqani network as a Foreign Terrorist Organization. In late March 2025 the State Department confirmed that these designations stayed in force.",
    events: ["designations-remain"],
  },
  // P2
  {
    id: "intensified-efforts",
    paragraph: 2,
    text: "In recent months, the Taliban has intensified its efforts to establish diplomatic relations with the Trump administration, sensing an opportunity to reignite official ties with the United States.",
    verdict: "accurate",
    explanation:
      "CNN, citing people familiar with the talks, reported that the Taliban stepped up their contacts in the first months after Trump's inauguration on 20 January 2025. On 20 March 2025 hostage envoy Adam Boehler and former envoy Zalmay Khalilzad made the first known visit by U.S. officials to Kabul since 2021.",
    events: ["exploratory-talks", "glezmann-released"],
  },
  {
    id: "exploratory",
    paragraph: 2,
    text: "American officials characterize preliminary discussions with the group as “exploratory”",
    verdict: "accurate",
    explanation:
      "CNN quoted an unnamed U.S. official who called the early talks exploratory and fluid. Other outlets only repeat CNN's report of it.",
    events: ["exploratory-talks"],
  },
  {
    id: "not-imminent",
    paragraph: 2,
    text: "while a positive trajectory exists, normalization of relations is not imminent",
    verdict: "accurate",
    explanation:
      "The same official spoke of a positive path Washington would follow if the Taliban did, and said normal ties were not expected soon. On 4 April 2025 the State Department said the U.S. recognised no one as Afghanistan's government.",
    events: ["exploratory-talks", "us-response-recognition"],
  },
  // P3
  {
    id: "recognize-government",
    paragraph: 3,
    text: "During negotiations, the Taliban has expressed desires for the U.S. to recognize it as Afghanistan’s official government",
    verdict: "accurate",
    explanation:
      "CNN reported that Taliban officials raised U.S. recognition of their government again in the March 2025 talks in Kabul around Glezmann's release.",
    events: ["recognition-request"],
  },
  {
    id: "office-in-the-us",
    paragraph: 3,
    text: "proposed to open an office in the U.S. to manage Afghan community affairs",
    verdict: "accurate",
    explanation:
      "CNN, citing a U.S. official and a second person familiar with the talks, reported a request for an office in the United States for Afghan-community matters, not necessarily an embassy. The Taliban's own account of the 20 March 2025 meeting says consular services for Afghans in the U.S. were discussed; the office details rest on CNN alone.",
    events: ["recognition-request"],
  },
  {
    id: "two-decades",
    paragraph: 3,
    text: "following the Taliban’s takeover after the U.S. withdrawal in 2021, which ended nearly two decades of military conflict",
    verdict: "accurate",
    explanation:
      "The Taliban took Kabul on 15 August 2021, while the withdrawal was under way; the last U.S. flight left on 30 August 2021, ending a U.S. military presence that began in 2001. U.S. deaths in the war are counted as 2,448 (Biden, July 2021) to 2,461 (McKenzie, 30 August 2021, including Defense Department civilians).",
    events: ["fall-of-kabul", "last-us-flight"],
  },
  // P4
  {
    id: "calculated-strategy",
    paragraph: 4,
    text: "The negotiations and the Taliban’s approach indicate a calculated strategy",
    verdict: "opinion",
    explanation:
      "Whether the Taliban's steps add up to a calculated strategy is a judgement about intentions that no record can settle. The record shows the steps themselves: hopes for a new chapter after Trump's election in November 2024, Glezmann's release on 20 March 2025, and requests for recognition.",
    events: ["exploratory-talks", "glezmann-released", "recognition-request"],
  },
  {
    id: "former-president",
    paragraph: 4,
    text: "an agreement reached by former President Trump",
    verdict: "wrong",
    explanation:
      "Trump was the sitting president when his envoy Zalmay Khalilzad and the Taliban's Abdul Ghani Baradar signed the Doha agreement on 29 February 2020, in the last year of his first term. He was president again when the article appeared in April 2025.",
    events: ["doha-agreement"],
  },
  {
    id: "withdrawal-in-2021",
    paragraph: 4,
    text: "for a complete troop withdrawal in 2021, which occurred under the Biden administration",
    verdict: "accurate",
    explanation:
      "The Doha agreement gave 14 months, to 1 May 2021, for all U.S. and allied troops to leave. Biden moved the date to 11 September (announced 14 April 2021) and then to 31 August (8 July 2021); the last U.S. flight left Kabul on 30 August 2021.",
    events: ["doha-agreement", "biden-april-decision", "biden-july-decision", "last-us-flight"],
  },
  {
    id: "security-forces-collapse",
    paragraph: 4,
    text: "The collapse of Afghan security forces enabled the Taliban’s swift rise to power",
    verdict: "accurate",
    explanation:
      "Zaranj, the first provincial capital to fall, was taken on 6 August 2021; within about a week the Taliban held half of the provincial capitals, with Afghan regular forces often giving way or fleeing, and they entered Kabul on 15 August.",
    events: ["taliban-offensive", "fall-of-kabul"],
  },
  {
    id: "chaotic-withdrawal",
    paragraph: 4,
    text: "resulted in a chaotic withdrawal marked by tragic events at Kabul’s airport",
    verdict: "accurate",
    explanation:
      "From 14 to 30 August 2021 over 120,000 people were flown out of Kabul airport (more than 122,000 or 123,000 by Pentagon counts of 30 August, 124,000 by Blinken's of 13 September). On 26 August an ISIS-K suicide bomber at Abbey Gate killed 13 U.S. service members and about 170 Afghans, and on 29 August a U.S. drone strike in Kabul killed 10 civilians; the article gives none of these figures.",
    events: ["kabul-airlift", "abbey-gate-bombing", "kabul-drone-strike"],
  },
  // P5
  {
    id: "securing-release",
    paragraph: 5,
    text: "the Taliban has also engaged in goodwill gestures, such as securing the release of American prisoner George Glezmann",
    verdict: "wrong",
    explanation:
      "The Taliban's own intelligence service had held Glezmann since December 2022, so the Taliban did not secure his release: they released him, on 20 March 2025. The release followed talks in Kabul with Adam Boehler and Zalmay Khalilzad, with Qatar mediating; the Taliban foreign ministry called it a goodwill gesture.",
    events: ["glezmann-released", "glezmann-detained"],
  },
  {
    id: "cautious-progress",
    paragraph: 5,
    text: "which was framed as a sign of cautious progress",
    verdict: "accurate",
    explanation:
      "Rubio called the release a “positive and constructive step” and, in the same statement, said other Americans were still detained in Afghanistan. The Taliban foreign ministry said it showed readiness to engage with Washington on the basis of mutual respect.",
    events: ["glezmann-released"],
  },
  {
    id: "reassessed-bounties",
    paragraph: 5,
    text: "Concurrently, the U.S. has reassessed bounties on members of the Haqqani network",
    verdict: "imprecise",
    explanation:
      "The offers were withdrawn, not merely reviewed: the State Department's Rewards for Justice offers on Sirajuddin Haqqani ($10 million) and on Abdul Aziz and Yahya Haqqani ($5 million each), $20 million in all, were removed, as the Taliban interior ministry announced on 22 or 23 March 2025 (reports differ on the day). The three men remained listed as Specially Designated Global Terrorists.",
    events: ["haqqani-rewards-removed", "designations-remain"],
  },
  {
    id: "concessions-on-both-sides",
    paragraph: 5,
    text: "in response, indicating possible concessions on both sides",
    verdict: "unsupported",
    explanation:
      "Washington gave no public reason for dropping the rewards two days after Glezmann's release and never described it as a return for him; the link is drawn by Taliban officials and commentators. AP reported that no prisoner was handed over for Glezmann.",
    events: ["haqqani-rewards-removed", "glezmann-released"],
  },
  // P6
  {
    id: "gradual-normalization",
    paragraph: 6,
    text: "The dialogue highlighted a mutual recognition of the need for gradual normalization of relations",
    verdict: "opinion",
    explanation:
      "This reads both sides' intentions, which no record can settle. On record: the U.S. official quoted by CNN spoke of a positive path if the Taliban walked it and said normal ties were not expected soon, while AP reported that the Taliban described the release of Americans as part of a “normalization” of ties.",
    events: ["exploratory-talks"],
  },
  {
    id: "transactional",
    paragraph: 6,
    text: "with the Taliban displaying eagerness to accommodate a transactional relationship favoring President Trump",
    verdict: "unsupported",
    explanation:
      "The Taliban courted Trump openly: Khalilzad wrote that they freed Glezmann as a goodwill gesture to the president and the American people. Neither the available CNN text nor other reports describe a transactional relationship favouring Trump.",
    events: ["exploratory-talks", "glezmann-released"],
  },
  {
    id: "timing-releases",
    paragraph: 6,
    text: "This included accommodation of U.S. interests, demonstrated by timing the release of detainees to align with political narratives.",
    verdict: "unsupported",
    explanation:
      "The only release on record that could fit is the swap of Ryan Corbett and William McKenty for Khan Mohammed on the night of Trump's inauguration (20 January 2025 in the U.S., 21 January in Kabul). That deal was agreed under Biden, and no report shows who chose its timing or why.",
    events: ["corbett-mckenty-exchange", "exploratory-talks"],
  },
  // P7
  {
    id: "designations-kept",
    paragraph: 7,
    text: "including the U.S. maintaining the terrorist designations of several Taliban affiliates",
    verdict: "accurate",
    explanation:
      "In late March 2025 the State Department said Sirajuddin, Abdul Aziz and Yahya Haqqani remained Specially Designated Global Terrorists and the Haqqani network a Foreign Terrorist Organization. The Taliban itself has been a Specially Designated Global Terrorist entity since July 2002, though it is not on the FTO list.",
    events: ["designations-remain"],
  },
  {
    id: "official-warnings",
    paragraph: 7,
    text: "as indicated by the official warnings regarding potential consequences should American prisoners remain unfreed",
    verdict: "imprecise",
    explanation:
      "Warnings are on record, such as Rubio's post of 25 January 2025 threatening a very big bounty on Taliban leaders if more Americans were held. But they concern detained Americans, while the designations are legal listings made years earlier (the Taliban in 2002, the Haqqani network in 2012); neither shows the other.",
    events: ["rubio-bounty-threat", "designations-remain", "exploratory-talks"],
  },
  {
    id: "prisoners-and-aid",
    paragraph: 7,
    text: "Previous negotiations had also outlined the Taliban’s requests for prisoner releases and financial aid",
    verdict: "imprecise",
    explanation:
      "The prisoner part matches the record: in November 2024 the Taliban asked for Guantánamo detainee Muhammad Rahim and two other prisoners in return for Corbett and Glezmann. For money, the record shows the Taliban demanding Afghanistan's own frozen central-bank reserves (about $7 billion held in the U.S.) from the October 2021 Doha talks on, where humanitarian aid was also discussed; no report cited shows a request for financial aid in the 2024–2025 talks.",
    events: ["biden-swap-talks", "doha-talks-oct-2021", "reserves-frozen"],
  },
  // P8
  {
    id: "china-and-uae",
    paragraph: 8,
    text: "as they have established diplomatic relations with countries like China and the UAE",
    verdict: "imprecise",
    explanation:
      "China (30 January 2024) and the UAE (21 August 2024) accepted Taliban ambassadors, but neither formally recognised the Taliban government. When the article appeared no country had done so; Russia was the first, on 3 July 2025.",
    events: ["china-accepts-envoy", "uae-accepts-envoy", "russia-recognition"],
  },
  {
    id: "no-us-recognition",
    paragraph: 8,
    text: "despite no formal recognition from the U.S.",
    verdict: "accurate",
    explanation:
      "The U.S. has not recognised the Taliban government. On 4 April 2025 the State Department said it recognised no one as Afghanistan's government and had no plan to reopen its embassy in Kabul, closed since August 2021.",
    events: ["us-response-recognition", "exploratory-talks"],
  },
  {
    id: "embassy-in-washington",
    paragraph: 8,
    text: "The road to reopening an embassy in Washington would represent a landmark achievement should normalization unfold.",
    verdict: "imprecise",
    explanation:
      "CNN reported a request for an office that need not be an embassy and could be outside Washington; it was Taliban spokesman Zabihullah Mujahid who said on 25 March 2025 that they had asked for Afghanistan's embassy in Washington. On 4 April the National Security Council said no commitments had been made about that embassy.",
    events: ["recognition-request", "us-response-recognition"],
  },
  // P9
  {
    id: "us-caution",
    paragraph: 9,
    text: "Ultimately, the U.S. continues to approach the Taliban with caution",
    verdict: "accurate",
    explanation:
      "The U.S. official quoted by CNN called the talks exploratory and said normal ties were not near, the terrorist designations stayed in force, and on 4 April 2025 the State Department said it recognised no one as Afghanistan's government.",
    events: ["exploratory-talks", "designations-remain", "us-response-recognition"],
  },
  {
    id: "both-sides-leverage",
    paragraph: 9,
    text: "marking a delicate interplay where both sides seek leverage in a rapidly evolving geopolitical landscape",
    verdict: "opinion",
    explanation:
      "This is a reading of the relationship that no record can settle. The record shows what each side could bargain with: the Taliban held Americans, while the U.S. had reward offers, terrorist designations and Rubio's threat of bounties.",
    events: ["exploratory-talks", "rubio-bounty-threat", "haqqani-rewards-removed"],
  },
  // P10
  {
    id: "willing-to-normalize",
    paragraph: 10,
    text: "Through goodwill gestures and negotiations, they express a willingness to normalize ties, albeit with cautious undertones from American officials.",
    verdict: "accurate",
    explanation:
      "The Taliban foreign ministry called Glezmann's release a goodwill gesture showing it was ready to engage with Washington, and AP reported that the Taliban described such releases as part of normalising ties. The U.S. official quoted by CNN said normal relations were not expected soon.",
    events: ["glezmann-released", "exploratory-talks"],
  },
];

const ASK =
  "Which event on the timeline shows it? Is the claim accurate, imprecise, wrong, unsupported, or an opinion? Give your reason before you reveal the verdict.";

/**
 * A guided path through eight claims: some the record bears out, some it corrects, one opinion. Each step opens
 * the claim's first event; the prompt asks the student to judge the claim before the verdict is shown.
 */
export const checkTheArticleLesson: {
  id: "check-the-article";
  title: "Check the article";
  description: string;
  steps: { claim: string; event: string; prompt: string }[];
} = {
  id: "check-the-article",
  title: "Check the article",
  description:
    "Hold eight claims from the news article up against the timeline. For each one, work out what you would need to check, find the event that shows it, and decide how well the record supports the claim before you reveal the verdict.",
  steps: [
    {
      claim: "exploratory",
      event: "exploratory-talks",
      prompt: `The article says U.S. officials call the early talks “exploratory”. What would you need to check: who said it, and where was it first reported? ${ASK}`,
    },
    {
      claim: "calculated-strategy",
      event: "exploratory-talks",
      prompt: `The article says the Taliban's approach shows “a calculated strategy”. What would you need to check, and could any document or report prove what the Taliban intended? ${ASK}`,
    },
    {
      claim: "former-president",
      event: "doha-agreement",
      prompt: `The article says the withdrawal agreement was reached by “former President Trump”. What would you need to check: when the agreement was signed, and what office Trump held on that date and on the day the article appeared? ${ASK}`,
    },
    {
      claim: "chaotic-withdrawal",
      event: "kabul-airlift",
      prompt: `The article says the withdrawal was chaotic and marked by tragic events at Kabul's airport. What would you need to check: what happened at the airport in August 2021, and what numbers do the sources give? ${ASK}`,
    },
    {
      claim: "securing-release",
      event: "glezmann-released",
      prompt: `The article says the Taliban made a goodwill gesture by “securing the release” of George Glezmann. What would you need to check: who was holding him, and who negotiated his release? ${ASK}`,
    },
    {
      claim: "reassessed-bounties",
      event: "haqqani-rewards-removed",
      prompt: `The article says the U.S. “reassessed” bounties on members of the Haqqani network. What would you need to check: what happened to the reward offers, for whom, and what the U.S. said about the men afterwards? ${ASK}`,
    },
    {
      claim: "china-and-uae",
      event: "china-accepts-envoy",
      prompt: `The article says the Taliban have established diplomatic relations with China and the UAE. What would you need to check: what each country did, and whether accepting an ambassador is the same as formally recognising a government? ${ASK}`,
    },
    {
      claim: "no-us-recognition",
      event: "us-response-recognition",
      prompt: `The article says the U.S. has not formally recognised the Taliban government. What would you need to check: what the U.S. government itself has said, and when? ${ASK}`,
    },
  ],
};
