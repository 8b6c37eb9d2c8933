import type { TimelineEvent } from "../../domain/schema";
import type { Speaker } from "./voices";
import { paragraphs } from "./text";

/** Events of Trump's second term: the releases, the talks on recognition and what followed (2025–2026). */
export const secondTermEvents: TimelineEvent[] = [
  {
    id: "refugee-admissions-suspended",
    title: "Trump suspends U.S. refugee admissions; Afghans left stranded",
    shortTitle: "Refugee admissions suspended",
    start: "2025-01-20",
    precision: "day",
    track: "rights",
    actors: ["donald-trump", "united-states", "afghanevac", "unhcr"],
    summary:
      "On his first day back in office Trump signed an order halting the U.S. Refugee Admissions Program, which left Afghans already approved for resettlement, among them relatives of serving U.S. troops, unable to travel.",
    details: paragraphs(
      "Executive Order 14163, “Realigning the United States Refugee Admissions Program”, was signed on 20 January 2025 and suspended refugee admissions from 27 January. Decisions on refugee applications were put on hold; the Secretaries of State and Homeland Security could still jointly admit refugees case by case, and the program was to be reviewed every 90 days.",
      "The same day a U.S. official and Shawn VanDiver, who leads #AfghanEvac, a coalition of veterans' and advocacy groups, told Reuters that nearly 1,660 Afghans cleared to resettle were losing their flights. They included unaccompanied minors waiting to join family in the U.S. and relatives of active-duty U.S. service members; thousands more approved Afghans had not yet been given flights from Afghanistan or Pakistan.",
      "Late on 21 January an internal State Department email cancelled all pending and future refugee flights, closing the window before the 27 January start date.",
      "In Pakistan, Afghans who had been cleared for resettlement described the suspension to reporters in their own words. Hadisa Bibi, a former university student in Kabul who had fled to Pakistan and works for women's rights, told AP she had hoped to be resettled quickly because of the risks she faced; a group of Afghans waiting in Pakistan wrote to Trump and to members of Congress that many of them had worked with the U.S. mission and that the Taliban regarded them as traitors.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title:
          "Executive Order 14163 of January 20, 2025: Realigning the United States Refugee Admissions Program (90 FR 8459)",
        publisher: "The White House",
        date: "2025-01-20",
        kind: "primary",
      },
      {
        title:
          "Realigning the United States Refugee Admissions Program (Executive Order 14163, Federal Register, 30 January 2025)",
        publisher: "Office of the Federal Register",
        url: "https://regulations.justia.com/regulations/fedreg/2025/01/30/2025-02011.html",
        via: "Justia Regulations",
        date: "2025-01-30",
        kind: "primary",
      },
      {
        title: "Exclusive-Trump to pull nearly 1,660 Afghan refugees from flights, say US official, advocate",
        publisher: "Reuters",
        url: "https://investing.com/news/world-news/exclusivetrump-administration-canceling-flights-for-nearly-1660-afghan-refugees-say-us-official-advocate-3820802",
        via: "Investing.com",
        date: "2025-01-20",
        kind: "report",
      },
      {
        title: "Trump cancels flights for Afghan refugees approved to come to US",
        publisher: "KPBS",
        url: "https://kpbs.org/news/military/2025/01/22/trump-cancels-flights-for-afghan-refugees-approved-to-come-to-us",
        date: "2025-01-22",
        kind: "report",
      },
      {
        title: "Afghans fleeing Taliban urge Trump to lift refugee program suspension",
        publisher: "Associated Press",
        url: "https://daytondailynews.com/nation-world/afghans-fleeing-taliban-urge-trump-to-lift-refugee-program-suspension/4657VJ46OFFJNDRQM5OHFVSZ44/?outputType=amp",
        via: "Dayton Daily News",
        date: "2025-01",
        kind: "report",
      },
      {
        title: 'UN says refugee resettlement is "life-saving" after Trump halts arrivals',
        publisher: "AFP",
        url: "https://tag24.com/politics/refugees/un-says-refugee-resettlement-is-life-saving-after-trump-halts-arrivals-3353666",
        via: "TAG24",
        date: "2025-01-23",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "donald-trump",
        words:
          "The United States lacks the ability to absorb large numbers of migrants, and in particular, refugees, into its communities in a manner that does not compromise the availability of resources for Americans, that protects their safety and security, and that ensures the appropriate assimilation of refugees.",
        date: "2025-01-20",
        source: {
          title:
            "Realigning the United States Refugee Admissions Program (Executive Order 14163, Federal Register, 30 January 2025)",
          publisher: "Office of the Federal Register",
          url: "https://regulations.justia.com/regulations/fedreg/2025/01/30/2025-02011.html",
          via: "Justia Regulations",
          date: "2025-01-30",
          kind: "primary",
        },
      },
      {
        actor: "afghanevac",
        words: "Afghans and advocates are panicking",
        date: "2025-01-20",
        source: {
          title: "Trump Administration Cancels Flight Of More Than 1,600 Afghan Refugees, Reuters Report",
          publisher: "Afghanistan International",
          url: "https://afintl.com/en/202501218724",
          date: "2025-01-21",
          kind: "report",
        },
      },
      {
        actor: "afghanevac",
        words: "It feels a lot like August 2021 where nobody knows what's happening",
        date: "2025-01-22",
        source: {
          title: "Trump cancels flights for Afghan refugees approved to come to US",
          publisher: "KPBS",
          url: "https://kpbs.org/news/military/2025/01/22/trump-cancels-flights-for-afghan-refugees-approved-to-come-to-us",
          date: "2025-01-22",
          kind: "report",
        },
      },
      {
        actor: "hadisa-bibi",
        words:
          "Given the risks I face as a women's rights advocate, I was hoping for a swift resettlement to the United States.",
        date: "2025-01",
        source: {
          title: "Afghans fleeing Taliban urge Trump to lift refugee program suspension",
          publisher: "Associated Press",
          url: "https://daytondailynews.com/nation-world/afghans-fleeing-taliban-urge-trump-to-lift-refugee-program-suspension/4657VJ46OFFJNDRQM5OHFVSZ44/?outputType=amp",
          via: "Dayton Daily News",
          date: "2025-01",
          kind: "report",
        },
      },
      {
        actor: "unhcr",
        words:
          "Refugee resettlement is a life-saving measure for those most at risk, including survivors of violence or torture, women and children at risk, and individuals with legal or physical protection needs",
        date: "2025-01-23",
        source: {
          title: 'UN says refugee resettlement is "life-saving" after Trump halts arrivals',
          publisher: "AFP",
          url: "https://tag24.com/politics/refugees/un-says-refugee-resettlement-is-life-saving-after-trump-halts-arrivals-3353666",
          via: "TAG24",
          date: "2025-01-23",
          kind: "report",
        },
      },
      {
        actor: "afghan-usrap-refugees",
        words:
          "Many of us risked our lives to support the U.S. mission as interpreters, contractors, human rights defenders, and allies",
        date: "2025-01",
        source: {
          title: "Afghans fleeing Taliban urge Trump to lift refugee program suspension",
          publisher: "Associated Press",
          url: "https://daytondailynews.com/nation-world/afghans-fleeing-taliban-urge-trump-to-lift-refugee-program-suspension/4657VJ46OFFJNDRQM5OHFVSZ44/?outputType=amp",
          via: "Dayton Daily News",
          date: "2025-01",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "operation-allies-welcome", relation: "see-also" },
      { id: "tps-ended", relation: "see-also" },
      { id: "travel-ban", relation: "see-also" },
    ],
    notes:
      "The order is dated 20 January 2025 (Federal Register, 30 January 2025); the suspension itself took effect on 27 January, and booked flights were cancelled from 21 January. Reuters reported the cancellations on 20 January; Afghanistan International noted that VanDiver said on X that day the cancellations had not yet happened. The number of Afghans affected (about 1,660) comes from one U.S. official and VanDiver via Reuters.",
    tags: ["refugees", "executive order", "afghan allies"],
  },
  {
    id: "corbett-mckenty-exchange",
    title: "Corbett and McKenty freed in a swap for Khan Mohammed",
    shortTitle: "Corbett and McKenty freed",
    start: "2025-01-21",
    precision: "day",
    track: "detainees",
    actors: [
      "ryan-corbett",
      "william-mckenty",
      "khan-mohammed",
      "taliban",
      "qatar",
      "united-states",
      "joe-biden",
      "donald-trump",
    ],
    summary:
      "Americans Ryan Corbett and William McKenty were set free in return for Khan Mohammed, an Afghan the Taliban called one of their fighters, serving two life sentences in the U.S. for drug trafficking linked to terrorism. The Biden administration struck the deal with Qatar's help; the handover happened just after Trump took office.",
    details: paragraphs(
      "The exchange took place overnight after the inauguration: on the night of 20 January in U.S. time and on Tuesday 21 January in Kabul, where the Taliban's foreign ministry announced it. AP describes it as carried out on the Biden administration's last day, and a Trump administration official said the deal had been brokered before Biden left office.",
      "Khan Mohammed, about 55, was arrested in Nangarhar province nearly 20 years earlier and convicted in the U.S. in 2008 of narco-terrorism; he had been serving his sentence in California. Corbett had been held for 894 days. The second American, William W. McKenty III, had not been publicly named as a detainee before.",
      "The Taliban's foreign ministry thanked Qatar and said the deal showed that problems could be solved through dialogue. The Trump White House thanked Qatar but said it would keep demanding the release of all Americans held by the Taliban.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Taliban announce the release of two Americans held in Afghanistan in a prisoner exchange",
        publisher: "Associated Press",
        url: "https://www.semissourian.com/world/taliban-announce-the-release-of-two-americans-held-in-afghanistan-in-a-prisoner-exchange-e2011700",
        via: "Southeast Missourian",
        date: "2025-01-21",
        kind: "report",
      },
      {
        title: "Taliban say 2 Americans held in Afghanistan were freed in a prisoner exchange",
        publisher: "Associated Press",
        url: "https://townandcountrytoday.com/amp/world-news/taliban-say-2-americans-held-in-afghanistan-were-freed-in-a-prisoner-exchange-10105692",
        via: "Town & Country Today",
        date: "2025-01-21",
        kind: "report",
      },
      {
        title: "Americans freed in Afghanistan-U.S. prisoner swap, Taliban says",
        publisher: "The Washington Post",
        url: "https://www.spokesman.com/stories/2025/jan/21/americans-freed-in-afghanistan-us-prisoner-swap-ta/",
        via: "The Spokesman-Review",
        date: "2025-01-21",
        kind: "report",
      },
      {
        title: "Taliban announce prisoner swap with US",
        publisher: "AFP",
        url: "https://tribune.com.pk/story/2523681/taliban-announce-prisoner-swap-with-us?amp=1",
        via: "The Express Tribune",
        date: "2025-01-21",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "taliban",
        words:
          "The Islamic Emirate looks positively at the actions of the United States of America that help the normalization and development of relations between the two countries",
        date: "2025-01-21",
        source: {
          title: "Taliban announce release of two Americans in prisoner exchange",
          publisher: "Associated Press",
          url: "https://www.hurriyetdailynews.com/taliban-announce-release-of-two-americans-in-prisoner-exchange-204919",
          via: "Hürriyet Daily News",
          date: "2025-01-21",
          kind: "report",
        },
      },
      {
        actor: "united-states",
        paraphrase:
          "The Trump White House thanked Qatar and said the administration would keep demanding the release of every American held by the Taliban, pointing to the billions of dollars in U.S. aid Afghanistan had received in recent years.",
        date: "2025-01-21",
        source: {
          title: "Taliban say 2 Americans held in Afghanistan were freed in a prisoner exchange",
          publisher: "Associated Press",
          url: "https://townandcountrytoday.com/amp/world-news/taliban-say-2-americans-held-in-afghanistan-were-freed-in-a-prisoner-exchange-10105692",
          via: "Town & Country Today",
          date: "2025-01-21",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        paraphrase: "Mujahid confirmed that two U.S. nationals had been freed but declined to give further details.",
        date: "2025-01-21",
        source: {
          title: "Taliban announce prisoner swap with US",
          publisher: "AFP",
          url: "https://tribune.com.pk/story/2523681/taliban-announce-prisoner-swap-with-us?amp=1",
          via: "The Express Tribune",
          date: "2025-01-21",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "biden-swap-talks", relation: "see-also" },
      { id: "corbett-detained", relation: "see-also" },
      { id: "rubio-bounty-threat", relation: "see-also" },
    ],
    notes: paragraphs(
      "Dates: U.S. time, the night of 20 January 2025 (inauguration day); Kabul time, 21 January. The timeline uses 21 January, the day the Taliban and AP reported the exchange.",
      "The article does not name this swap. Its claim that the Taliban accommodated U.S. interests by “timing the release of detainees to align with political narratives” (P6) could fit only this case on record, and the record does not show who set the timing: AP says the deal was agreed under Biden and carried out on his administration's final day, and a Trump administration official said it was brokered before Biden left office. So this event is listed as background, not as reported by the article.",
    ),
    tags: ["prisoner swap", "corbett", "mckenty", "qatar"],
  },
  {
    id: "rubio-bounty-threat",
    title: "Rubio threatens “very big” bounties on Taliban leaders",
    shortTitle: "Rubio threatens bounties",
    start: "2025-01-25",
    precision: "day",
    track: "sanctions",
    actors: ["marco-rubio", "united-states", "taliban", "suhail-shaheen"],
    summary:
      "Four days after the Corbett–McKenty exchange, Secretary of State Marco Rubio wrote on X that he had heard the Taliban might be holding more Americans than publicly known, and that if so the U.S. would put a bounty on its top leaders, possibly larger than the one once offered for Osama bin Laden.",
    details: paragraphs(
      "Rubio gave no names or numbers. The U.S. had offered $25 million for information leading to bin Laden after the 11 September attacks.",
      "Suhail Shaheen, the Taliban's representative in Doha, answered two days later that Kabul wanted to settle disputes through dialogue, and warned that the Afghans' past resistance showed where pressure and aggression led.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Post by Secretary of State Marco Rubio on X (@SecRubio)",
        publisher: "Marco Rubio (U.S. Secretary of State)",
        date: "2025-01-25",
        kind: "primary",
      },
      {
        title: "Rubio threatens bounties on Taliban leaders over detained Americans",
        publisher: "AFP",
        url: "https://www.digitaljournal.com/world/rubio-threatens-bounties-on-taliban-leaders-over-detained-americans/article",
        via: "Digital Journal",
        date: "2025-01-25",
        kind: "report",
      },
      {
        title: "US may put 'very big bounty' on Taliban leaders, Secretary of State Rubio says",
        publisher: "Reuters",
        url: "https://www.dawn.com/news/1887808/us-may-put-very-big-bounty-on-taliban-leaders-secretary-of-state-rubio-says",
        via: "Dawn",
        date: "2025-01-26",
        kind: "report",
      },
      {
        title: "Rubio threatens bounties on Taliban leaders over detained Americans",
        publisher: "Voice of America",
        url: "https://voanews.com/amp/rubio-threatens-bounties-on-taliban-leaders-over-detained-americans/7950570.html",
        date: "2025-01-25",
        kind: "report",
      },
      {
        title: "Taliban ambassador warns U.S. over bounty threat",
        publisher: "Afghanistan Times",
        url: "https://afghanistantimes.media/taliban-ambassador-warns-u-s-over-bounty-threat",
        date: "2025-01-27",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "marco-rubio",
        words:
          "If this is true, we will have to immediately place a VERY BIG bounty on their top leaders, maybe even bigger than the one we had on Bin Laden",
        date: "2025-01-25",
        source: {
          title: "Post by Secretary of State Marco Rubio on X (@SecRubio)",
          publisher: "Marco Rubio (U.S. Secretary of State)",
          date: "2025-01-25",
          kind: "primary",
        },
      },
      {
        actor: "suhail-shaheen",
        paraphrase:
          "Shaheen said the Taliban sought to resolve disputes through dialogue, urged Rubio to reconsider, and said that, in the face of pressure and aggression, the Afghan nation's struggle of recent decades was a lesson everyone should learn from.",
        date: "2025-01-27",
        source: {
          title: "Taliban ambassador warns U.S. over bounty threat",
          publisher: "Afghanistan Times",
          url: "https://afghanistantimes.media/taliban-ambassador-warns-u-s-over-bounty-threat",
          date: "2025-01-27",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "corbett-mckenty-exchange", relation: "see-also" },
      { id: "haqqani-rewards-removed", relation: "see-also" },
      { id: "designations-remain", relation: "see-also" },
    ],
    notes: paragraphs(
      "Date: Saturday 25 January 2025 in Washington (AFP, Reuters); it was already Sunday 26 January in Afghanistan, and some Afghan outlets use that date. It is sometimes wrongly dated to March 2025; no such threat by Rubio is on record from that month.",
      "The article speaks of “official warnings regarding potential consequences should American prisoners remain unfreed” and presents them as showing that the U.S. kept its terrorist designations. The two are separate: the designations are legal listings, while the warnings were statements tied to Americans still held. CNN's exact wording on the warnings is not known; this post is the closest public warning on record.",
    ),
    tags: ["bounty", "rubio", "hostages"],
  },
  {
    id: "exploratory-talks",
    title: "The Taliban court the Trump administration in “exploratory” talks",
    shortTitle: "“Exploratory” talks",
    start: "2025-01",
    end: "2025-04",
    precision: "month",
    track: "diplomacy",
    actors: ["taliban", "united-states", "donald-trump", "adam-boehler", "zalmay-khalilzad"],
    summary:
      "In the first months of Trump's second term the Taliban stepped up contacts with Washington in the hope of restoring official ties; a U.S. official quoted by CNN called the conversations exploratory and said normal relations were not close.",
    details: paragraphs(
      "The Taliban signalled its hopes early. After Trump's election in November 2024, foreign ministry spokesman Abdul Qahar Balkhi said he hoped the new administration would take realistic steps so that the two countries could open a new chapter. Afghan women's movements and exiled Afghan journalists wrote to Trump asking for the opposite: that he annul the Doha agreement, which they blamed for the Taliban's return and the loss of women's rights.",
      "The contacts led to the first known visit to Kabul by U.S. officials since 2021: on 20 March 2025 hostage envoy Adam Boehler and former envoy Zalmay Khalilzad met Foreign Minister Amir Khan Muttaqi, the highest-level direct talks since Trump took office, according to Reuters. AP reported that the Taliban had described the release of Americans as part of a “normalization” of ties. At the time no country formally recognised the Taliban government; Russia became the first in July 2025.",
      "CNN, in the report of about 1–2 April 2025 on which the article is based, quoted an unnamed American official who described the early talks as exploratory and fluid, spoke of a positive path that Washington would follow if the Taliban did, did not rule out negative steps either, and said normal ties were not expected in the near term. CNN also noted that Washington still designated the Taliban a terrorist organisation.",
    ),
    provenance: "article",
    articleParagraphs: [1, 2, 6, 7, 9, 10],
    articleQuotes: [
      {
        paragraph: 1,
        text: "The Taliban is seeking to re-establish diplomatic ties with the U.S. under President Trump",
      },
      {
        paragraph: 2,
        text: "American officials characterize preliminary discussions with the group as “exploratory” and highlight that while a positive trajectory exists, normalization of relations is not imminent.",
      },
      { paragraph: 6, text: "timing the release of detainees to align with political narratives" },
      {
        paragraph: 7,
        text: "the official warnings regarding potential consequences should American prisoners remain unfreed",
      },
      { paragraph: 9, text: "the U.S. continues to approach the Taliban with caution" },
      { paragraph: 10, text: "the Taliban’s increasing efforts for diplomatic recognition from the U.S." },
    ],
    sources: [
      {
        title: "American citizen Glezmann freed by Taliban, returning to US",
        publisher: "Reuters",
        url: "https://www.fbcnews.com.fj/world/american-citizen-glezmann-freed-by-taliban-returning-to-us/",
        via: "FBC News (Fiji)",
        date: "2025-03-21",
        kind: "report",
      },
      {
        title: "American man held by the Taliban for more than 2 years has been released, the State Department says",
        publisher: "Associated Press",
        url: "https://mb.com.ph/2025/3/20/american-man-held-by-the-taliban-for-more-than-2-years-has-been-released-the-state-department-says",
        via: "Manila Bulletin",
        date: "2025-03-20",
        kind: "report",
      },
      {
        title: "How far might a U.S.-Taliban engagement go?",
        publisher: "The Cipher Brief",
        url: "https://www.thecipherbrief.com/how-far-might-a-u-s-taliban-engagement-go",
        kind: "analysis",
      },
      {
        title: "Afghanistan Taliban govt hopes for 'new chapter' with Trump election win",
        publisher: "AFP",
        via: "The Nation (Pakistan)",
        url: "https://www.nation.com.pk/07-Nov-2024/afghanistan-taliban-govt-hopes-for-new-chapter-with-trump-election-win",
        date: "2024-11-07",
        kind: "report",
      },
      {
        title: "US officials rule out reopening embassy in Afghanistan",
        publisher: "Afghanistan International",
        url: "https://afintl.com/en/202504053154",
        date: "2025-04",
        kind: "report",
      },
      {
        title: "Afghan women urge Donald Trump to nullify US-Taliban peace deal",
        publisher: "KabulNow",
        url: "https://kabulnow.com/2024/11/afghan-women-urge-donald-trump-to-nullify-us-taliban-peace-deal/",
        date: "2024-11",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words: "there is a path that's positive, and if they walk that path, we walk that path.",
        source: {
          title: "How far might a U.S.-Taliban engagement go?",
          publisher: "The Cipher Brief",
          url: "https://www.thecipherbrief.com/how-far-might-a-u-s-taliban-engagement-go",
          kind: "analysis",
        },
      },
      {
        actor: "taliban",
        words:
          "will take realistic steps toward concrete progress in relations between the two countries and both nations will be able to open a new chapter of relations",
        date: "2024-11-06",
        source: {
          title: "Afghanistan Taliban govt hopes for 'new chapter' with Trump election win",
          publisher: "AFP",
          via: "The Nation (Pakistan)",
          url: "https://www.nation.com.pk/07-Nov-2024/afghanistan-taliban-govt-hopes-for-new-chapter-with-trump-election-win",
          date: "2024-11-07",
          kind: "report",
        },
      },
      {
        actor: "afghan-women-activists",
        paraphrase:
          "In an open letter to the president-elect, more than 20 Afghan women's movements urged Trump to annul the 2020 Doha agreement, saying it had empowered the Taliban instead of bringing peace, ignored the voice of the Afghan people and led to the oppression of women and girls, who had been stripped of their rights to education, work and personal freedom.",
        date: "2024-11",
        source: {
          title: "Afghan women urge Donald Trump to nullify US-Taliban peace deal",
          publisher: "KabulNow",
          url: "https://kabulnow.com/2024/11/afghan-women-urge-donald-trump-to-nullify-us-taliban-peace-deal/",
          date: "2024-11",
          kind: "report",
        },
      },
      {
        actor: "afghan-journalists-in-exile",
        paraphrase:
          "In a letter to Trump, the Afghan Journalists in Exile, a group of exiled Afghan reporters in North America and Europe, called the Doha agreement a facilitator of Taliban domination and asked him to annul it, pointing to more than 1,000 documented cases of violence against journalists and more than 4,000 media workers who had left the country since the Taliban took power.",
        date: "2024-11-24",
        source: {
          title: "Afghan Journalists in Exile urge Trump to annul Doha Agreement",
          publisher: "Afghanistan International",
          url: "https://afintl.com/en/202411255101",
          date: "2024-11-25",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "recognition-request", relation: "see-also" },
      { id: "glezmann-released", relation: "see-also" },
      { id: "haqqani-rewards-removed", relation: "see-also" },
      { id: "us-response-recognition", relation: "see-also" },
      { id: "boehler-kabul-talks", relation: "see-also" },
    ],
    notes: paragraphs(
      "The range is shown by month: the push is dated only loosely, from Trump's inauguration on 20 January 2025 to CNN's report in early April.",
      "The U.S. official's words are known from CNN's report: the “path” remark is quoted as The Cipher Brief reproduces it, and the word “exploratory” as the article (P2) gives it.",
      "The article's lines on a “transactional relationship” and on “timing the release of detainees to align with political narratives” (P6), and on earlier Taliban requests for “financial aid” (P7), are not confirmed by the available CNN text or by other reports. The nearest match for the timing claim is the Corbett and McKenty release on the night of Trump's inauguration.",
    ),
    correctsArticle: true,
    tags: ["talks", "recognition", "normalisation"],
  },
  {
    id: "sharifullah-arrest",
    title: "Abbey Gate suspect captured and charged in the U.S.",
    shortTitle: "Abbey Gate suspect charged",
    start: "2025-03-04",
    end: "2025-03-05",
    precision: "day",
    track: "military",
    actors: ["donald-trump", "pakistan", "isis-k", "united-states", "mohammad-sharifullah"],
    summary:
      "Trump told Congress that an ISIS-K member accused of helping prepare the Abbey Gate bombing had been caught with Pakistan's help; Mohammad Sharifullah was flown to the United States overnight and brought before a federal court in Virginia the next day.",
    details: paragraphs(
      "Pakistani special forces captured Sharifullah, also known as Jafar, near the Pakistan–Afghanistan border, acting on information from the CIA, according to a Pakistani intelligence official quoted by ABC and a source quoted by CNN. Trump announced the capture in his address to a joint session of Congress on the night of 4 March 2025 and thanked Pakistan.",
      "The Justice Department charged him with giving, and conspiring to give, material support to a designated foreign terrorist organisation, with death resulting, an offence punishable by up to life imprisonment. According to the criminal complaint, he admitted to FBI agents that he had scouted a route near the airport for the attacker. He made his first appearance in federal court in Alexandria, Virginia, on 5 March.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Address by President Trump to a joint session of Congress (transcript)",
        publisher: "The White House",
        date: "2025-03-04",
        kind: "primary",
      },
      {
        title: "Justice Department press release on the charge against ISIS-K member Mohammad Sharifullah (“Jafar”)",
        publisher: "U.S. Department of Justice",
        date: "2025-03-05",
        kind: "primary",
      },
      {
        title: "Abbey Gate terror suspect Mohammad Sharifullah makes 1st court appearance following extradition to US",
        publisher: "ABC7 (KABC-TV, ABC)",
        url: "https://abc7.com/post/abbey-gate-terror-suspect-mohammad-sharifullah-makes-1st-court-appearance-following-extradition-us/15981561/",
        date: "2025-03-05",
        kind: "report",
      },
      {
        title: "ISIS-K member confessed to scouting Abbey Gate attack route, training Moscow attackers: affidavit",
        publisher: "Fox News",
        url: "https://www.foxnews.com/politics/isis-k-member-confessed-scouting-abbey-gate-attack-route-training-moscow-attackers-affidavit",
        date: "2025-03-05",
        kind: "report",
      },
      {
        title: "Pakistan assisted in US arrest of 'top terrorist' behind 2021 Kabul airport bombing, Trump says",
        publisher: "Dawn",
        url: "https://www.dawn.com/news/1895923/pakistan-assisted-in-us-arrest-of-top-terrorist-behind-2021-kabul-airport-bombing-trump-says",
        date: "2025-03-05",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "donald-trump",
        words: "pleased to announce that we have just apprehended the top terrorist responsible for that atrocity",
        date: "2025-03-04",
        source: {
          title: "Address by President Trump to a joint session of Congress (transcript)",
          publisher: "The White House",
          date: "2025-03-04",
          kind: "primary",
        },
      },
      {
        actor: "donald-trump",
        words: "I want to thank especially the government of Pakistan for helping us arrest this monster",
        date: "2025-03-04",
        source: {
          title: "Address by President Trump to a joint session of Congress (transcript)",
          publisher: "The White House",
          date: "2025-03-04",
          kind: "primary",
        },
      },
    ],
    related: [{ id: "abbey-gate-bombing", relation: "response-to" }],
    notes: paragraphs(
      "Trump called him “the top terrorist responsible”; the complaint as reported describes a narrower role, surveillance of the route to Abbey Gate. In April 2023 the White House had said Taliban forces killed the attack's mastermind, an ISIS-K leader (Dawn).",
      "The civilian toll used by the Justice Department in this case is about 160 Afghans; other official counts give about 170 (see abbey-gate-bombing).",
      "Regional reports give 2 March 2025 as the date of the charge; a Pakistani report citing the Justice Department gives it as the day he admitted his role to FBI agents. No wire service or major outlet confirms either.",
    ),
    tags: ["isis-k", "abbey gate", "pakistan", "prosecution"],
  },
  {
    id: "glezmann-released",
    title: "Taliban free George Glezmann",
    start: "2025-03-20",
    precision: "day",
    track: "detainees",
    actors: [
      "george-glezmann",
      "taliban",
      "adam-boehler",
      "zalmay-khalilzad",
      "qatar",
      "amir-khan-muttaqi",
      "marco-rubio",
      "united-states",
    ],
    summary:
      "The Taliban let George Glezmann, an Atlanta airline mechanic they had held since December 2022, fly out of Kabul after U.S. hostage envoy Adam Boehler and former envoy Zalmay Khalilzad met Taliban officials there, with Qatar as mediator.",
    details: paragraphs(
      "Glezmann, a Delta Air Lines mechanic from Atlanta, was picked up by the Taliban's intelligence service in December 2022 while visiting Afghanistan as a tourist, and Washington classed him as wrongfully detained the following year. AP gave his age as 66.",
      "On Thursday 20 March 2025 Boehler, the Special Presidential Envoy for Hostage Affairs, met a Taliban delegation in Kabul that included Foreign Minister Amir Khan Muttaqi. Reuters called it the highest-level direct contact between the two sides since Trump's return to office. Khalilzad, who negotiated the 2020 Doha agreement but held no U.S. government post in 2025, took part. According to the Taliban foreign ministry, the talks covered bilateral relations, prisoners and consular services for Afghans living in the United States. Glezmann left that evening on a Qatari plane for Doha, with Boehler, on his way home.",
      "Why the Taliban say they freed him: the Taliban foreign ministry called the release a goodwill gesture and said it showed the group was ready to work with Washington on terms of mutual respect and shared interests; reports of the ministry's statement also say it described the release as humanitarian. Khalilzad, who took part in the talks, wrote on X that the Taliban government agreed to free him as a goodwill gesture to “@POTUS” (President Trump) and the American people. Qatar, which represents U.S. interests in Afghanistan, said it had facilitated the release.",
      "What the U.S. gave: the State Department called the release a deal that Qatari negotiators helped broker, but its terms were not made public and no U.S. concession was announced. AP reported that, unlike in the January 2025 exchange that freed Ryan Corbett and William McKenty for Khan Mohammed, the U.S. gave up no prisoner to secure his release, and a U.S. official with direct knowledge of the talks told NBC News that he was not freed as part of a larger prisoner exchange. Two days later the State Department's reward offers for three Haqqani network leaders disappeared from its Rewards for Justice website. Taliban officials presented the release and the removal together as signs of better relations, but Washington gave no public reason for the removal and never described it as a return for Glezmann (see the event on the rewards). Some partisan websites claimed the U.S. paid money for him; they gave no evidence, and no official statement or mainstream news report supports the claim.",
      "Secretary of State Marco Rubio thanked Qatar, called the release a “positive and constructive step” and said other Americans were still held in Afghanistan. Glezmann was the third American freed by the Taliban in 2025.",
    ),
    provenance: "article",
    articleParagraphs: [5, 10],
    articleQuotes: [
      {
        paragraph: 5,
        text: "the Taliban has also engaged in goodwill gestures, such as securing the release of American prisoner George Glezmann, which was framed as a sign of cautious progress",
      },
      {
        paragraph: 10,
        text: "Through goodwill gestures and negotiations, they express a willingness to normalize ties",
      },
    ],
    sources: [
      {
        title: "Taliban release an American man who was abducted while traveling in Afghanistan",
        publisher: "Associated Press",
        url: "https://bastillepost.com/global/article/4673253-american-man-held-by-the-taliban-for-more-than-2-years-has-been-released-the-state-department-says",
        via: "Bastille Post",
        date: "2025-03-20",
        kind: "report",
      },
      {
        title: "American citizen Glezmann freed by Taliban, returning to US",
        publisher: "Reuters",
        url: "https://www.fbcnews.com.fj/world/american-citizen-glezmann-freed-by-taliban-returning-to-us/",
        via: "FBC News (Fiji)",
        date: "2025-03-21",
        kind: "report",
      },
      {
        title: "Taliban say US has lifted $10m reward for information on Sirajuddin Haqqani",
        publisher: "Reuters",
        url: "https://www.dawn.com/news/1899824/taliban-say-us-has-lifted-10m-reward-for-information-on-sirajuddin-haqqani",
        via: "Dawn",
        date: "2025-03-23",
        kind: "report",
      },
      {
        title: "Al Jazeera Mubasher report (Arabic) on Rubio's thanks to Qatar for Glezmann's release",
        publisher: "Al Jazeera Mubasher",
        url: "https://www.aljazeeramubasher.net/news/politics/2025/3/20/%D8%A8%D8%B9%D8%AF-%D8%AA%D8%B3%D9%8A%D8%B1%D9%87%D8%A7-%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D9%8A-%D9%81%D9%8A-%D8%A3%D9%81%D8%BA%D8%A7%D9%86%D8%B3%D8%AA%D8%A7%D9%86",
        date: "2025-03-20",
        kind: "report",
      },
      {
        title: "Taliban claims U.S. has lifted $10 million bounty on Sirajuddin Haqqani",
        publisher: "KabulNow",
        url: "https://kabulnow.com/2025/03/taliban-claims-u-s-has-lifted-10-million-bounty-on-sirajuddin-haqqani/",
        kind: "report",
      },
      {
        title: "Release of George Glezmann (press statement)",
        publisher: "U.S. Department of State",
        date: "2025-03-20",
        kind: "primary",
      },
    ],
    perspectives: [
      {
        actor: "marco-rubio",
        words:
          "George’s release is a positive and constructive step. It is also a reminder that other Americans are still detained in Afghanistan. President Trump will continue his tireless work to free ALL Americans unjustly detained around the world",
        date: "2025-03-20",
        source: {
          title: "American man held by the Taliban for more than 2 years has been released, the State Department says",
          publisher: "Associated Press",
          url: "https://mb.com.ph/2025/3/20/american-man-held-by-the-taliban-for-more-than-2-years-has-been-released-the-state-department-says",
          via: "Manila Bulletin",
          date: "2025-03-20",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        paraphrase:
          "The Taliban foreign ministry called the release a goodwill gesture and said it reflected the group's willingness to engage with the United States on the basis of mutual respect and interests.",
        date: "2025-03-20",
        source: {
          title: "American citizen Glezmann freed by Taliban, returning to US",
          publisher: "Reuters",
          url: "https://www.fbcnews.com.fj/world/american-citizen-glezmann-freed-by-taliban-returning-to-us/",
          via: "FBC News (Fiji)",
          date: "2025-03-21",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        words:
          "During this meeting, discussions were held on Afghanistan-U.S. bilateral relations, the release of prisoners, and the provision of consular services to Afghans in the United States",
        date: "2025-03-20",
        source: {
          title: "American citizen Glezmann freed by Taliban, returning to US",
          publisher: "Reuters",
          url: "https://www.fbcnews.com.fj/world/american-citizen-glezmann-freed-by-taliban-returning-to-us/",
          via: "FBC News (Fiji)",
          date: "2025-03-21",
          kind: "report",
        },
      },
      {
        actor: "qatar",
        paraphrase:
          "Qatar, which represents U.S. diplomatic interests in Taliban-ruled Afghanistan, said in a statement on X that it had facilitated the release; a source said Qatari negotiators made the breakthrough after weeks of talks.",
        date: "2025-03-20",
        source: {
          title: "American citizen Glezmann freed by Taliban, returning to US",
          publisher: "Reuters",
          url: "https://www.fbcnews.com.fj/world/american-citizen-glezmann-freed-by-taliban-returning-to-us/",
          via: "FBC News (Fiji)",
          date: "2025-03-21",
          kind: "report",
        },
      },
      {
        actor: "zalmay-khalilzad",
        words: "The Taliban government agreed to free him as a goodwill gesture to @POTUS and the American people",
        date: "2025-03-20",
        source: {
          title: "Post by Zalmay Khalilzad on X on George Glezmann's release",
          publisher: "Zalmay Khalilzad (former U.S. envoy, on X)",
          date: "2025-03-20",
          kind: "primary",
        },
      },
      {
        actor: "afghan-women-activists",
        paraphrase:
          "Two days after the release, twenty-three Afghan women's protest movements wrote to President Trump asking that Khalilzad be prosecuted, accusing him of having enabled the Taliban's return to power and the oppression of Afghan women.",
        date: "2025-03-22",
        source: {
          title: "23 Afghan women's rights groups urge Trump to prosecute Khalilzad",
          publisher: "Afghanistan International",
          url: "https://afintl.com/en/202503228625",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "glezmann-detained", relation: "see-also" },
      { id: "glezmann-wrongfully-detained", relation: "see-also" },
      { id: "exploratory-talks", relation: "part-of" },
      { id: "recognition-request", relation: "see-also" },
      { id: "haqqani-rewards-removed", relation: "see-also" },
      { id: "corbett-mckenty-exchange", relation: "see-also" },
      { id: "biden-swap-talks", relation: "see-also" },
    ],
    notes: paragraphs(
      "The article (P5) says the Taliban engaged in goodwill gestures “such as securing the release” of Glezmann. The Taliban's own intelligence service was holding him, so the Taliban released him; the release was negotiated by Boehler and Khalilzad with Qatar mediating.",
      "Age: AP gives 66; some reports give 65. Duration: Rubio's post and the State Department statement speak of two and a half years of captivity; from December 2022 to March 2025 is about two years and three months, and AP says more than two years.",
      "Date: AP and Reuters both date the release to Thursday 20 March 2025. One analyst's later piece gives 21 March; the reports written on the day all say 20 March.",
      "Khalilzad was a former envoy; he had no U.S. office in 2025.",
      "Khalilzad's post on X said the release was a goodwill gesture “to @POTUS and the American people” (as NBC News and others quote it); some outlets, Amu TV among them, rendered it as a gesture “to US President Donald Trump”.",
    ),
    correctsArticle: true,
    tags: ["release", "glezmann", "qatar", "hostages"],
  },
  {
    id: "haqqani-rewards-removed",
    title: "U.S. drops reward offers on three Haqqani leaders",
    shortTitle: "Haqqani rewards dropped",
    start: "2025-03-22",
    precision: "day",
    track: "sanctions",
    actors: ["united-states", "haqqani-network", "sirajuddin-haqqani", "taliban"],
    summary:
      "Two days after Glezmann's release, the State Department's Rewards for Justice offers on Sirajuddin Haqqani ($10 million) and on Abdul Aziz and Yahya Haqqani ($5 million each), $20 million in all, were withdrawn; the Taliban interior ministry announced it and Washington gave no public reason.",
    details: paragraphs(
      "Sirajuddin Haqqani heads the Haqqani network and is the Taliban's acting interior minister; he admitted planning the January 2008 attack on Kabul's Serena Hotel, which killed six people including the American Thor David Hesla. The withdrawal was announced by Abdul Mateen Qani, spokesman for the Taliban interior ministry, who named the other two men as Abdul Aziz and Yahya Haqqani and described the three as two brothers and a paternal cousin.",
      "The FBI's wanted poster for Sirajuddin, with its own $10 million offer, was still up on Sunday 23 March (AP); the reward was gone from the poster on Monday 24 March, according to The New York Times, though the poster page stayed online and still called him a Specially Designated Global Terrorist.",
      "Washington did not explain the move. Asked about it, a State Department spokesperson said the United States regularly reviews its reward offers and that the three men and the Haqqani network remained designated (see the next event). Taliban officials presented it, together with Glezmann's release, as a step towards normal relations: the foreign ministry official Zakir Jalaly said both sides were moving beyond the effects of the wartime phase, and Sirajuddin's brother Anas Haqqani called it a political achievement. Abdul Wahed Faqiri, an Afghan political analyst in the United States, told AFP the removal was likely largely symbolic.",
    ),
    provenance: "article",
    articleParagraphs: [5],
    articleQuotes: [
      {
        paragraph: 5,
        text: "the U.S. has reassessed bounties on members of the Haqqani network in response, indicating possible concessions on both sides",
      },
    ],
    sources: [
      {
        title: "Taliban say US has lifted $10m reward for information on Sirajuddin Haqqani",
        publisher: "Reuters",
        url: "https://www.dawn.com/news/1899824/taliban-say-us-has-lifted-10m-reward-for-information-on-sirajuddin-haqqani",
        via: "Dawn",
        date: "2025-03-23",
        kind: "report",
      },
      {
        title: "The U.S. lifts bounties on senior Taliban officials, says Kabul",
        publisher: "Associated Press",
        url: "https://wbhm.org/npr-story/the-u-s-lifts-bounties-on-senior-taliban-officials-says-kabul",
        via: "WBHM",
        date: "2025-03-23",
        kind: "report",
      },
      {
        title: "Kabul: US lifts bounties on senior Taliban officials, including Sirajuddin Haqqani",
        publisher: "Associated Press",
        url: "https://english.aawsat.com/world/5124826-kabul-us-lifts-bounties-senior-taliban-officials-including-sirajuddin-haqqani?page=1",
        via: "Asharq Al-Awsat",
        date: "2025-03-23",
        kind: "report",
      },
      {
        title: "US drops bounties on top Afghan Taliban officials",
        publisher: "AFP",
        url: "https://english.aawsat.com/world/5126255-us-drops-bounties-top-afghan-taliban-officials",
        via: "Asharq Al-Awsat",
        date: "2025-03-27",
        kind: "report",
      },
      {
        title: "FBI removes $10 million reward for Taliban's Sirajuddin Haqqani",
        publisher: "Afghanistan International",
        url: "https://afintl.com/en/202503255697",
        date: "2025-03-25",
        kind: "report",
      },
      {
        title: "Exclusive: US offers no clarity on reported removal of bounty for Haqqani",
        publisher: "Amu TV",
        url: "https://amu.tv/164670",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "zakir-jalaly",
        words:
          "The recent developments in Afghanistan-U.S. relations are a good example of the pragmatic and realistic engagement between the two governments",
        date: "2025-03-23",
        source: {
          title: "The U.S. lifts bounties on senior Taliban officials, says Kabul",
          publisher: "Associated Press",
          url: "https://wbhm.org/npr-story/the-u-s-lifts-bounties-on-senior-taliban-officials-says-kabul",
          via: "WBHM",
          date: "2025-03-23",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        paraphrase:
          "Anas Haqqani, Sirajuddin's brother, welcomed the removal in an interview with Al Jazeera and called it a political achievement for the Taliban.",
        source: {
          title: "Exclusive: US offers no clarity on reported removal of bounty for Haqqani",
          publisher: "Amu TV",
          url: "https://amu.tv/164670",
          kind: "report",
        },
      },
      {
        actor: "united-states",
        words:
          "It is the policy of the United States to consistently review and refine Rewards for Justice reward offers",
        date: "2025-03-26",
        source: {
          title: "US drops bounties on top Afghan Taliban officials",
          publisher: "AFP",
          url: "https://english.aawsat.com/world/5126255-us-drops-bounties-top-afghan-taliban-officials",
          via: "Asharq Al-Awsat",
          date: "2025-03-27",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "glezmann-released", relation: "see-also" },
      { id: "designations-remain", relation: "led-to" },
      { id: "rubio-bounty-threat", relation: "see-also" },
      { id: "exploratory-talks", relation: "part-of" },
    ],
    notes: paragraphs(
      "The article (P5) says the U.S. “reassessed” the bounties “in response” to Taliban goodwill gestures. The offers were removed, not reassessed, and Washington never confirmed a link to Glezmann's release or called it a trade; the link is drawn by Taliban officials and commentators.",
      "The first day is disputed: Reuters (carried by Dawn) and Afghanistan International say the interior ministry announced the removal on Saturday 22 March 2025; AP reports that officials in Kabul announced it on Sunday 23 March.",
      "Qani described the three as two brothers and a paternal cousin; a 2014 VOA report called Yahya Sirajuddin's brother-in-law.",
      "The FBI's reward: AP saw it still on the poster on Sunday 23 March; The New York Times reported it gone on Monday 24 March; Afghanistan International (25 March) and AFP (26 March) reported it removed while the wanted page stayed online.",
    ),
    correctsArticle: true,
    tags: ["rewards", "haqqani", "bounty"],
  },
  {
    id: "designations-remain",
    title: "State Department: the terrorist designations stay",
    shortTitle: "Terrorist designations stay",
    start: "2025-03-24",
    end: "2025-03-26",
    precision: "day",
    track: "sanctions",
    actors: ["united-states", "haqqani-network", "sirajuddin-haqqani", "taliban"],
    summary:
      "Asked about the withdrawn rewards, the State Department said there was no longer any reward on the three Haqqani leaders but that they were still Specially Designated Global Terrorists and that the Haqqani network was still listed as a Foreign Terrorist Organization.",
    details: paragraphs(
      "The spokesperson's answer reached several outlets over three days: Afghanistan International says the department confirmed it on Monday 24 March 2025, and AFP quoted the same wording on Wednesday 26 March.",
      "Background. The Afghan Taliban itself has been a Specially Designated Global Terrorist (SDGT) entity since July 2002. Executive Order 13268, signed by President George W. Bush on 2 July 2002, ended the national emergency declared over the Taliban in 1999 and added the Taliban and Mullah Omar to the annex of Executive Order 13224, so the sanctions stayed in force; Bush reported this to Congress in a letter of the same day. The Taliban is not on the State Department's list of Foreign Terrorist Organizations (FTOs). The Treasury's sanctions office, OFAC, describes the Taliban as an SDGT and the Haqqani network as both an SDGT and an FTO.",
      "The Haqqani network was listed as an FTO in September 2012, after a law passed that year required the Secretary of State to report whether it qualified; Hillary Clinton told Congress on 7 September 2012 that it did.",
      "Two other groups are often confused with these. ISIS-K, the Islamic State branch behind the 2021 Abbey Gate bombing and an enemy of the Taliban rather than an ally, was designated an FTO on 14 January 2016. The Tehrik-e Taliban Pakistan (TTP), the Pakistani Taliban, is a separate group from the Afghan Taliban; it was designated an FTO and an SDGT on 1 September 2010.",
    ),
    provenance: "article",
    articleParagraphs: [1, 7],
    articleQuotes: [
      { paragraph: 1, text: "ongoing concerns regarding terrorist affiliations" },
      { paragraph: 7, text: "the U.S. maintaining the terrorist designations of several Taliban affiliates" },
    ],
    sources: [
      {
        title: "US drops bounties on top Afghan Taliban officials",
        publisher: "AFP",
        url: "https://english.aawsat.com/world/5126255-us-drops-bounties-top-afghan-taliban-officials",
        via: "Asharq Al-Awsat",
        date: "2025-03-27",
        kind: "report",
      },
      {
        title: "FBI removes $10 million reward for Taliban's Sirajuddin Haqqani",
        publisher: "Afghanistan International",
        url: "https://afintl.com/en/202503255697",
        date: "2025-03-25",
        kind: "report",
      },
      {
        title: "OFAC Frequently Asked Question 930 (sanctions on the Taliban and the Haqqani Network)",
        publisher: "U.S. Department of the Treasury, Office of Foreign Assets Control",
        url: "https://ofac.treasury.gov/faqs/930",
        kind: "primary",
      },
      {
        title:
          "Presidential Letter on Taliban Emergency (letter to the Speaker of the House and the President of the Senate reporting Executive Order 13268; not the order's text)",
        publisher: "The White House (George W. Bush administration, archived)",
        url: "https://georgewbush-whitehouse.archives.gov/news/releases/2002/07/print/text/20020703-3.html",
        date: "2002-07-02",
        kind: "primary",
      },
      {
        title:
          "Executive Order 13268: Termination of Emergency With Respect to the Taliban and Amendment of Executive Order 13224 of September 23, 2001 (67 FR 44751)",
        publisher: "The White House",
        date: "2002-07-02",
        kind: "primary",
      },
      {
        title: "U.S. designates Haqqani network a terrorist organization",
        publisher: "Los Angeles Times",
        url: "https://www.latimes.com/world/la-xpm-2012-sep-07-la-fg-haqqani-terrorism-20120908-story.html",
        date: "2012-09-07",
        kind: "report",
      },
      {
        title: "Haqqani Network to be officially designated 'terrorists'",
        publisher: "ABC News",
        url: "https://abcnews.go.com/Blotter/haqqani-network-officially-designated-terrorists/story?id=17181785",
        date: "2012-09-07",
        kind: "report",
      },
      {
        title: "Designations of Tehrik-e Taliban Pakistan and Two Senior Leaders (press statement)",
        publisher: "U.S. Department of State",
        url: "https://2009-2017.state.gov/r/pa/prs/ps/2010/09/146545.htm",
        date: "2010-09-01",
        kind: "primary",
      },
      {
        title: "State Department designates Pakistani Taliban as a “foreign terrorist organization”",
        publisher: "Foreign Policy",
        url: "https://foreignpolicy.com/2010/09/01/state-department-designates-pakistani-taliban-as-a-foreign-terrorist-organization/",
        date: "2010-09-01",
        kind: "report",
      },
      {
        title: "Dawn report: U.S. declares Islamic State's Afghanistan-Pakistan wing a foreign terrorist organisation",
        publisher: "Dawn",
        url: "http://www.dawn.com/news/1233074/i.dawn.com",
        date: "2016-01",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words:
          "the three persons named remain designated as Specially Designated Global Terrorists (SDGTs), and the Haqqani Network remains designated as a Foreign Terrorist Organization and a SDGT",
        date: "2025-03-26",
        source: {
          title: "US drops bounties on top Afghan Taliban officials",
          publisher: "AFP",
          url: "https://english.aawsat.com/world/5126255-us-drops-bounties-top-afghan-taliban-officials",
          via: "Asharq Al-Awsat",
          date: "2025-03-27",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "haqqani-rewards-removed", relation: "response-to" },
      { id: "rubio-fto-review", relation: "see-also" },
      { id: "abbey-gate-bombing", relation: "see-also" },
      { id: "interim-government", relation: "see-also" },
    ],
    notes: paragraphs(
      "The article (P7) says the U.S. kept “the terrorist designations of several Taliban affiliates, as indicated by the official warnings” about Americans still held. These are separate matters: the designations are legal listings, while the warnings concerned detained Americans. Neither shows the other.",
      "Dates: shown as 24–26 March 2025 because the statement was given to different outlets on different days. The Haqqani network's FTO listing is given to the month: the LA Times reports that the State Department designated the network on Friday 7 September 2012, while ABC News that day described Clinton's report to Congress as a plan to designate; these reports do not give the day of the formal listing. ISIS-K's day follows from Dawn's report of the designation on “Thursday” in mid-January 2016.",
      "The Bush White House page cited here is the president's letter to Congress reporting the order, not the order itself; the order's text is cited separately (67 FR 44751).",
    ),
    correctsArticle: true,
    tags: ["designations", "sdgt", "fto"],
  },
  {
    id: "faye-hall-released",
    title: "Faye Hall released",
    start: "2025-03-27",
    precision: "day",
    track: "detainees",
    actors: ["faye-hall", "taliban", "qatar", "zalmay-khalilzad"],
    summary:
      "Faye Dail Hall, an American held since February 2025 on a charge of flying a drone without permission, was freed in Kabul with Qatar's help and taken to the Qatari embassy. She was believed to be the fourth American released by the Taliban that year.",
    details: paragraphs(
      "A source told Reuters she was released on Thursday 27 March after a court order, with logistics handled by Qatar in its role as the U.S. protecting power in Afghanistan; AP's source also said Thursday and described a deal brokered by Qatari negotiators. The release became public on Saturday 29 March, when former U.S. ambassador Zalmay Khalilzad posted a photograph of her on X. Qatar's foreign ministry released photographs of her at its embassy with the chargé d'affaires, Mirdif Alqashouti. The State Department did not comment at first.",
      "She had been arrested together with a British couple, Peter and Barbie Reynolds, whose family was still pleading for their release.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Reuters report on Faye Hall's release, carried by The Jerusalem Post",
        publisher: "Reuters",
        url: "https://www.jpost.com/international/article-848075",
        via: "The Jerusalem Post",
        date: "2025-03-29",
        kind: "report",
      },
      {
        title: "American woman held in Afghanistan by the Taliban has been released, AP source says",
        publisher: "Associated Press",
        url: "https://bastillepost.com/global/article/4700067-american-woman-held-in-afghanistan-by-the-taliban-has-been-released-ap-source-says",
        via: "Bastille Post",
        date: "2025-03-29",
        kind: "report",
      },
      {
        title: "Taliban release detained US citizen Faye Hall",
        publisher: "Reuters",
        url: "https://www.hindustantimes.com/world-news/us-news/taliban-release-detained-us-citizen-faye-hall-101743272483494.html",
        via: "Hindustan Times",
        date: "2025-03-29",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "zalmay-khalilzad",
        words:
          "American citizen Faye Hall, just released by the Taliban, is now in the care of our friends, the Qataris in Kabul, and will soon be on her way home",
        date: "2025-03-29",
        source: {
          title: "Post by Zalmay Khalilzad on X on Faye Hall's release",
          publisher: "Zalmay Khalilzad (former U.S. envoy, on X)",
          date: "2025-03-29",
          kind: "primary",
        },
      },
    ],
    related: [
      { id: "glezmann-released", relation: "see-also" },
      { id: "haqqani-rewards-removed", relation: "see-also" },
    ],
    notes: paragraphs(
      "Released on 27 March; announced on 29 March. Khalilzad was a former envoy and held no U.S. office at the time.",
    ),
    tags: ["release", "qatar"],
  },
  {
    id: "recognition-request",
    title: "Taliban ask for recognition and a presence in the U.S.",
    shortTitle: "Taliban seek recognition",
    start: "2025-03",
    precision: "month",
    track: "diplomacy",
    actors: ["taliban", "united-states", "adam-boehler", "zalmay-khalilzad", "zabihullah-mujahid"],
    summary:
      "In the March 2025 talks in Kabul around Glezmann's release, Taliban officials again pressed Washington to recognise their government and asked to open a Taliban office in the United States to deal with Afghans living there.",
    details: paragraphs(
      "According to CNN, citing a U.S. official and a second person familiar with the talks, the Taliban asked to open an office in the United States to handle matters concerning the Afghan community; they suggested it need not be an embassy and could be located outside Washington. The Taliban foreign ministry's own account of the 20 March meeting says consular services for Afghans in the United States were discussed.",
      "Taliban spokesman Zabihullah Mujahid went further in an interview with Al Arabiya on Tuesday 25 March: he said the Taliban had asked, during the U.S. delegation's visit, for Afghanistan's embassy in Washington to be handed over to them and for Washington to reopen its own embassy in Kabul, and that they were waiting for Washington's answer.",
    ),
    provenance: "article",
    articleParagraphs: [1, 3, 8],
    articleQuotes: [
      { paragraph: 1, text: "proposing the opening of a U.S. office" },
      {
        paragraph: 3,
        text: "the Taliban has expressed desires for the U.S. to recognize it as Afghanistan’s official government and proposed to open an office in the U.S. to manage Afghan community affairs",
      },
      {
        paragraph: 8,
        text: "The road to reopening an embassy in Washington would represent a landmark achievement should normalization unfold.",
      },
    ],
    sources: [
      {
        title: "American citizen Glezmann freed by Taliban, returning to US",
        publisher: "Reuters",
        url: "https://www.fbcnews.com.fj/world/american-citizen-glezmann-freed-by-taliban-returning-to-us/",
        via: "FBC News (Fiji)",
        date: "2025-03-21",
        kind: "report",
      },
      {
        title: "US officials rule out reopening embassy in Afghanistan",
        publisher: "Afghanistan International",
        url: "https://afintl.com/en/202504053154",
        date: "2025-04",
        kind: "report",
      },
      {
        title: "IEA requests handover of Afghanistan embassy in Washington during American delegation visit",
        publisher: "Ariana News",
        url: "https://www.ariananews.af/iea-requests-handover-of-afghanistan-embassy-in-washington-during-american-delegation-visit/",
        date: "2025-03-26",
        kind: "report",
      },
      {
        title: "Discussions about reopening US embassy in Kabul ongoing: Mujahid",
        publisher: "TOLOnews",
        url: "https://thefrontierpost.com/discussions-about-reopening-us-embassy-in-kabul-ongoing-mujahid/",
        via: "The Frontier Post",
        date: "2025-03-25",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "zabihullah-mujahid",
        words:
          "We also want the US embassy in Kabul to resume its activities so that relations and understanding between the two countries can be established, and they can reach a trustworthy level of cooperation through diplomacy that ensures the interests of both nations.",
        date: "2025-03-25",
        source: {
          title: "Discussions about reopening US embassy in Kabul ongoing: Mujahid",
          publisher: "TOLOnews",
          url: "https://thefrontierpost.com/discussions-about-reopening-us-embassy-in-kabul-ongoing-mujahid/",
          via: "The Frontier Post",
          date: "2025-03-25",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        words:
          "During this meeting, discussions were held on Afghanistan-U.S. bilateral relations, the release of prisoners, and the provision of consular services to Afghans in the United States",
        date: "2025-03-20",
        source: {
          title: "American citizen Glezmann freed by Taliban, returning to US",
          publisher: "Reuters",
          url: "https://www.fbcnews.com.fj/world/american-citizen-glezmann-freed-by-taliban-returning-to-us/",
          via: "FBC News (Fiji)",
          date: "2025-03-21",
          kind: "report",
        },
      },
      {
        actor: "moeen-gul-samkanai",
        words:
          "Half of the Doha Agreement has been implemented, but the other half, which is intra-Afghan talks, has not yet been carried out. This process must be worked on. In my opinion, if that happens, it will be easier for us to establish relations with the US and other countries",
        date: "2025-03-25",
        source: {
          title: "Discussions about reopening US embassy in Kabul ongoing: Mujahid",
          publisher: "TOLOnews",
          url: "https://thefrontierpost.com/discussions-about-reopening-us-embassy-in-kabul-ongoing-mujahid/",
          via: "The Frontier Post",
          date: "2025-03-25",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "exploratory-talks", relation: "part-of" },
      { id: "glezmann-released", relation: "see-also" },
      { id: "us-response-recognition", relation: "led-to" },
    ],
    notes: paragraphs(
      "The article's first paragraph (P1) says the Taliban proposed “the opening of a U.S. office”, which could be read as an American office in Afghanistan. The request was for a Taliban presence inside the United States. CNN describes an office that need not be an embassy; Mujahid spoke of taking over the Afghan embassy in Washington. The two accounts differ, and the article's line about “reopening an embassy in Washington” (P8) follows Mujahid's version more than CNN's.",
      "The details of the office (not necessarily an embassy, possibly outside Washington) rest on CNN's report alone.",
      "Shown to the month: the requests were made during the visit of 20 March, but CNN gives no day for them.",
    ),
    correctsArticle: true,
    tags: ["recognition", "office", "embassy"],
  },
  {
    id: "us-response-recognition",
    title: "U.S.: no recognition, no embassy commitments",
    shortTitle: "U.S.: no recognition",
    start: "2025-04-04",
    precision: "day",
    track: "diplomacy",
    actors: ["united-states", "taliban", "zabihullah-mujahid"],
    summary:
      "The day after the article appeared, the State Department said Washington recognised no one as Afghanistan's government and had no plan to let its Kabul embassy reopen, and the National Security Council said nothing had been promised about the Afghan embassy in Washington.",
    details: paragraphs(
      "Both statements were given to the Washington Examiner and reported on Friday 4 April 2025. The NSC spokesman, James Hewitt, added that no discussions were under way about the U.S. embassy in Kabul.",
      "They answered the Taliban's public requests: on 25 March the Taliban spokesman, Zabihullah Mujahid, had told Al Arabiya that the Taliban wanted the Afghan embassy in Washington handed over to them and the U.S. embassy in Kabul reopened.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "US has no plans for reopening of its embassy in Kabul",
        publisher: "Ariana News",
        url: "https://thefrontierpost.com/us-has-no-plans-for-reopening-of-its-embassy-in-kabul/",
        via: "The Frontier Post",
        date: "2025-04-04",
        kind: "report",
      },
      {
        title: "US officials rule out reopening embassy in Afghanistan",
        publisher: "Afghanistan International",
        url: "https://afintl.com/en/202504053154",
        date: "2025-04",
        kind: "report",
      },
      {
        title: "IEA requests handover of Afghanistan embassy in Washington during American delegation visit",
        publisher: "Ariana News",
        url: "https://www.ariananews.af/iea-requests-handover-of-afghanistan-embassy-in-washington-during-american-delegation-visit/",
        date: "2025-03-26",
        kind: "report",
      },
      {
        title: "Statements by State Department and National Security Council spokespeople to the Washington Examiner",
        publisher: "U.S. Department of State and White House National Security Council",
        date: "2025-04-04",
        kind: "primary",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words:
          "The United States does not recognize any entity as the government of Afghanistan and therefore has no plans to allow for the reopening of its embassy",
        date: "2025-04-04",
        source: {
          title: "US has no plans for reopening of its embassy in Kabul",
          publisher: "Ariana News",
          url: "https://thefrontierpost.com/us-has-no-plans-for-reopening-of-its-embassy-in-kabul/",
          via: "The Frontier Post",
          date: "2025-04-04",
          kind: "report",
        },
      },
      {
        actor: "united-states",
        paraphrase:
          "NSC spokesman James Hewitt said the United States had made no commitments on the Afghan embassy in Washington and that no discussions were under way on the status of the U.S. embassy in Kabul.",
        date: "2025-04-04",
        source: {
          title: "US has no plans for reopening of its embassy in Kabul",
          publisher: "Ariana News",
          url: "https://thefrontierpost.com/us-has-no-plans-for-reopening-of-its-embassy-in-kabul/",
          via: "The Frontier Post",
          date: "2025-04-04",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        paraphrase:
          "Mujahid said the Taliban had asked the U.S. delegation to hand over Afghanistan's embassy in Washington and to reopen the U.S. embassy in Kabul, and that they were awaiting a reply.",
        date: "2025-03-25",
        source: {
          title: "IEA requests handover of Afghanistan embassy in Washington during American delegation visit",
          publisher: "Ariana News",
          url: "https://www.ariananews.af/iea-requests-handover-of-afghanistan-embassy-in-washington-during-american-delegation-visit/",
          date: "2025-03-26",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "recognition-request", relation: "response-to" },
      { id: "exploratory-talks", relation: "see-also" },
      { id: "russia-recognition", relation: "see-also" },
    ],
    notes: paragraphs(
      "The statements are known from regional outlets (Ariana News, Afghanistan International and others) relaying the Washington Examiner; they agree that the statements were published on Friday 4 April 2025.",
      "The U.S. embassy in Kabul has been closed since August 2021, with U.S. diplomats for Afghanistan working from Qatar.",
    ),
    tags: ["recognition", "embassy"],
  },
  {
    id: "russia-delisting",
    title: "Russia suspends its ban on the Taliban",
    shortTitle: "Russia suspends Taliban ban",
    start: "2025-04-17",
    precision: "day",
    track: "international",
    actors: ["russia", "taliban", "amir-khan-muttaqi"],
    summary:
      "Russia's Supreme Court granted a request from the Prosecutor General and suspended the ban on the Taliban in force since 2003, removing the group from Moscow's list of terrorist organisations with immediate effect.",
    details: paragraphs(
      "The hearing on Thursday 17 April 2025 was held behind closed doors, with a Taliban representative present. The court had said on 31 March that it had received the petition. The ruling was the first use of a law signed by President Vladimir Putin in December 2024 that allows a court to suspend a ban on an organisation listed as terrorist.",
      "Russia's special envoy for Afghanistan, Zamir Kabulov, said the decision removed the legal obstacles to full political and economic relations with Kabul. The Taliban's status under UN sanctions was not affected.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "Russia's top court lifts terror group designation on Afghanistan's Taliban",
        publisher: "Associated Press",
        url: "https://www.bastillepost.com/global/article/4758479-russias-top-court-lifts-terror-group-designation-on-afghanistans-taliban",
        via: "Bastille Post",
        date: "2025-04-17",
        kind: "report",
      },
      {
        title: "Supreme Court's decision on Taliban removes obstacles to full-fledged relations, says Kabulov",
        publisher: "TASS",
        url: "https://tass.com/politics/1945243",
        date: "2025-04-17",
        kind: "report",
      },
      {
        title: "Russia removes Taliban from terrorist list",
        publisher: "Khaama Press",
        url: "https://www.htsyndication.com/khaama-press/article/russia-removes-taliban-from-terrorist-list/89526046",
        via: "HT Syndication",
        date: "2025-04-17",
        kind: "report",
      },
      {
        title: "Russia's Supreme Court receives petition to lift ban on the Taliban",
        publisher: "The Independent",
        url: "https://www.independent.co.uk/asia/south-asia/russia-taliban-terrorist-designation-afghanistan-b2725080.html",
        date: "2025-04-01",
        kind: "report",
      },
      {
        title: "Russia takes Afghan Taliban off its list of banned terrorist groups",
        publisher: "Daily Sabah",
        url: "https://www.dailysabah.com/world/asia-pacific/russia-takes-afghan-taliban-off-its-list-of-banned-terrorist-groups",
        date: "2025-04-17",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "zamir-kabulov",
        words:
          "This decision removes legal obstacles on the way of establishing full-fledged political and economic relations between Moscow and Kabul",
        date: "2025-04-17",
        source: {
          title: "Supreme Court's decision on Taliban removes obstacles to full-fledged relations, says Kabulov",
          publisher: "TASS",
          url: "https://tass.com/politics/1945243",
          date: "2025-04-17",
          kind: "report",
        },
      },
      {
        actor: "amir-khan-muttaqi",
        paraphrase:
          "Meeting Russia's ambassador, Foreign Minister Muttaqi thanked Russia for the step and called it a significant development in relations between the two countries.",
        date: "2025-04-17",
        source: {
          title: "Russia takes Afghan Taliban off its list of banned terrorist groups",
          publisher: "Daily Sabah",
          url: "https://www.dailysabah.com/world/asia-pacific/russia-takes-afghan-taliban-off-its-list-of-banned-terrorist-groups",
          date: "2025-04-17",
          kind: "report",
        },
      },
      {
        actor: "united-states",
        paraphrase:
          "When Moscow first moved towards removing the Taliban from its terrorist list, in May 2024, White House National Security Council spokesman John Kirby criticised the plan, saying the Taliban had not met their commitments and that the U.S. would not follow Russia's example.",
        date: "2024-05-28",
        source: {
          title: "US criticizes Russia's intention to remove Taliban from terrorist list",
          publisher: "KabulNow",
          url: "https://kabulnow.com/2024/05/us-criticizes-russias-intention-to-remove-taliban-from-terrorist-list/",
          date: "2024-05-28",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "russia-recognition", relation: "see-also" },
      { id: "china-accepts-envoy", relation: "see-also" },
    ],
    notes: paragraphs(
      "This came after the article (3 April 2025).",
      "Russia formally recognised the Taliban government on 3 July 2025. Kabulov presented the court's decision as clearing the way to full relations, but the record shows the order of the two steps rather than a formal link between them.",
    ),
    tags: ["russia", "recognition", "designations"],
  },
  {
    id: "tps-ended",
    title: "DHS ends Temporary Protected Status for Afghans",
    shortTitle: "Afghans' TPS ended",
    start: "2025-05-12",
    end: "2025-07-14",
    precision: "day",
    track: "rights",
    actors: [
      "kristi-noem",
      "united-states",
      "afghans-in-the-us",
      "afghanevac",
      "human-rights-watch",
      "amnesty-international",
    ],
    summary:
      "Homeland Security Secretary Kristi Noem formally ended Temporary Protected Status for Afghanistan, saying security and the economy there had improved; the protection from deportation and the work permits it gave Afghans in the U.S. lapsed after 14 July 2025.",
    details: paragraphs(
      "DHS had said on 11 April 2025 that Noem had decided to end TPS for Afghanistan, which was due to expire on 20 May. The formal termination was announced on 12 May and published in the Federal Register on 13 May; it took effect just before midnight, local time, on 14 July 2025. More than 9,000 Afghans held TPS as of September 2024, according to NPR; later estimates were higher.",
      "TPS for Afghanistan had been designated under Biden in 2022 and extended in 2023. Noem also said DHS records showed some holders had been investigated for fraud or as threats to public safety.",
      "Afghans who held the status described what it meant to them. Z., a nurse's assistant who had worked as an emergency-room nurse in Afghanistan until the Taliban's rules on women drove her out, told NPR she could not sleep after a DHS email in April told her to leave the country within seven days. Fouzia Azizi, who fled Afghanistan in 1994 and directs refugee services for a resettlement agency in California's East Bay, told KQED that every Afghan she worked with had faced some form of persecution and had no hope of going back.",
      "The advocacy group CASA sued on 7 May 2025 over the Afghan and Cameroonian terminations. On 21 July the federal appeals court for the Fourth Circuit declined to pause the terminations, while saying CASA had a plausible claim that the decision was “preordained”; the case went back to the district court.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "Bay Area Afghans, allies decry Trump's end of TPS: 'They're terrified'",
        publisher: "KQED",
        url: "https://www.kqed.org/news/12040425/bay-area-afghans-allies-decry-trumps-end-of-tps-theyre-terrified",
        date: "2025-05",
        kind: "report",
      },
      {
        title: "Despite ongoing Taliban threats, the U.S. is ending some protections for Afghans",
        publisher: "NPR",
        url: "https://www.nepm.org/national-world-news/2025-06-12/despite-ongoing-taliban-threats-the-u-s-is-ending-some-protections-for-afghans",
        via: "New England Public Media",
        date: "2025-06-12",
        kind: "report",
      },
      {
        title:
          "Termination of the Designation of Afghanistan for Temporary Protected Status (90 FR 20309, FR Doc. 2025-08201)",
        publisher: "U.S. Department of Homeland Security",
        url: "https://www.govinfo.gov/content/pkg/FR-2025-05-13/html/2025-08201.htm",
        via: "Federal Register (govinfo.gov)",
        date: "2025-05-13",
        kind: "primary",
      },
      {
        title: "DHS terminates Temporary Protected Status for 9,000 from Afghanistan living in U.S.",
        publisher: "UPI",
        url: "https://www.upi.com/Top_News/US/2025/05/12/Homeland-Secyrity-ends-temporary-portected-status-Afghanistan/8771747092579/",
        date: "2025-05-12",
        kind: "report",
      },
      {
        title: "Trump administration ends temporary protected status for thousands of Afghans",
        publisher: "NPR",
        url: "https://news.prairiepublic.org/news-from-npr/2025-04-11/trump-administration-ends-temporary-protected-status-for-thousands-of-afghans",
        via: "Prairie Public",
        date: "2025-04-11",
        kind: "report",
      },
      {
        title: "AfghanEvac head criticises the end of Temporary Protected Status for Afghans",
        publisher: "Amu TV",
        url: "https://amu.tv/173670",
        date: "2025-05-13",
        kind: "report",
      },
      {
        title: "CASA Sues Trump Administration to Safeguard Afghans and Cameroonians Fleeing Violence",
        publisher: "Washington Lawyers' Committee for Civil Rights and Urban Affairs",
        url: "https://www.washlaw.org/casa-sues-trump-administration-to-safeguard-afghans-and-cameroonians-fleeing-violence",
        kind: "report",
      },
      {
        title:
          "Despite court denial to pause Afghanistan and Cameroon TPS terminations, court recognizes strong evidence that terminations were unlawful; CASA vows to keep fighting in district court",
        publisher: "Washington Lawyers' Committee for Civil Rights and Urban Affairs",
        url: "https://www.washlaw.org/despite-court-denial-to-pause-afghanistan-and-cameroon-tps-terminations-court-recognizes-strong-evidence-that-terminations-were-unlawful-casa-vows-to-keep-fighting-in-district-court",
        date: "2025-07-22",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "kristi-noem",
        words:
          "We've reviewed the conditions in Afghanistan with our interagency partners, and they do not meet the requirements for a TPS designation … Afghanistan has had an improved security situation, and its stabilizing economy no longer prevent them from returning to their home country.",
        date: "2025-05-12",
        source: {
          title: "DHS press release announcing the termination of Temporary Protected Status for Afghanistan",
          publisher: "U.S. Department of Homeland Security",
          date: "2025-05-12",
          kind: "primary",
        },
      },
      {
        actor: "afghanevac",
        words: "This decision isn’t rooted in reality; it’s rooted in politics",
        date: "2025-05-13",
        source: {
          title: "AfghanEvac head criticises the end of Temporary Protected Status for Afghans",
          publisher: "Amu TV",
          url: "https://amu.tv/173670",
          date: "2025-05-13",
          kind: "report",
        },
      },
      {
        actor: "amnesty-international",
        paraphrase:
          "Amnesty International USA said Afghans losing TPS faced a serious risk of detention and deportation, that deporting them would breach U.S. human rights obligations, and called it a betrayal of people who had come to the U.S. for safety.",
        date: "2025-07-15",
        source: {
          title: 'Amnesty International calls the expulsion of Afghan migrants from the U.S. a "betrayal" (in Persian)',
          publisher: "Afghanistan International",
          url: "https://www.afintl.com/202507159046",
          date: "2025-07-15",
          kind: "report",
        },
      },
      {
        actor: "human-rights-watch",
        paraphrase:
          "Human Rights Watch said that ending TPS for thousands of Afghans was inconsistent with the findings of the State Department's own human rights report on Afghanistan.",
        date: "2025-08-13",
        source: {
          title: "HRW: US Policy on Afghan Migrants Conflicts With Its Own Rights Report",
          publisher: "Afghanistan International",
          url: "https://www.afintl.com/en/202508139160",
          date: "2025-08-13",
          kind: "report",
        },
      },
      {
        actor: "z-afghan-nurse-tps",
        words: "I couldn't sleep. I was scared.",
        date: "2025-06-12",
        source: {
          title: "Despite ongoing Taliban threats, the U.S. is ending some protections for Afghans",
          publisher: "NPR",
          url: "https://www.nepm.org/national-world-news/2025-06-12/despite-ongoing-taliban-threats-the-u-s-is-ending-some-protections-for-afghans",
          via: "New England Public Media",
          date: "2025-06-12",
          kind: "report",
        },
      },
      {
        actor: "fouzia-azizi",
        words:
          "Every Afghan has their own journey … But one thing they all have in common is, in one way or another, they have all faced some level of persecution. There is no hope to go back.",
        date: "2025-05",
        source: {
          title: "Bay Area Afghans, allies decry Trump's end of TPS: 'They're terrified'",
          publisher: "KQED",
          url: "https://www.kqed.org/news/12040425/bay-area-afghans-allies-decry-trumps-end-of-tps-theyre-terrified",
          date: "2025-05",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "afghan-immigration-halt", relation: "see-also" },
      { id: "operation-allies-welcome", relation: "see-also" },
      { id: "refugee-admissions-suspended", relation: "see-also" },
      { id: "travel-ban", relation: "see-also" },
    ],
    notes:
      "Dates differ: DHS's 12 May announcement, as reported by UPI and Amu TV, gave 12 July as the end date, but the Federal Register notice sets the termination at 11:59 p.m. on 14 July 2025; the timeline follows the notice. DHS's first statement, on 11 April, spoke of the status ending on 20 May (NPR). Estimates of the number affected range from about 9,000 (NPR, UPI) upward. The court steps are sourced to the plaintiffs' lawyers (Washington Lawyers' Committee), not to a news report.",
    tags: ["tps", "dhs", "afghans in the us"],
  },
  {
    id: "rubio-fto-review",
    title: "Rubio: an FTO listing for the Taliban is under review",
    shortTitle: "FTO listing under review",
    start: "2025-05-21",
    precision: "day",
    track: "sanctions",
    actors: ["marco-rubio", "united-states", "taliban"],
    summary:
      "Testifying on the State Department budget, Secretary of State Marco Rubio told the House Foreign Affairs Committee that Washington was reviewing whether to list the Taliban as a Foreign Terrorist Organization.",
    details: paragraphs(
      "He was answering a question from Representative Tim Burchett. The Taliban has been a Specially Designated Global Terrorist entity since 2002 but has never been on the FTO list. An FTO listing adds to the asset freeze a criminal ban on knowingly giving the group material support, bars its members from entering the United States, and lets victims of terrorism sue it; critics warn it can also obstruct humanitarian aid.",
      "As a senator, Rubio had led the reintroduction on 1 November 2023 of the Preventing Recognition of Terrorist States Act, first introduced in September 2021, which would have directed the Secretary of State to list the Taliban as an FTO; Senators Shelley Moore Capito and Cynthia Lummis were its original cosponsors.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "Taliban foreign terrorist designation under review, Rubio says",
        publisher: "The National",
        url: "https://www.thenationalnews.com/news/us/2025/05/21/taliban-foreign-terrorist-designation-under-review-rubio-says/",
        date: "2025-05-21",
        kind: "report",
      },
      {
        title:
          "Secretary of State Marco Rubio's testimony to the House Foreign Affairs Committee on the State Department budget",
        publisher: "U.S. House Committee on Foreign Affairs",
        date: "2025-05-21",
        kind: "primary",
      },
      {
        title: "OFAC Frequently Asked Question 930 (sanctions on the Taliban and the Haqqani Network)",
        publisher: "U.S. Department of the Treasury, Office of Foreign Assets Control",
        url: "https://ofac.treasury.gov/faqs/930",
        kind: "primary",
      },
      {
        title: "Rubio, colleagues reintroduce bill to designate Taliban as a Foreign Terrorist Organization",
        publisher: "Office of Senator Marco Rubio",
        url: "https://rubio.senate.gov/rubio-colleagues-reintroduce-bill-to-designate-taliban-as-a-foreign-terrorist-organization",
        date: "2023-11-01",
        kind: "primary",
      },
    ],
    perspectives: [
      {
        actor: "marco-rubio",
        paraphrase:
          "Rubio told the committee that designating the Taliban a Foreign Terrorist Organization was under review.",
        date: "2025-05-21",
        source: {
          title: "Taliban foreign terrorist designation under review, Rubio says",
          publisher: "The National",
          url: "https://www.thenationalnews.com/news/us/2025/05/21/taliban-foreign-terrorist-designation-under-review-rubio-says/",
          date: "2025-05-21",
          kind: "report",
        },
      },
      {
        actor: "marco-rubio",
        words: "Designating the Taliban as an FTO is the next logical step.",
        date: "2023-11-01",
        source: {
          title: "Rubio, colleagues reintroduce bill to designate Taliban as a Foreign Terrorist Organization",
          publisher: "Office of Senator Marco Rubio",
          url: "https://rubio.senate.gov/rubio-colleagues-reintroduce-bill-to-designate-taliban-as-a-foreign-terrorist-organization",
          date: "2023-11-01",
          kind: "primary",
        },
      },
      {
        actor: "shelley-moore-capito",
        words:
          "By designating the Taliban as a foreign terrorist organization and preventing U.S. recognition of their regime, this legislation takes necessary steps to correct one of the Biden administration’s most disastrous foreign policy mistakes.",
        date: "2023-11-01",
        source: {
          title: "Rubio, colleagues reintroduce bill to designate Taliban as a Foreign Terrorist Organization",
          publisher: "Office of Senator Marco Rubio",
          url: "https://rubio.senate.gov/rubio-colleagues-reintroduce-bill-to-designate-taliban-as-a-foreign-terrorist-organization",
          date: "2023-11-01",
          kind: "primary",
        },
      },
    ],
    related: [
      { id: "designations-remain", relation: "see-also" },
      { id: "tps-ended", relation: "see-also" },
    ],
    notes: paragraphs(
      "The remark is known from one report (The National), so Rubio's exact words are not quoted. Afghan outlets give the same date (Wednesday 21 May) and the same questioner.",
    ),
    tags: ["fto", "designations", "rubio"],
  },
  {
    id: "travel-ban",
    title: "Trump bars entry from 12 countries, Afghanistan among them",
    shortTitle: "Afghanistan in travel ban",
    start: "2025-06-04",
    precision: "day",
    track: "rights",
    actors: ["donald-trump", "united-states", "taliban"],
    summary:
      "A presidential proclamation fully suspended entry to the U.S. for nationals of 12 countries, including Afghanistan, from 9 June 2025; holders of Afghan Special Immigrant Visas, issued to those who worked for the U.S. during the war, were exempted.",
    details: paragraphs(
      "Proclamation 10949, signed on 4 June 2025, took effect at 12:01 a.m. on 9 June. It fully suspended immigrant and nonimmigrant entry for nationals of Afghanistan, Burma, Chad, the Republic of the Congo, Equatorial Guinea, Eritrea, Haiti, Iran, Libya, Somalia, Sudan and Yemen, and partly restricted seven more countries. It applied only to people outside the U.S. without a valid visa on the effective date.",
      "On Afghanistan, the White House pointed to Taliban control, the lack of a competent authority issuing passports and civil documents, weak screening and vetting, and visa overstays. Afghan Special Immigrant Visa holders and some immediate relatives of U.S. citizens were among the exceptions; the ban did not address refugee resettlement, already paused since January.",
      "In an Eid al-Adha audio message on 7 June, Taliban supreme leader Haibatullah Akhundzada condemned the ban; it was the Taliban's first public reaction.",
      "For Afghans waiting in Pakistan for U.S. refugee visas, AFP found, the ban changed little in practice but felt like another betrayal: Mehria, 23, who had applied in 2022, said they had come on a promise from America and were now suffering “one hell after another”. The Afghan-American Foundation condemned the ban for threatening family reunification.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title:
          "Proclamation 10949 of June 4, 2025: Restricting the Entry of Foreign Nationals To Protect the United States From Foreign Terrorists and Other National Security and Public Safety Threats (90 FR 24497)",
        publisher: "Office of the Federal Register",
        url: "https://regulations.justia.com/regulations/fedreg/2025/06/10/2025-10669.html",
        via: "Justia Regulations",
        date: "2025-06-10",
        kind: "primary",
      },
      {
        title: "Trump's travel ban includes Afghanistan, where thousands await U.S. resettlement",
        publisher: "NPR",
        url: "https://wbhm.org/npr-story/trumps-travel-ban-includes-afghanistan-where-thousands-await-u-s-resettlement",
        via: "WBHM",
        date: "2025-06-05",
        kind: "report",
      },
      {
        title: "'One hell after another': US travel ban deepens despair for Afghans awaiting visas",
        publisher: "AFP",
        url: "https://www.arabnews.pk/node/2603626",
        via: "Arab News",
        date: "2025-06-06",
        kind: "report",
      },
      {
        title:
          "Presidential Proclamation of June 4, 2025, Restricting the Entry of Certain Foreign Nationals (CRS Insight IN12561)",
        publisher: "Congressional Research Service",
        url: "https://www.everycrsreport.com/reports/IN12561.html",
        via: "EveryCRSReport",
        date: "2025-06-09",
        kind: "analysis",
      },
      {
        title: "Taliban leader condemns Trump's Afghan travel ban, calls US an 'oppressor'",
        publisher: "News.Az",
        url: "https://news.az/news/taliban-leader-condemns-trumps-afghan-travel-ban-calls-us-an-oppressor",
        date: "2025-06-07",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words:
          "The Taliban, a Specially Designated Global Terrorist (SDGT) group, controls Afghanistan. Afghanistan lacks a competent or cooperative central authority for issuing passports or civil documents and it does not have appropriate screening and vetting measures.",
        date: "2025-06-04",
        source: {
          title:
            "Proclamation 10949 of June 4, 2025: Restricting the Entry of Foreign Nationals To Protect the United States From Foreign Terrorists and Other National Security and Public Safety Threats",
          publisher: "The White House",
          date: "2025-06-04",
          kind: "primary",
        },
      },
      {
        actor: "taliban",
        paraphrase:
          "The Taliban's supreme leader, Haibatullah Akhundzada, condemned the ban in an Eid message and called the United States an oppressor.",
        date: "2025-06-07",
        source: {
          title: "Taliban leader condemns Trump's Afghan travel ban, calls US an 'oppressor'",
          publisher: "News.Az",
          url: "https://news.az/news/taliban-leader-condemns-trumps-afghan-travel-ban-calls-us-an-oppressor",
          date: "2025-06-07",
          kind: "report",
        },
      },
      {
        actor: "mehria-afghan-refugee-applicant",
        words:
          "We gave up thousands of hopes and our entire lives and came here on a promise from America, but today we are suffering one hell after another",
        date: "2025-06-06",
        source: {
          title: "'One hell after another': US travel ban deepens despair for Afghans awaiting visas",
          publisher: "AFP",
          url: "https://www.arabnews.pk/node/2603626",
          via: "Arab News",
          date: "2025-06-06",
          kind: "report",
        },
      },
      {
        actor: "afghan-american-foundation",
        paraphrase:
          "The Afghan-American Foundation, an advocacy organisation of Afghan Americans, condemned the ban in a statement, saying that although holders of Special Immigrant Visas and people with asylum cases were exempt, it threatened the pathways by which Afghan families are reunited in the United States.",
        date: "2025-06",
        source: {
          title: "'One hell after another': US travel ban deepens despair for Afghans awaiting visas",
          publisher: "AFP",
          url: "https://www.arabnews.pk/node/2603626",
          via: "Arab News",
          date: "2025-06-06",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "afghan-immigration-halt", relation: "see-also" },
      { id: "refugee-admissions-suspended", relation: "see-also" },
      { id: "tps-ended", relation: "see-also" },
    ],
    notes:
      "Day of signing (4 June) and effective date (9 June) agree in the Federal Register text, the Congressional Research Service and NPR and AFP reports. The Taliban leader's reaction is sourced to a regional outlet citing HuffPost.",
    tags: ["travel ban", "proclamation", "siv"],
  },
  {
    id: "habibi-reward",
    title: "$5 million reward offered for information on Habibi",
    shortTitle: "Reward offered for Habibi",
    start: "2025-06",
    precision: "month",
    track: "detainees",
    actors: ["united-states", "mahmood-habibi", "taliban", "zabihullah-mujahid"],
    summary:
      "The State Department's Rewards for Justice program offered up to $5 million for information that could help find Mahmood Habibi and bring him home, saying Taliban intelligence had taken him in 2022; the Taliban denied holding him.",
    details: paragraphs(
      "According to the reward notice, Habibi, a former head of Afghanistan's civil aviation authority, was taken from his car near his Kabul home on 10 August 2022 and held by the Taliban's intelligence service (the General Directorate of Intelligence), together with his driver and 29 staff of Asia Consultancy Group, a Kabul telecommunications firm. All but Habibi and one other person were later freed.",
      "His brother, Ahmad Habibi, told Amu TV that Mahmood was innocent, had only worked to keep Kabul's airport running and had nothing to do with the strike that killed Ayman al-Zawahiri.",
      "On 3 July 2025 Taliban spokesman Zabihullah Mujahid said the authorities had looked into a petition from Habibi's family and found no evidence that any body of their government held him. He rejected any role for the intelligence directorate and referred to Habibi only as an Afghan citizen.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "Rewards for Justice reward offer of up to $5 million for information on Mahmood Shah Habibi",
        publisher: "U.S. Department of State (Rewards for Justice)",
        date: "2025-06",
        kind: "primary",
      },
      {
        title: "US offers up to $5 million reward for information on Mahmood Shah Habibi",
        publisher: "Amu TV",
        url: "https://amu.tv/182249/",
        date: "2025-06",
        kind: "report",
      },
      {
        title: "Report on the Taliban's denial of a role in Mahmood Habibi's disappearance",
        publisher: "The Daily Star (Bangladesh)",
        url: "https://www.thedailystar.net/news/world/news/taliban-deny-role-us-citizen-disappearance-3932071",
        date: "2025-07-04",
        kind: "report",
      },
      {
        title: "Taliban deny role in disappearance of Afghan-American businessman as US pressure grows",
        publisher: "KabulNow",
        url: "https://kabulnow.com/2025/07/taliban-deny-role-in-disappearance-of-afghan-american-businessman-as-us-pressure-grows/",
        date: "2025-07-03",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words:
          "Habibi has not been heard from since his initial arrest, and the so-called Taliban government has yet to provide any information regarding his whereabouts or condition",
        source: {
          title: "US offers up to $5 million reward for information on Mahmood Shah Habibi",
          publisher: "Amu TV",
          url: "https://amu.tv/182249/",
          date: "2025-06",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        words:
          "No evidence has been uncovered indicating that he has been detained by any entity affiliated with the Islamic Emirate",
        date: "2025-07-03",
        source: {
          title: "Taliban government statement on Mahmood Shah Habibi (posted on X)",
          publisher: "Taliban",
          date: "2025-07-03",
          kind: "primary",
        },
      },
      {
        actor: "ahmad-habibi",
        words:
          "My brother is an innocent individual who was only working to help the people of Afghanistan survive by ensuring the airport remained functioning. He had nothing to do with the strike on Zawahiri.",
        date: "2025-06",
        source: {
          title: "US offers up to $5 million reward for information on Mahmood Shah Habibi",
          publisher: "Amu TV",
          url: "https://amu.tv/182249/",
          date: "2025-06",
          kind: "report",
        },
      },
    ],
    related: [{ id: "habibi-detained", relation: "response-to" }],
    notes: paragraphs(
      "The offer is dated only to June 2025: Amu TV and Ariana News say it was announced on a Monday, another outlet says on a Wednesday, and AFP on 3 July called it last month's offer. Amu TV wrongly attributes the program to the Justice Department; Rewards for Justice belongs to the State Department.",
      "The Taliban's denial of 3 July was posted in English on X by deputy spokesman Hamdullah Fitrat; AFP and Anadolu attribute the statement to the chief spokesman, Zabihullah Mujahid. KabulNow's version of the same sentence reads “is being held” where the posted text reads “has been detained”.",
      "Afghanistan International (citing an unnamed U.S. official) and Pakistan's Dawn (citing diplomatic sources) reported in August 2025 that Washington had blocked a UN travel exemption for the Taliban's foreign minister, Amir Khan Muttaqi; the first tied it to Habibi, the second to the Taliban's ties with China, and the State Department said it did not comment on rumours. Because only these two reports describe it, and they disagree on the reason, it is not shown as a separate event.",
    ),
    tags: ["habibi", "rewards"],
  },
  {
    id: "russia-recognition",
    title: "Russia formally recognises the Taliban government",
    shortTitle: "Russia recognises the Taliban",
    start: "2025-07-03",
    precision: "day",
    track: "international",
    actors: ["russia", "taliban", "amir-khan-muttaqi"],
    summary:
      "Russia gave the Taliban government its first formal recognition by any country since 2021: its foreign ministry announced that it had received the credentials of Gul Hassan Hassan as Afghanistan's ambassador in Moscow.",
    details: paragraphs(
      "The credentials were received in Moscow by Deputy Foreign Minister Andrey Rudenko. The Russian foreign ministry said formal recognition would give momentum to cooperation between the two countries in various fields. The step followed the suspension in April of Russia's ban on the Taliban.",
      "The Taliban foreign ministry described the decision as historic, and Foreign Minister Amir Khan Muttaqi welcomed it as an example for other countries. On 15 January 2026 President Vladimir Putin received the ambassador's credentials in the Kremlin, at a ceremony with 33 other new ambassadors.",
      "UN special rapporteur Richard Bennett said he was disappointed and warned against normalising the Taliban without verified improvements in human rights. Fawzia Koofi, a women's rights advocate and former member of parliament, warned that normalising ties with the Taliban endangered Afghans and global security; women-led protest movements demonstrated against the decision, and nearly 90 civil society organisations and protest movements said recognition would embolden repression.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title:
          "Russia says it formally recognizes the Taliban government in Afghanistan, becoming the first country to do so since 2021",
        publisher: "Associated Press",
        url: "https://www.startribune.com/russia-says-it-formally-recognizes-the-taliban-government-in-afghanistan-becoming-the-first-country-to-do-so-since-2021/601389834",
        via: "Star Tribune",
        date: "2025-07-03",
        kind: "report",
      },
      {
        title: "Russia becomes first country to recognize Taliban government in Afghanistan",
        publisher: "AFP",
        url: "https://www.lbcgroup.tv/news/world-news/865308/russia-becomes-first-country-to-recognize-taliban-government-in-afghan/en",
        via: "LBCI",
        date: "2025-07-03",
        kind: "report",
      },
      {
        title: "Taliban claim recognition by Russia",
        publisher: "Amu TV",
        url: "https://amu.tv/184344/",
        date: "2025-07-03",
        kind: "report",
      },
      {
        title: "Radio Azadi report (in Dari): Putin receives the credentials of the Taliban's ambassador in Moscow",
        publisher: "RFE/RL",
        url: "https://da.azadiradio.com/amp/33649822.html",
        date: "2026-01-15",
        kind: "report",
      },
      {
        title: "Putin receives the credentials of foreign ambassadors in the Kremlin (in Russian)",
        publisher: "Interfax",
        url: "https://www.interfax.ru/russia/1067821",
        date: "2026-01-15",
        kind: "report",
      },
      {
        title: "KabulNow report on UN rapporteur Richard Bennett's reaction to Russia's recognition of the Taliban",
        publisher: "KabulNow",
        url: "https://kabulnow.com/2025/07/un-rapporteur-russias-taliban-recognition-emboldens-rights-abusing-regimes/",
        date: "2025-07",
        kind: "report",
      },
      {
        title: "Political figures condemn Russia's recognition of Taliban as 'a loss for both sides'",
        publisher: "Amu TV",
        url: "https://amu.tv/184415/",
        date: "2025-07",
        kind: "report",
      },
      {
        title: "Afghans decry Russia's recognition of Taliban as betrayal of human rights and national will",
        publisher: "Amu TV",
        url: "https://amu.tv/184771/",
        date: "2025-07",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "russia",
        words:
          "We believe that formal recognition of the government of the Islamic Emirate of Afghanistan will provide momentum for the development of fruitful bilateral cooperation between our two countries in various fields.",
        date: "2025-07-03",
        source: {
          title: "Russia becomes first country to recognize Taliban government in Afghanistan",
          publisher: "AFP",
          url: "https://www.lbcgroup.tv/news/world-news/865308/russia-becomes-first-country-to-recognize-taliban-government-in-afghan/en",
          via: "LBCI",
          date: "2025-07-03",
          kind: "report",
        },
      },
      {
        actor: "amir-khan-muttaqi",
        words:
          "a major milestone in the history of our relations … this acknowledgment will serve as a model for other countries to follow",
        date: "2025-07-03",
        source: {
          title: "Taliban claim recognition by Russia",
          publisher: "Amu TV",
          url: "https://amu.tv/184344/",
          date: "2025-07-03",
          kind: "report",
        },
      },
      {
        actor: "richard-bennett",
        words:
          "Disappointed by Russia’s recognition that sets a dangerous precedent, emboldening regimes in Afghanistan and beyond that violate human rights with impunity",
        date: "2025-07",
        source: {
          title: "KabulNow report on UN rapporteur Richard Bennett's reaction to Russia's recognition of the Taliban",
          publisher: "KabulNow",
          url: "https://kabulnow.com/2025/07/un-rapporteur-russias-taliban-recognition-emboldens-rights-abusing-regimes/",
          date: "2025-07",
          kind: "report",
        },
      },
      {
        actor: "fawzia-koofi",
        words:
          "Such steps not only endanger the lives of Afghans but also global security … If we fail to learn from history, history will teach us with a heavy price.",
        date: "2025-07",
        source: {
          title: "Political figures condemn Russia's recognition of Taliban as 'a loss for both sides'",
          publisher: "Amu TV",
          url: "https://amu.tv/184415/",
          date: "2025-07",
          kind: "report",
        },
      },
      {
        actor: "afghan-women-activists",
        paraphrase:
          "Women-led protest movements, among them groups of Afghan women in Pakistan, demonstrated against Moscow's decision, chanting that the Taliban are terrorists and accusing Russia of legitimising a regime that suppresses dissent and shuts women out of public life.",
        date: "2025-07",
        source: {
          title: "Afghans decry Russia's recognition of Taliban as betrayal of human rights and national will",
          publisher: "Amu TV",
          url: "https://amu.tv/184771/",
          date: "2025-07",
          kind: "report",
        },
      },
      {
        actor: "afghan-civil-society",
        paraphrase:
          "Nearly 90 Afghan civil society organisations and protest movements said in a joint statement that the Taliban do not legitimately represent the Afghan people and that recognising them would embolden repression and fuel violence.",
        date: "2025-07",
        source: {
          title: "Afghans decry Russia's recognition of Taliban as betrayal of human rights and national will",
          publisher: "Amu TV",
          url: "https://amu.tv/184771/",
          date: "2025-07",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "russia-delisting", relation: "see-also" },
      { id: "china-accepts-envoy", relation: "see-also" },
      { id: "uae-accepts-envoy", relation: "see-also" },
      { id: "us-response-recognition", relation: "see-also" },
    ],
    notes: paragraphs(
      "No U.S. government reaction appears in the reports listed; one Afghan outlet in Persian reported that a State Department spokesperson said the Taliban remained a Specially Designated Global Terrorist group, but this is unconfirmed.",

      "Reports of the Russian foreign ministry's statement name the official who received the credentials as Deputy Foreign Minister Andrey Rudenko; the AP and AFP reports listed name only the ambassador.",
      "Other countries, including China and the UAE, had accepted Taliban ambassadors without formally recognising the government.",
      "Muttaqi's words come in several English versions of the same Pashto and Dari statements: AP has “a good example for other countries”, AFP “This brave decision will be an example for others”, Amu TV “a model for other countries to follow”. The timeline quotes Amu TV's.",
      "Putin's acceptance of the ambassador's credentials on Thursday 15 January 2026 is reported by Interfax, which lists him among the 34 ambassadors at the ceremony, and by Radio Azadi, which dates it to 25 Jadi 1404.",
    ),
    tags: ["russia", "recognition", "ambassador"],
  },
  {
    id: "icc-warrants",
    title: "ICC issues arrest warrants for the Taliban leader and chief justice",
    shortTitle: "ICC arrest warrants",
    start: "2025-07-08",
    precision: "day",
    track: "rights",
    actors: ["icc", "haibatullah-akhundzada", "taliban", "zabihullah-mujahid", "human-rights-watch"],
    summary:
      "On 8 July 2025 judges at the International Criminal Court issued warrants to arrest Haibatullah Akhundzada, the Taliban's supreme leader, and Abdul Hakim Haqqani, their chief justice, on suspicion of persecuting women and girls on gender grounds, a crime against humanity. The Taliban said they do not recognise the court.",
    details: paragraphs(
      "The ICC's Pre-Trial Chamber II found reasonable grounds to believe that the two men had committed persecution on gender grounds against girls, women and others who did not conform to the Taliban's policy on gender, and on political grounds against people seen as allies of women and girls. The alleged crimes run from 15 August 2021, when the Taliban took power, to at least 20 January 2025.",
      "The judges said the Taliban had used decrees to strip girls and women of their right to education, to privacy and to family life, and of freedom of movement, expression, thought, conscience and religion. The court has no police of its own and relies on member states to carry out arrests. The ICC prosecutor had applied for the warrants in January 2025.",
      "Taliban spokesman Zabihullah Mujahid called the announcement nonsense and said it would not weaken the Taliban's commitment to Islamic law. Human Rights Watch welcomed the warrants. When the prosecutor applied for them in January, Afghan rights defenders had welcomed the step: Shaharzad Akbar, who heads the Afghan rights group Rawadari, called it an important step toward justice after decades of injustice and said it must be only the beginning.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "ICC seeks arrest of Taliban leaders over persecution of women",
        publisher: "AFP",
        url: "https://thesun.my/world-news/icc-seeks-arrest-of-taliban-leaders-over-persecution-of-women-HC14435112",
        via: "The Sun (Malaysia)",
        date: "2025-07-08",
        kind: "report",
      },
      {
        title: "ICC seeks arrest of Taliban leaders over persecution of women",
        publisher: "The National",
        url: "https://www.thenationalnews.com/news/2025/07/08/icc-seeks-arrest-of-taliban-leaders-over-persecution-of-women/",
        date: "2025-07-08",
        kind: "report",
      },
      {
        title: "TRT Global report: Taliban reject ICC arrest warrants as “nonsense”",
        publisher: "TRT Global",
        url: "https://trt.global/world/article/ecb6d7290101",
        date: "2025-07-08",
        kind: "report",
      },
      {
        title: "Rights groups welcome ICC's arrest warrant application for Taliban leaders",
        publisher: "Amu TV",
        url: "https://amu.tv/152948",
        date: "2025-01",
        kind: "report",
      },
      {
        title: "ICC arrest warrant for Taliban supreme leader",
        publisher: "The Tribune (India)",
        url: "https://www.tribuneindia.com/news/world/icc-arrest-warrant-for-taliban-supreme-leader/amp",
        date: "2025-07-09",
        kind: "report",
      },
      {
        title:
          "ICC press release: Pre-Trial Chamber II issues arrest warrants for Haibatullah Akhundzada and Abdul Hakim Haqqani",
        publisher: "International Criminal Court",
        date: "2025-07-08",
        kind: "primary",
      },
      {
        title: "Taliban slams possible ICC arrest warrant, says court should go after Israel and US",
        publisher: "AFP",
        url: "https://www.timesofisrael.com/taliban-slams-possible-icc-arrest-warrant-says-court-should-go-after-israel-and-us/",
        via: "The Times of Israel",
        date: "2025-01-24",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "zabihullah-mujahid",
        words: "Such nonsense announcements won’t affect the strong commitment and dedication to sharia (Islamic law)",
        date: "2025-07-08",
        source: {
          title: "TRT Global report: Taliban reject ICC arrest warrants as “nonsense”",
          publisher: "TRT Global",
          url: "https://trt.global/world/article/ecb6d7290101",
          date: "2025-07-08",
          kind: "report",
        },
      },
      {
        actor: "human-rights-watch",
        words: "The international community should back the ICC in its critical work in Afghanistan and globally,",
        source: {
          title: "Afghanistan International report on Human Rights Watch's reaction to the ICC warrants",
          publisher: "Afghanistan International",
          url: "https://www.afintl.com/en/202507091113",
          date: "2025-07-09",
          kind: "report",
        },
      },
      {
        actor: "shaharzad-akbar",
        words:
          "After decades of injustice, this is an important step toward justice. Congratulations to the people of Afghanistan, to the women of Afghanistan, and to the victims",
        date: "2025-01-23",
        source: {
          title: "Rights groups welcome ICC's arrest warrant application for Taliban leaders",
          publisher: "Amu TV",
          url: "https://amu.tv/152948",
          date: "2025-01",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "vice-virtue-law", relation: "see-also" },
      { id: "girls-schools-closed", relation: "see-also" },
    ],
    notes: paragraphs(
      "After the article (the article is dated 3 April 2025).",
      "AFP, The National and TRT Global date the warrants to Tuesday 8 July 2025; one Afghanistan International report says 7 July.",
    ),
    tags: ["women's rights", "ICC", "accountability"],
  },
  {
    id: "wrongful-detention-order",
    title: "Trump creates a “State Sponsor of Wrongful Detention” label",
    shortTitle: "Wrongful-detention order",
    start: "2025-09-05",
    precision: "day",
    track: "detainees",
    actors: ["donald-trump", "marco-rubio", "united-states"],
    summary:
      "Trump signed an executive order allowing the Secretary of State to designate countries that wrongfully hold Americans as “State Sponsors of Wrongful Detention”, with possible sanctions, visa and travel restrictions and other penalties.",
    details: paragraphs(
      "In a statement the same day, Rubio said that designated actors could face sanctions, visa restrictions, limits on foreign aid and restrictions on travel for U.S. passport holders, and compared the new label to the State Sponsor of Terrorism list.",
      "The label can also be applied to groups that control territory without being recognised as a government, which allows its use against the Taliban. Iran was the first country designated, on 27 February 2026, and Afghanistan the second, on 9 March 2026.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "Executive Order: Strengthening Efforts to Protect U.S. Nationals from Wrongful Detention Abroad",
        publisher: "The White House",
        date: "2025-09-05",
        kind: "primary",
      },
      {
        title: "Statement by Secretary of State Marco Rubio on the executive order on wrongful detention",
        publisher: "U.S. Department of State",
        date: "2025-09-05",
        kind: "primary",
      },
      {
        title: "US weighs censuring Afghanistan over detained Americans, could ban US travel to the country",
        publisher: "Reuters",
        url: "https://www.straitstimes.com/world/us-weighs-censuring-afghanistan-over-detained-americans-could-ban-us-travel-to-the-country",
        via: "The Straits Times",
        date: "2026-03-09",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "marco-rubio",
        paraphrase:
          "Rubio said countries designated under the order could face sanctions, visa and aid restrictions and limits on travel by U.S. passport holders, likened the new label to the State Sponsor of Terrorism designation, and warned that whoever used an American as a bargaining chip would pay a price.",
        date: "2025-09-05",
        source: {
          title: "Statement by Secretary of State Marco Rubio on the executive order on wrongful detention",
          publisher: "U.S. Department of State",
          date: "2025-09-05",
          kind: "primary",
        },
      },
    ],
    related: [{ id: "afghanistan-wrongful-detention-designation", relation: "led-to" }],
    notes:
      "The order is dated Friday 5 September 2025. Rubio's statement that day is paraphrased here, not quoted. An earlier version of this event cited an RFE/RL report and quoted Trump (“We’ve gotten a lot of people out…”); neither the page nor the words could be found again, so both were removed. The point about authorities that control territory without recognition comes from press summaries of the order, not from its text.",
    tags: ["wrongful detention", "executive order"],
  },
  {
    id: "boehler-kabul-talks",
    title: "Boehler and Khalilzad meet Taliban leaders in Kabul",
    shortTitle: "Boehler and Khalilzad in Kabul",
    start: "2025-09-13",
    precision: "day",
    track: "diplomacy",
    actors: [
      "adam-boehler",
      "zalmay-khalilzad",
      "amir-khan-muttaqi",
      "abdul-ghani-baradar",
      "marco-rubio",
      "united-states",
      "taliban",
    ],
    summary:
      "Hostage envoy Adam Boehler, with former envoy Zalmay Khalilzad, held talks in Kabul with Foreign Minister Muttaqi and Deputy Prime Minister Baradar; the Taliban said afterwards that Boehler had agreed the two sides would exchange prisoners.",
    details: paragraphs(
      "According to the Taliban, the talks covered bilateral relations, citizens held in each country and investment in Afghanistan, and the U.S. side offered condolences for the recent earthquake in eastern Afghanistan. One report places the meeting with Baradar in the presidential palace.",
      "Washington did not confirm a swap. Rubio said Boehler had gone to “explore what's possible” and that any exchange would be the president's decision. Mahmood Habibi, whom the U.S. says the Taliban hold, was still missing.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "CBS News report on the Taliban's claim of a prisoner swap agreement with U.S. envoys",
        publisher: "CBS News",
        url: "https://www.cbsnews.com/news/taliban-us-envoys-prisoner-swap-agreement/",
        date: "2025-09-13",
        kind: "report",
      },
      {
        title: "Taliban claim an agreement is reached with US envoys on a prisoner swap as they seek better ties",
        publisher: "Associated Press",
        url: "https://toronto.citynews.ca/2025/09/13/taliban-says-it-discussed-normalizing-relations-in-meeting-with-us-envoys/",
        via: "CityNews Toronto",
        date: "2025-09-13",
        kind: "report",
      },
      {
        title: "Taliban claim an agreement is reached with U.S. envoys on a prisoner swap as they seek better ties",
        publisher: "Associated Press",
        url: "https://www.latimes.com/world-nation/story/2025-09-13/taliban-claim-an-agreement-is-reached-with-us-envoys-on-a-prisoner-swap-as-they-seek-better-ties",
        via: "Los Angeles Times",
        date: "2025-09-13",
        kind: "report",
      },
      {
        title: "RFE/RL report on the Taliban's claim of a prisoner-exchange agreement with U.S. envoys",
        publisher: "RFE/RL",
        url: "https://www.rferl.org/a/afghanistan-taliban-prisoners-boehler-habibi-khalilzad/33529680.html",
        date: "2025-09-13",
        kind: "report",
      },
      {
        title: "TRT World report on the Taliban's account of the Kabul talks with U.S. envoys",
        publisher: "TRT World",
        url: "https://www.trtworld.com/article/a609378ecf05",
        date: "2025-09-14",
        kind: "report",
      },
      {
        title: "Deeyar report on Boehler's meetings with Muttaqi and Baradar",
        publisher: "Deeyar",
        url: "https://deeyar.tv/en/?p=29796",
        date: "2025-09-13",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "taliban",
        words:
          "Comprehensive discussions were held on ways to develop bilateral relations between the two countries, issues related to citizens, and investment opportunities in Afghanistan",
        date: "2025-09-13",
        source: {
          title: "TRT World report on the Taliban's account of the Kabul talks with U.S. envoys",
          publisher: "TRT World",
          url: "https://www.trtworld.com/article/a609378ecf05",
          date: "2025-09-14",
          kind: "report",
        },
      },
      {
        actor: "abdul-ghani-baradar",
        words:
          "Adam Boehler, referring to the issue of detained citizens between Afghanistan and the United States, said that both countries will exchange prisoners",
        date: "2025-09-13",
        source: {
          title: "RFE/RL report on the Taliban's claim of a prisoner-exchange agreement with U.S. envoys",
          publisher: "RFE/RL",
          url: "https://www.rferl.org/a/afghanistan-taliban-prisoners-boehler-habibi-khalilzad/33529680.html",
          date: "2025-09-13",
          kind: "report",
        },
      },
      {
        actor: "marco-rubio",
        words:
          "Obviously, it'll be the president's decision in terms of any trades or any exchanges, but we most certainly want any Americans or anyone who's being unlawfully detained to be released. And so he went there to explore what that would look like.",
        date: "2025-09-13",
        source: {
          title: "TRT World report on the Taliban's account of the Kabul talks with U.S. envoys",
          publisher: "TRT World",
          url: "https://www.trtworld.com/article/a609378ecf05",
          date: "2025-09-14",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "exploratory-talks", relation: "see-also" },
      { id: "amiri-released", relation: "see-also" },
    ],
    notes:
      "The prisoner exchange is the Taliban's account (statements by Baradar's office and the foreign ministry); the U.S. did not confirm it. National Herald dates the Taliban announcement to Sunday 14 September; AP, CBS and the Los Angeles Times give Saturday 13 September.",
    tags: ["talks", "kabul", "prisoner swap"],
  },
  {
    id: "trump-bagram-chequers",
    title: "At Chequers, Trump says the U.S. is trying to get Bagram back",
    shortTitle: "Trump wants Bagram back",
    start: "2025-09-18",
    precision: "day",
    track: "military",
    actors: ["donald-trump", "united-states", "taliban"],
    summary:
      "At a joint news conference with British Prime Minister Keir Starmer at Chequers, Trump said the United States was working to regain Bagram air base, which it left in 2021, and said the base was “an hour away from where China makes its nuclear weapons.”",
    details: paragraphs(
      "Trump said the Taliban “need things from us” and called his remark possible breaking news; U.S. officials did not say immediately what he meant or how far any talks had gone.",
      "Zakir Jalaly, a Taliban foreign ministry official, replied on X that Afghanistan and the United States could have political and economic relations based on mutual respect, but without any U.S. military presence, which he said Afghans had never accepted and the Doha talks had ruled out.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "Trump says he is working to get Afghan air base from Taliban",
        publisher: "The Washington Post",
        url: "https://www.spokesman.com/stories/2025/sep/18/trump-says-he-is-working-to-get-afghan-air-base-fr/",
        via: "The Spokesman-Review",
        date: "2025-09-18",
        kind: "report",
      },
      {
        title: "Trump says US seeking to regain Bagram airbase in Afghanistan",
        publisher: "AFP",
        url: "https://www.channelnewsasia.com/world/trump-says-us-seeking-regain-bagram-airbase-in-afghanistan-5356911",
        via: "CNA",
        date: "2025-09-19",
        kind: "report",
      },
      {
        title: "Trump and Starmer keep it civil despite disagreements",
        publisher: "SBS News",
        url: "https://www.sbs.com.au/news/podcast-episode/trump-and-starmer-keep-it-civil-despite-disagreements/a7drg9oeg",
        date: "2025-09-19",
        kind: "report",
      },
      {
        title: "IEA official responds to Trump's Bagram remarks, rules out foreign troop presence",
        publisher: "Ariana News",
        url: "https://www.ariananews.af/iea-official-responds-to-trumps-bagram-remarks-rules-out-foreign-troop-presence/amp",
        date: "2025-09-19",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "donald-trump",
        words: "We’re trying to get it back because they need things from us … We want that base back",
        date: "2025-09-18",
        source: {
          title: "Trump says US seeking to regain Bagram airbase in Afghanistan",
          publisher: "AFP",
          url: "https://www.channelnewsasia.com/world/trump-says-us-seeking-regain-bagram-airbase-in-afghanistan-5356911",
          via: "CNA",
          date: "2025-09-19",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        paraphrase:
          "Foreign ministry official Zakir Jalaly said the door was open to political and economic relations with Washington based on mutual respect and shared interests, but ruled out any U.S. military presence, saying Afghans had never accepted one and the Doha talks had excluded it.",
        source: {
          title: "IEA official responds to Trump's Bagram remarks, rules out foreign troop presence",
          publisher: "Ariana News",
          url: "https://www.ariananews.af/iea-official-responds-to-trumps-bagram-remarks-rules-out-foreign-troop-presence/amp",
          date: "2025-09-19",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "us-leaves-bagram", relation: "see-also" },
      { id: "bagram-demand", relation: "led-to" },
    ],
    notes:
      "Date agreed by The Washington Post, AFP (carried by CNA) and SBS (Thursday 18 September 2025). Reports transcribe Trump's words slightly differently (“they need things from us” in AFP, “they need something from us” in The New York Sun).",
    tags: ["bagram", "trump", "china"],
  },
  {
    id: "bagram-demand",
    title: "Trump demands Bagram back; the Taliban refuse",
    shortTitle: "Taliban refuse Bagram demand",
    start: "2025-09-20",
    precision: "day",
    track: "military",
    actors: ["donald-trump", "taliban", "zabihullah-mujahid", "amir-khan-muttaqi", "fasihuddin-fitrat"],
    summary:
      "On Truth Social Trump warned that “bad things” would happen if Afghanistan did not return Bagram air base to the United States; the next day the Taliban rejected the demand and reminded Washington of its Doha agreement pledge on Afghanistan's territorial integrity.",
    details: paragraphs(
      "Trump also told reporters that the U.S. was “talking now to Afghanistan” and wanted the base back right away, but would not say whether he would consider sending troops.",
      "On 21 September the Taliban government answered in a written statement posted on X: the U.S. had been told in all bilateral talks that Afghanistan's independence and territorial integrity came first, it should keep its Doha agreement pledge, and it should adopt a policy of realism. AP credits the statement to chief spokesman Zabihullah Mujahid; other outlets credit it to his deputy, Hamdullah Fitrat. Taliban army chief Fasihuddin Fitrat and Foreign Minister Muttaqi said no part of Afghan territory would be handed over.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "'Bad Things Are...': Trump Threatens Taliban-Ruled Afghanistan Over Bagram Air Base",
        publisher: "AFP",
        url: "https://www.etvbharat.com/en/!international/trump-threatens-taliban-ruled-afghanistan-over-bagram-air-base-enn25092101858",
        via: "ETV Bharat",
        date: "2025-09-21",
        kind: "report",
      },
      {
        title: "The Taliban reject Trump's bid to retake Bagram air base in Afghanistan",
        publisher: "Associated Press",
        url: "https://www.latimes.com/world-nation/story/2025-09-21/the-taliban-reject-trumps-bid-to-retake-bagram-air-base-in-afghanistan",
        via: "Los Angeles Times",
        date: "2025-09-21",
        kind: "report",
      },
      {
        title: "The Taliban reject Trump's bid to retake Bagram air base in Afghanistan",
        publisher: "Associated Press",
        url: "https://www.springfieldnewssun.com/news/nation-world/the-taliban-reject-trumps-bid-to-retake-bagram-air-base-in-afghanistan/WC5JXTR6Y5NENOWBQX4BGAQ4WU/",
        via: "Springfield News-Sun",
        date: "2025-09-21",
        kind: "report",
      },
      {
        title: "Row Over Bagram Air Base Deepens as Trump, Taliban Trade Threats",
        publisher: "The Media Line",
        url: "https://themedialine.org/headlines/row-over-bagram-air-base-deepens-as-trump-taliban-trade-threats",
        date: "2025-09-21",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "donald-trump",
        words:
          "If Afghanistan doesn’t give Bagram Air Base back to those that built it, the United States of America, BAD THINGS ARE GOING TO HAPPEN!!!",
        date: "2025-09-20",
        source: {
          title: "Row Over Bagram Air Base Deepens as Trump, Taliban Trade Threats",
          publisher: "The Media Line",
          url: "https://themedialine.org/headlines/row-over-bagram-air-base-deepens-as-trump-taliban-trade-threats",
          date: "2025-09-21",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        words:
          "It should be recalled that, under the Doha Agreement, the United States pledged that ‘it will not use or threaten force against the territorial integrity or political independence of Afghanistan, nor interfere in its internal affairs,’",
        date: "2025-09-21",
        source: {
          title: "The Taliban reject Trump's bid to retake Bagram air base in Afghanistan",
          publisher: "Associated Press",
          url: "https://www.springfieldnewssun.com/news/nation-world/the-taliban-reject-trumps-bid-to-retake-bagram-air-base-in-afghanistan/WC5JXTR6Y5NENOWBQX4BGAQ4WU/",
          via: "Springfield News-Sun",
          date: "2025-09-21",
          kind: "report",
        },
      },
      {
        actor: "amir-khan-muttaqi",
        words:
          "Even if the United States rebuilds the whole of Afghanistan anew, not even Bagram, not even an inch of land—will be given to anyone.",
        date: "2025-09-21",
        source: {
          title: "Row Over Bagram Air Base Deepens as Trump, Taliban Trade Threats",
          publisher: "The Media Line",
          url: "https://themedialine.org/headlines/row-over-bagram-air-base-deepens-as-trump-taliban-trade-threats",
          date: "2025-09-21",
          kind: "report",
        },
      },
      {
        actor: "fasihuddin-fitrat",
        words: "We assure our fellow countrymen that not even an inch of our land is up for negotiation",
        date: "2025-09-21",
        source: {
          title: "Row Over Bagram Air Base Deepens as Trump, Taliban Trade Threats",
          publisher: "The Media Line",
          url: "https://themedialine.org/headlines/row-over-bagram-air-base-deepens-as-trump-taliban-trade-threats",
          date: "2025-09-21",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "trump-bagram-chequers", relation: "response-to" },
      { id: "us-leaves-bagram", relation: "see-also" },
      { id: "doha-agreement", relation: "see-also" },
    ],
    notes:
      "AFP and AP place Trump's post and remarks on Saturday 20 September 2025 (U.S. time); The Media Line dates the post to Sunday 21 September, probably in Afghan time. The Taliban replies came on 21 September. Who issued the Taliban's written reply is disputed: AP credits chief spokesman Zabihullah Mujahid, while TRT World, The Jerusalem Post, India TV and Pakistan's World Tribune credit deputy spokesman Hamdullah Fitrat; the timeline gives it to the Taliban government. Outlets print Trump's post as “Bagram Airbase” or “Bagram Air Base”.",
    tags: ["bagram", "trump", "doha agreement"],
  },
  {
    id: "amiri-released",
    title: "Amir Amiri freed after Boehler visit",
    shortTitle: "Amir Amiri freed",
    start: "2025-09-28",
    precision: "day",
    track: "detainees",
    actors: ["amir-amiri", "adam-boehler", "qatar", "amir-khan-muttaqi", "taliban", "marco-rubio"],
    summary:
      "The Taliban released Amir Amiri, a 36-year-old American held since December 2024, after Adam Boehler returned to Kabul on 28 September, with Qatar mediating; he was flown to Doha. A source told Reuters he was the fifth U.S. citizen the Taliban freed in 2025.",
    details: paragraphs(
      "A photograph released by Qatar showed Amiri on the plane from Kabul with Boehler, Sebastian Gorka of the National Security Council and a Qatari diplomat. Boehler's visit came a week after Trump's demand for Bagram.",
      "The Taliban foreign ministry said Muttaqi had told the U.S. delegation that Amiri had been freed, that Kabul did not view the cases of citizens from a political angle, and that it thanked Qatar for its role. Qatar's Minister of State at the Foreign Ministry, Mohammed Al Khulaifi, said Qatar had facilitated the release. Rubio thanked Qatar and said other Americans were still held in Afghanistan.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "Taliban releases US citizen after visit by envoy, source says",
        publisher: "Reuters",
        url: "https://www.thestar.com.my/news/world/2025/09/29/taliban-releases-us-citizen-after-visit-by-envoy-source-says",
        via: "The Star (Malaysia)",
        date: "2025-09-29",
        kind: "report",
      },
      {
        title: "US citizen released from Kabul's custody: Afghan foreign ministry",
        publisher: "Dawn",
        url: "https://www.dawn.com/news/1945278/us-citizen-released-from-kabuls-custody-afghan-foreign-ministry",
        date: "2025-09-28",
        kind: "report",
      },
      {
        title: "The Daily Beast report on the release of Amir Amiry",
        publisher: "The Daily Beast",
        url: "https://www.thedailybeast.com/american-released-from-taliban-captivity-after-nearly-a-year",
        date: "2025-09-28",
        kind: "report",
      },
      {
        title: "Afghan Taliban frees US citizen after Qatari mediation",
        publisher: "Shafaq News",
        url: "https://www.shafaq.com/en/Middle-East/Afghan-Taliban-frees-US-citizen-after-Qatari-mediation",
        date: "2025-09-28",
        kind: "report",
      },
      {
        title: "Al Jazeera Mubasher report (Arabic): Qatar says it facilitated the release of Amir Amiri",
        publisher: "Al Jazeera Mubasher",
        url: "https://www.aljazeeramubasher.net/news/politics/2025/9/28/%D8%A8%D9%88%D8%B3%D8%A7%D8%B7%D8%A9-%D9%82%D8%B7%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D8%A7%D8%AC-%D8%B9%D9%86-%D9%85%D9%88%D8%A7%D8%B7%D9%86-%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D9%8A",
        date: "2025-09-28",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "marco-rubio",
        words: "I want to thank Qatar for helping secure his freedom",
        date: "2025-09-28",
        source: {
          title: "Afghan Taliban frees US citizen after Qatari mediation",
          publisher: "Shafaq News",
          url: "https://www.shafaq.com/en/Middle-East/Afghan-Taliban-frees-US-citizen-after-Qatari-mediation",
          date: "2025-09-28",
          kind: "report",
        },
      },
      {
        actor: "amir-khan-muttaqi",
        words:
          "The Afghan government does not view the issues of its citizens from a political angle and makes it clear that ways can be found to resolve the issues through diplomacy.",
        date: "2025-09-28",
        source: {
          title: "US citizen released from Kabul's custody: Afghan foreign ministry",
          publisher: "Dawn",
          url: "https://www.dawn.com/news/1945278/us-citizen-released-from-kabuls-custody-afghan-foreign-ministry",
          date: "2025-09-28",
          kind: "report",
        },
      },
      {
        actor: "mohammed-al-khulaifi",
        paraphrase:
          "Qatar's Minister of State at the Foreign Ministry, Mohammed bin Abdulaziz Al Khulaifi, told the Qatar News Agency that Qatar valued the fruitful cooperation of both the Afghan caretaker government and the United States, that Qatar always sought mediation to find peaceful solutions to conflicts, and that the release was an important incentive for direct dialogue between the parties.",
        date: "2025-09-28",
        source: {
          title: "Al Jazeera Mubasher report (Arabic): Qatar says it facilitated the release of Amir Amiri",
          publisher: "Al Jazeera Mubasher",
          url: "https://www.aljazeeramubasher.net/news/politics/2025/9/28/%D8%A8%D9%88%D8%B3%D8%A7%D8%B7%D8%A9-%D9%82%D8%B7%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D8%A7%D8%AC-%D8%B9%D9%86-%D9%85%D9%88%D8%A7%D8%B7%D9%86-%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D9%8A",
          date: "2025-09-28",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "boehler-kabul-talks", relation: "see-also" },
      { id: "glezmann-released", relation: "see-also" },
      { id: "qatar-protecting-power", relation: "see-also" },
    ],
    notes:
      "His surname is spelled Amiri by the Taliban and Reuters and Amiry by Rubio and the State Department. Age 36 is given by The Daily Beast and Shafaq News. The Taliban foreign ministry's words are reported in slightly different English: Dawn quotes Muttaqi as saying Kabul does not view the issues of its citizens “from a political angle”; other reports of the same statement, among them The Daily Beast's, render it as “from a political perspective”. Reuters' text as carried by The Star swaps the names of the Habibi brothers (Mahmood is the detainee, Ahmad his brother).",
    tags: ["release", "qatar"],
  },
  {
    id: "afghan-immigration-halt",
    title: "U.S. halts all immigration requests from Afghan nationals",
    shortTitle: "Afghan immigration halted",
    start: "2025-11-26",
    precision: "day",
    track: "rights",
    actors: ["united-states", "donald-trump", "marco-rubio"],
    summary:
      "Hours after an Afghan man who had come to the U.S. in the 2021 evacuation was accused of shooting two National Guard members near the White House, U.S. Citizenship and Immigration Services stopped processing every immigration request from Afghan nationals, indefinitely, pending a review of security and vetting.",
    details: paragraphs(
      "The shooting took place on Wednesday 26 November 2025, a few blocks from the White House. The suspect, Rahmanullah Lakanwal, 29, had served in an Afghan counter-terrorism unit that worked with the CIA, came to the United States in September 2021 under Operation Allies Welcome and had been granted asylum in 2025. Specialist Sarah Beckstrom died of her wounds the next day; Staff Sergeant Andrew Wolfe was critically wounded. President Trump called the attack an act of terror and ordered a re-examination of every Afghan admitted under Biden.",
      "USCIS announced the halt late that evening on X. On Friday 28 November Secretary of State Marco Rubio paused visas for everyone travelling on an Afghan passport, and USCIS paused all asylum decisions and began re-examining green cards issued to people from “countries of concern”. In December the administration paused pending green-card, citizenship and asylum applications from 19 countries, Afghanistan among them, and a new travel proclamation in mid-December removed the exemption that Afghan Special Immigrant Visa holders had kept in June.",
      "For the Afghans most affected, the halt closed what they saw as their last way out. In Pakistan, where tens of thousands waited for U.S. decisions while the authorities deported Afghans, applicants told Reuters they had completed every check; in the United States, Afghan community leaders reported arrests and fear among people with pending cases. Democratic members of Congress called the measures collective punishment of Afghans, many of whom had worked with U.S. forces.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title: "Post by U.S. Citizenship and Immigration Services (@USCIS) on X halting Afghan immigration requests",
        publisher: "U.S. Department of Homeland Security",
        date: "2025-11-26",
        kind: "primary",
      },
      {
        title: "Afghans say last path to safety shuts as US halts visas after DC shooting",
        publisher: "Reuters",
        url: "https://tribune.com.pk/story/2579505/afghans-say-last-path-to-safety-shuts",
        via: "The Express Tribune",
        date: "2025-11-27",
        kind: "report",
      },
      {
        title: "US pauses visas for all Afghan passport holders, suspends asylum decisions",
        publisher: "Ariana News",
        url: "https://www.ariananews.af/us-pauses-visas-for-all-afghan-passport-holders-suspends-asylum-decisions/",
        date: "2025-11-29",
        kind: "report",
      },
      {
        title: "Trump administration's immigration crackdown hits the Capital Region",
        publisher: "WAMC",
        url: "https://www.wamc.org/news/2025-12-05/trump-administrations-immigration-crackdown-hits-the-capital-region",
        date: "2025-12-05",
        kind: "report",
      },
      {
        title: "Afghanistan International report on the House Democrats' letter against the measures targeting Afghans",
        publisher: "Afghanistan International",
        url: "https://www.afintl.com/en/202512191160",
        date: "2025-12-19",
        kind: "report",
      },
      {
        title: "Rep. Crow joins four Dems condemning Trump's Afghan immigration policies as excessive",
        publisher: "Sentinel Colorado",
        url: "https://sentinelcolorado.com/metro/rep-crow-joins-four-dems-condemning-trumps-afghan-immigration-policies-as-excessive",
        date: "2025-12",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words:
          "Effective immediately, processing of all immigration requests relating to Afghan nationals is stopped indefinitely pending further review of security and vetting protocols",
        date: "2025-11-26",
        source: {
          title: "Post by U.S. Citizenship and Immigration Services (@USCIS) on X halting Afghan immigration requests",
          publisher: "U.S. Department of Homeland Security",
          date: "2025-11-26",
          kind: "primary",
        },
      },
      {
        actor: "ahmad-samim-naimi",
        words: "I was deeply distressed when I heard this news. We have completed all the required review procedures",
        date: "2025-11-27",
        source: {
          title: "Afghans say last path to safety shuts as US halts visas after DC shooting",
          publisher: "Reuters",
          url: "https://tribune.com.pk/story/2579505/afghans-say-last-path-to-safety-shuts",
          via: "The Express Tribune",
          date: "2025-11-27",
          kind: "report",
        },
      },
      {
        actor: "ahmad-samim-naimi",
        words: "If I go back, one day you will certainly hear news of either my arrest or my death",
        date: "2025-11-27",
        source: {
          title: "Afghans say last path to safety shuts as US halts visas after DC shooting",
          publisher: "Reuters",
          url: "https://tribune.com.pk/story/2579505/afghans-say-last-path-to-safety-shuts",
          via: "The Express Tribune",
          date: "2025-11-27",
          kind: "report",
        },
      },
      {
        actor: "imran-khan-interpreter",
        words: "putting everybody in one category is unjust, I will say, it's discrimination",
        date: "2025-12",
        source: {
          title: "Trump administration's immigration crackdown hits the Capital Region",
          publisher: "WAMC",
          url: "https://www.wamc.org/news/2025-12-05/trump-administrations-immigration-crackdown-hits-the-capital-region",
          date: "2025-12-05",
          kind: "report",
        },
      },
      {
        actor: "yousaf-sherzad",
        paraphrase:
          "Yousaf Sherzad, president of the Afghan American Community Center in New York's Capital Region, said immigration agents had arrested ten Afghans in the region that week and that the new rules were causing panic and fear among refugees and asylum applicants who had followed every legal step.",
        date: "2025-12",
        source: {
          title: "Trump administration's immigration crackdown hits the Capital Region",
          publisher: "WAMC",
          url: "https://www.wamc.org/news/2025-12-05/trump-administrations-immigration-crackdown-hits-the-capital-region",
          date: "2025-12-05",
          kind: "report",
        },
      },
      {
        actor: "jason-crow",
        paraphrase:
          "Representative Jason Crow, a Colorado Democrat who served three combat tours in Iraq and Afghanistan, condemned the shooting but, with four other House Democrats, wrote to Rubio and Homeland Security Secretary Kristi Noem on 18 December asking them to reverse measures that the lawmakers called an excessive response and collective punishment, which put law-abiding Afghans, including those who had aided U.S. forces, at risk.",
        date: "2025-12-18",
        source: {
          title: "Rep. Crow joins four Dems condemning Trump's Afghan immigration policies as excessive",
          publisher: "Sentinel Colorado",
          url: "https://sentinelcolorado.com/metro/rep-crow-joins-four-dems-condemning-trumps-afghan-immigration-policies-as-excessive",
          date: "2025-12",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "travel-ban", relation: "see-also" },
      { id: "tps-ended", relation: "see-also" },
      { id: "refugee-admissions-suspended", relation: "see-also" },
      { id: "operation-allies-welcome", relation: "see-also" },
    ],
    notes: paragraphs(
      "Date: USCIS announced the halt late on Wednesday 26 November 2025, U.S. time (Reuters; Mint); its post on X is stamped 27 November, and in Kabul the news came on Thursday morning (Arab News). The shooting and the halt fell on the same day.",
      "The number of Afghans affected is uncertain: Shawn VanDiver of #AfghanEvac, quoted in Reuters' report, put those still in U.S. processing abroad at about 265,000, some 180,000 of them in the Special Immigrant Visa pipeline; Reuters speaks of tens of thousands waiting in Pakistan.",
    ),
    tags: ["immigration", "afghans in the us", "refugees", "siv"],
  },
  {
    id: "afghanistan-wrongful-detention-designation",
    title: "Afghanistan named a State Sponsor of Wrongful Detention",
    shortTitle: "Wrongful-detention listing",
    start: "2026-03-09",
    precision: "day",
    track: "detainees",
    actors: ["united-states", "marco-rubio", "taliban", "mahmood-habibi"],
    summary:
      "Rubio designated Afghanistan a State Sponsor of Wrongful Detention, accused the Taliban of holding people as bargaining chips and demanded the release of two named Americans, Dennis Coyle and Mahmood Habibi, and every other American held there; the Taliban called the step regrettable.",
    details: paragraphs(
      "The designation, announced on 9 March 2026, the day the U.S. marks as National Hostage and Wrongful Detainee Day, lets the administration use the penalties created by the September 2025 executive order, such as sanctions, export controls and possibly a ban on using U.S. passports to travel to Afghanistan. Iran had been the first country designated, on 27 February 2026.",
      "On 10 March the Taliban foreign ministry, through spokesman Abdul Qahar Balkhi, rejected the accusation of hostage-taking for leverage, said foreigners were held only for breaking Afghan law and that many had been released, and called for the issue to be settled through the ongoing talks with Washington.",
    ),
    provenance: "after-article",
    articleParagraphs: [],
    sources: [
      {
        title:
          "Afghanistan Designated as a State Sponsor of Wrongful Detention (statement by Secretary of State Marco Rubio)",
        publisher: "U.S. Department of State",
        date: "2026-03-09",
        kind: "primary",
      },
      {
        title: "Afghanistan's Taliban government rejects U.S. allegation that it engages in hostage diplomacy",
        publisher: "Associated Press",
        url: "https://www.latimes.com/world-nation/story/2026-03-10/afghanistans-taliban-government-rejects-u-s-allegation-that-it-engages-in-hostage-diplomacy",
        via: "Los Angeles Times",
        date: "2026-03-10",
        kind: "report",
      },
      {
        title: "US designates Afghanistan 'State Sponsor of Wrongful Detention'",
        publisher: "Dawn",
        url: "https://www.dawn.com/news/1980478",
        date: "2026-03-10",
        kind: "report",
      },
      {
        title: "Radio Azadi report (in Dari) on the U.S. designation and the Taliban foreign ministry's response",
        publisher: "RFE/RL",
        url: "https://da.azadiradio.com/a/33700817.html",
        date: "2026-03-10",
        kind: "report",
      },
      {
        title: "US weighs censuring Afghanistan over detained Americans, could ban US travel to the country",
        publisher: "Reuters",
        url: "https://www.straitstimes.com/world/us-weighs-censuring-afghanistan-over-detained-americans-could-ban-us-travel-to-the-country",
        via: "The Straits Times",
        date: "2026-03-09",
        kind: "report",
      },
      {
        title: "Rubio designates Afghanistan 'state sponsor of wrongful detention': 'Despicable tactics'",
        publisher: "Fox News",
        url: "https://www.foxnews.com/world/rubio-designates-afghanistan-state-sponsor-wrongful-detention-despicable-tactics",
        date: "2026-03-10",
        kind: "report",
      },
      {
        title: "U.S. designates Afghanistan as state sponsor of wrongful detention",
        publisher: "ARY News",
        url: "https://arynews.tv/us-designates-afghanistan-as-state-sponsor-of-wrongful-detention",
        date: "2026-03-10",
        kind: "report",
      },
      {
        title: "Afghanistan calls for 'appropriate' solution after 'wrongful detention' designation by US",
        publisher: "TRT World",
        url: "https://www.trtworld.com:443/article/0cf168672b64",
        date: "2026-03-10",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "marco-rubio",
        words:
          "The Taliban continues to use terrorist tactics, kidnapping individuals for ransom or to seek policy concessions. These despicable tactics need to end",
        date: "2026-03-09",
        source: {
          title: "Afghanistan's Taliban government rejects U.S. allegation that it engages in hostage diplomacy",
          publisher: "Associated Press",
          url: "https://www.latimes.com/world-nation/story/2026-03-10/afghanistans-taliban-government-rejects-u-s-allegation-that-it-engages-in-hostage-diplomacy",
          via: "Los Angeles Times",
          date: "2026-03-10",
          kind: "report",
        },
      },
      {
        actor: "marco-rubio",
        words:
          "The Taliban needs to release Dennis Coyle, Mahmoud Habibi, and all Americans unjustly detained in Afghanistan now and commit to cease the practice of hostage diplomacy forever",
        date: "2026-03-09",
        source: {
          title: "Rubio designates Afghanistan 'state sponsor of wrongful detention': 'Despicable tactics'",
          publisher: "Fox News",
          url: "https://www.foxnews.com/world/rubio-designates-afghanistan-state-sponsor-wrongful-detention-despicable-tactics",
          date: "2026-03-10",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        words:
          "The government of Afghanistan underscores that no foreign nationals have been detained for purposes of a deal",
        date: "2026-03-10",
        source: {
          title: "Afghanistan's Taliban government rejects U.S. allegation that it engages in hostage diplomacy",
          publisher: "Associated Press",
          url: "https://www.latimes.com/world-nation/story/2026-03-10/afghanistans-taliban-government-rejects-u-s-allegation-that-it-engages-in-hostage-diplomacy",
          via: "Los Angeles Times",
          date: "2026-03-10",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "wrongful-detention-order", relation: "see-also" },
      { id: "habibi-detained", relation: "see-also" },
    ],
    notes:
      "Most reports (AP in the Los Angeles Times, Reuters, Fox News, TRT World) give Monday 9 March 2026; ARY News says Tuesday. Iran's designation on 27 February 2026 is reported by Reuters, CBS News and ARY News.",
    tags: ["wrongful detention", "designation"],
  },
];

/** The speakers this era's events add to the dataset's actors, each with the voice it speaks in (voices.ts). */
export const secondTermSpeakers: Speaker[] = [
  {
    actor: {
      id: "hadisa-bibi",
      label:
        "Hadisa Bibi (women's rights advocate and former Kabul university student, awaiting U.S. resettlement in Pakistan)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "mohammed-al-khulaifi",
      label: "Mohammed Al Khulaifi (Qatar's Minister of State at the Foreign Ministry)",
      kind: "person",
    },
    voice: "qatar",
  },
  {
    actor: {
      id: "fawzia-koofi",
      label: "Fawzia Koofi (Afghan women's rights advocate, former member of parliament)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: { id: "moeen-gul-samkanai", label: "Moeen Gul Samkanai (Kabul-based political analyst)", kind: "person" },
    voice: "afghan-civil-society",
  },
  {
    actor: { id: "zakir-jalaly", label: "Zakir Jalaly (Taliban foreign ministry official)", kind: "person" },
    voice: "taliban",
  },
  {
    actor: {
      id: "shaharzad-akbar",
      label:
        "Shaharzad Akbar (head of the Afghan rights organisation Rawadari, former chair of the Afghanistan Independent Human Rights Commission)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "afghan-journalists-in-exile",
      label: "Afghan Journalists in Exile (group of exiled Afghan reporters)",
      kind: "organisation",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "zamir-kabulov",
      label: "Zamir Kabulov (Russia's special presidential envoy for Afghanistan)",
      kind: "person",
    },
    voice: "international",
  },
  {
    actor: {
      id: "z-afghan-nurse-tps",
      label:
        "Z. (Afghan nurse's assistant in the U.S. with Temporary Protected Status, identified by NPR only by her initial)",
      kind: "person",
    },
    voice: "afghan-evacuee",
  },
  {
    actor: {
      id: "mehria-afghan-refugee-applicant",
      label: "Mehria (Afghan woman, 23, waiting in Pakistan for a U.S. refugee visa since 2022)",
      kind: "person",
    },
    voice: "afghan-evacuee",
  },
  {
    actor: {
      id: "afghan-american-foundation",
      label: "Afghan-American Foundation (Afghan diaspora advocacy organisation)",
      kind: "organisation",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "afghan-usrap-refugees",
      label: "Afghan USRAP Refugees (group of Afghans in Pakistan awaiting U.S. refugee resettlement)",
      kind: "organisation",
    },
    voice: "afghan-evacuee",
  },
  {
    actor: {
      id: "shelley-moore-capito",
      label: "Shelley Moore Capito (Republican U.S. senator, West Virginia)",
      kind: "person",
    },
    voice: "us-critic",
  },
  {
    actor: {
      id: "ahmad-habibi",
      label: "Ahmad Habibi (brother of the detained American Mahmood Habibi)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: { id: "fasihuddin-fitrat", label: "Fasihuddin Fitrat (Taliban army chief of staff)", kind: "person" },
    voice: "taliban",
  },
  {
    actor: {
      id: "ahmad-samim-naimi",
      label:
        "Ahmad Samim Naimi (former Afghan TV presenter and government press adviser, awaiting U.S. resettlement in Pakistan)",
      kind: "person",
    },
    voice: "afghan-evacuee",
  },
  {
    actor: {
      id: "imran-khan-interpreter",
      label:
        "Imran Khan (former U.S. Army interpreter from Afghanistan, resettled in Albany, New York, on a Special Immigrant Visa)",
      kind: "person",
    },
    voice: "afghan-evacuee",
  },
  {
    actor: {
      id: "yousaf-sherzad",
      label: "Yousaf Sherzad (president of the Afghan American Community Center, New York Capital Region)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "jason-crow",
      label: "Jason Crow (Democratic U.S. representative from Colorado, Afghanistan veteran)",
      kind: "person",
    },
    voice: "us-critic",
  },
  {
    actor: {
      id: "fouzia-azizi",
      label: "Fouzia Azizi (Afghan-born director of refugee services at JFCS East Bay, California)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
];
