import type { TimelineEvent } from "../../domain/schema";
import type { Speaker } from "./voices";
import { paragraphs } from "./text";

/** Events under Taliban rule, from the interim government to the end of 2022. */
export const talibanRuleEvents: TimelineEvent[] = [
  {
    id: "interim-government",
    title: "Taliban name an all-male caretaker government",
    shortTitle: "Taliban name a government",
    start: "2021-09-07",
    precision: "day",
    track: "diplomacy",
    actors: [
      "taliban",
      "mohammad-hassan-akhund",
      "abdul-ghani-baradar",
      "sirajuddin-haqqani",
      "amir-khan-muttaqi",
      "zabihullah-mujahid",
      "haqqani-network",
      "united-states",
      "afghan-women-activists",
    ],
    summary:
      "Three weeks after taking Kabul, the Taliban named an acting cabinet with no women, led by Mohammad Hassan Akhund, with Abdul Ghani Baradar as a deputy and Sirajuddin Haqqani, who was wanted by the FBI, as interior minister.",
    details: paragraphs(
      "Spokesman Zabihullah Mujahid read out the names at a news conference in Kabul on Tuesday 7 September 2021 and stressed that the appointments were temporary, without saying for how long. Akhund, who was on a UN sanctions list, had headed the Taliban government in Kabul in the last years of its rule before 2001. Abdul Salam Hanafi was named a second deputy, Amir Khan Muttaqi foreign minister, and Mullah Mohammad Yaqoob, a son of the Taliban founder Mullah Omar, defence minister.",
      "Sirajuddin Haqqani heads the Haqqani network, which the U.S. designates as a terrorist organisation. He was on the FBI's most-wanted list and was thought to hold at least one U.S. hostage. The cabinet was drawn mostly from the Pashtun majority and included no women, despite the Taliban's talk of an inclusive government. It was announced hours after Taliban fighters fired into the air to break up a protest in Kabul, and women protested against the all-male line-up the next day.",
      "The State Department said the list was made up only of Taliban members and their close associates, with no women, that it was concerned by some members' affiliations and track records, and that it would judge the Taliban by its actions, not its words.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Taliban unveil new Cabinet — old-guard males",
        publisher: "Associated Press",
        url: "http://www.pressreader.com/usa/san-francisco-chronicle-late-edition/20210908/281569473843765",
        via: "PressReader",
        date: "2021-09-08",
        kind: "report",
      },
      {
        title: "Taliban announce formation of new government",
        publisher: "The Independent",
        url: "https://www.independent.co.uk/asia/south-asia/taliban-government-formation-b1915767.html",
        date: "2021-09-07",
        kind: "report",
      },
      {
        title: "Wanted men and no women: Taliban announce new government of Afghanistan",
        publisher: "The National",
        url: "https://www.thenationalnews.com/world/asia/2021/09/07/taliban-announces-new-government-of-afghanistan/",
        date: "2021-09-07",
        kind: "report",
      },
      {
        title: "Afghanistan: Taliban announce new interim government – who is in it?",
        publisher: "Channel 4 News",
        url: "https://channel4.com/news/afghanistan-taliban-announce-new-interim-government-who-is-in-it",
        date: "2021-09-07",
        kind: "report",
      },
      {
        title: "NDTV live updates: US concerned by Taliban government make-up but will look at actions",
        publisher: "NDTV",
        url: "https://ndtv.com/world-news/afghanistan-crisis-live-updates-us-concerned-by-taliban-government-makeup-but-will-look-at-actions-2533462",
        date: "2021-09-08",
        kind: "report",
      },
      {
        title: "Women protest against all-male government appointments",
        publisher: "Ariana News",
        url: "https://ariananews.af/women-protest-against-all-male-government-appointments/",
        date: "2021-09-08",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        paraphrase:
          "A State Department spokesperson said the announced list was made up only of Taliban members and their close associates, with no women, that Washington was concerned by the affiliations and track records of some of them, and that the Taliban would be judged by their actions, not their words.",
        date: "2021-09-07",
        source: {
          title: "State Department spokesperson's statement on the Taliban's announced caretaker cabinet",
          publisher: "U.S. Department of State",
          date: "2021-09-07",
          kind: "primary",
        },
      },
      {
        actor: "zabihullah-mujahid",
        paraphrase:
          "Mujahid said the appointments were temporary but did not say how long they would last or what would bring a change.",
        date: "2021-09-07",
        source: {
          title: "Taliban unveil new Cabinet — old-guard males",
          publisher: "Associated Press",
          url: "http://www.pressreader.com/usa/san-francisco-chronicle-late-edition/20210908/281569473843765",
          via: "PressReader",
          date: "2021-09-08",
          kind: "report",
        },
      },
      {
        actor: "diba-farahmand",
        words:
          "We are not women of yesterday. We want our rights. We faced violence yesterday, but will continue our fight",
        date: "2021-09-08",
        source: {
          title: "Women protest against all-male government appointments",
          publisher: "Ariana News",
          url: "https://ariananews.af/women-protest-against-all-male-government-appointments/",
          date: "2021-09-08",
          kind: "report",
        },
      },
      {
        actor: "masooma-rasooli",
        words: "The cabinet was announced yesterday. Unfortunately no women have been appointed to the cabinet",
        date: "2021-09-08",
        source: {
          title: "Women protest against all-male government appointments",
          publisher: "Ariana News",
          url: "https://ariananews.af/women-protest-against-all-male-government-appointments/",
          date: "2021-09-08",
          kind: "report",
        },
      },
      {
        actor: "abdul-farid-ahmad",
        words:
          "There is no female included in the Taliban Cabinet and they have eliminated women's ministry from the Afghanistan cabinet. Also, there is no ethnic balance in the Taliban cabinet",
        date: "2021-09-07",
        source: {
          title: "'Nobody except the Taliban': Journalists react to women's absence from interim Taliban govt",
          publisher: "Dawn",
          url: "https://www.dawn.com/news/1645054/nobody-except-the-taliban-journalists-react-to-womens-absence-from-interim-taliban-govt",
          date: "2021-09-07",
          kind: "report",
        },
      },
      {
        actor: "afghan-women-activists",
        paraphrase:
          "Women who protested in Kabul the day after the announcement said a government without women would not be inclusive, called on the Taliban to keep their earlier commitments on women's rights, and asked for women to be appointed to senior government posts.",
        date: "2021-09-08",
        source: {
          title: "Women protest against all-male government appointments",
          publisher: "Ariana News",
          url: "https://ariananews.af/women-protest-against-all-male-government-appointments/",
          date: "2021-09-08",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "fall-of-kabul", relation: "see-also" },
      { id: "doha-talks-oct-2021", relation: "see-also" },
      { id: "haqqani-rewards-removed", relation: "see-also" },
      { id: "designations-remain", relation: "see-also" },
    ],
    notes: paragraphs(
      "Reward figures differ by programme: AP gives the FBI's $5 million reward for Haqqani; Channel 4 News gives $10 million, the figure of the State Department's Rewards for Justice offer, which was withdrawn in March 2025 (see haqqani-rewards-removed).",
    ),
    tags: ["recognition", "haqqani", "women", "cabinet"],
  },
  {
    id: "drone-strike-admission",
    title: "Pentagon admits the Kabul drone strike killed only civilians",
    shortTitle: "Pentagon admits strike error",
    start: "2021-09-17",
    precision: "day",
    track: "rights",
    actors: ["united-states", "kenneth-mckenzie", "lloyd-austin", "ahmadi-family", "amnesty-international"],
    summary:
      "Presenting the findings of an internal investigation, Gen. Kenneth McKenzie said the 29 August strike had killed as many as 10 civilians, up to seven of them children, and no ISIS-K members; he called it a tragic mistake and apologised, and Defense Secretary Lloyd Austin issued his own apology.",
    details: paragraphs(
      "McKenzie told reporters it was unlikely that the car or the people killed were linked to ISIS-K or threatened U.S. forces, and said the Pentagon was considering reparations. Austin said there had been no connection between Ahmadi and ISIS-K, called him as innocent a victim as the others, and ordered a review of the investigation, including whether anyone should be held accountable.",
      "The next day Emal Ahmadi, whose three-year-old daughter Malika was among the dead, said the apology was not enough and asked that those responsible be punished, that the family be compensated and that it be moved to the United States or another safe country. The Pentagon later said it would make condolence payments to the relatives of the 10 people killed.",
      "On 13 December 2021 defense officials said no one would be disciplined. An independent review by Air Force Lt. Gen. Sami Said had found breakdowns in communication and in identifying the target but no misconduct or negligence, and Austin approved his commanders' recommendations, which included no punishment.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title:
          "Statement by Secretary of Defense Lloyd J. Austin III on the Results of Central Command Investigation Into the 29 August Airstrike",
        publisher: "U.S. Department of Defense",
        url: "https://www.defense.gov/News/Releases/Release/Article/2780404/statement-by-secretary-of-defense-lloyd-j-austin-iii-on-the-results-of-central/",
        date: "2021-09-17",
        kind: "primary",
      },
      {
        title:
          "Transcript: Gen. Kenneth F. McKenzie Jr. and Press Secretary John F. Kirby hold a press briefing on the 29 August airstrike in Kabul",
        publisher: "U.S. Department of Defense",
        date: "2021-09-17",
        kind: "primary",
      },
      {
        title: "Pentagon reverses itself, calls deadly Kabul strike an error",
        publisher: "Associated Press",
        url: "https://www.sheltonherald.com/news/article/Pentagon-reverses-itself-calls-deadly-Kabul-16469040.php",
        via: "Shelton Herald",
        date: "2021-09-18",
        kind: "report",
      },
      {
        title: "Amnesty Calls For 'Full' Probe Into U.S. Kabul Drone Strike",
        publisher: "RFE/RL",
        url: "https://gandhara.rferl.org/a/amnesty-probe-kabul-drone-strike/31466391.html",
        date: "2021-09-17",
        kind: "report",
      },
      {
        title:
          "Afghanistan: US drone strike admission a positive first step, but full investigation and accountability now needed",
        publisher: "Amnesty International",
        url: "https://www.amnesty.org/en/latest/news/2021/09/usa-drone-strike-afghanistan-admission-accountability-needed/",
        date: "2021-09-17",
        kind: "primary",
      },
      {
        title: "Relative of Afghans killed in US drone strike says apology 'not enough'",
        publisher: "The Hill",
        url: "https://thehill.com/policy/international/middle-east-north-africa/572883-relative-of-afghans-killed-in-us-drone-strike/",
        date: "2021-09-18",
        kind: "report",
      },
      {
        title:
          "Pentagon Press Secretary John F. Kirby and Air Force Lt. Gen. Sami D. Said Hold a Press Briefing (transcript)",
        publisher: "U.S. Department of Defense",
        url: "https://www.defense.gov/News/Transcripts/Transcript/Article/2832634/pentagon-press-secretary-john-f-kirby-and-air-force-lt-gen-sami-d-said-hold-a-p/",
        date: "2021-11-03",
        kind: "primary",
      },
      {
        title: "No troops disciplined in US strike killing Afghan civilians",
        publisher: "Associated Press",
        url: "https://chatnewstoday.ca/2021/12/13/no-troops-disciplined-in-us-strike-killing-afghan-civilians/",
        via: "CHAT News Today",
        date: "2021-12-13",
        kind: "report",
      },
      {
        title:
          "Pentagon decides no US troops will be punished over botched Kabul drone strike that killed 10 civilians",
        publisher: "CNN",
        url: "https://ksltv.com/478972/pentagon-decides-no-us-troops-will-be-punished-over-botched-kabul-drone-strike-that-killed-10-civilians/",
        via: "KSL TV",
        date: "2021-12-13",
        kind: "report",
      },
      {
        title: "EUA vão pagar indemnizações a familiares de vítimas de ataque em Kabul",
        publisher: "Voice of America",
        url: "https://www.voaportugues.com/a/eua-v%C3%A3o-pagar-indemniza%C3%A7%C3%B5es-a-familiares-de-v%C3%ADtimas-de-ataque-em-kabul/6273260.html",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "kenneth-mckenzie",
        words: "The strike was a tragic mistake",
        date: "2021-09-17",
        source: {
          title: "Pentagon reverses itself, calls deadly Kabul strike an error",
          publisher: "Associated Press",
          url: "https://www.sheltonherald.com/news/article/Pentagon-reverses-itself-calls-deadly-Kabul-16469040.php",
          via: "Shelton Herald",
          date: "2021-09-18",
          kind: "report",
        },
      },
      {
        actor: "lloyd-austin",
        words: "We apologize, and we will endeavor to learn from this horrible mistake.",
        date: "2021-09-17",
        source: {
          title:
            "Statement by Secretary of Defense Lloyd J. Austin III on the Results of Central Command Investigation Into the 29 August Airstrike",
          publisher: "U.S. Department of Defense",
          url: "https://www.defense.gov/News/Releases/Release/Article/2780404/statement-by-secretary-of-defense-lloyd-j-austin-iii-on-the-results-of-central/",
          date: "2021-09-17",
          kind: "primary",
        },
      },
      {
        actor: "emal-ahmadi",
        words: "whoever did this should be punished.",
        date: "2021-09-18",
        source: {
          title: "Relative of Afghans killed in US drone strike says apology 'not enough'",
          publisher: "The Hill",
          url: "https://thehill.com/policy/international/middle-east-north-africa/572883-relative-of-afghans-killed-in-us-drone-strike/",
          date: "2021-09-18",
          kind: "report",
        },
      },
      {
        actor: "amnesty-international",
        words:
          "This admission is an important step towards accountability for the killings in Kabul, but much more remains to be done",
        date: "2021-09-17",
        source: {
          title: "Amnesty urges 'real accountability' over US Kabul strike",
          publisher: "The New Arab",
          url: "https://english.alaraby.co.uk/news/amnesty-urges-real-accountability-over-us-kabul-strike",
          date: "2021-09-18",
          kind: "report",
        },
      },
    ],
    related: [{ id: "kabul-drone-strike", relation: "response-to" }],
    notes: paragraphs(
      "The Pentagon's own wording is “as many as 10” killed, “including up to seven children”; news reports and the family give 10 dead, seven of them children.",
      "Amnesty International welcomed the admission but said the U.S. had owned up only because the world was watching Afghanistan. The words quoted are from the statement of Brian Castner, its senior crisis adviser.",
      "Emal Ahmadi told AP that the family also wanted compensation and relocation to the U.S. or another safe country; the Pentagon said it would make condolence payments. Lt. Gen. Sami Said presented his review to reporters on 3 November 2021; the decision that no one would be disciplined was reported on 13 December 2021.",
    ),
    tags: ["drone strike", "civilians", "accountability", "apology"],
  },
  {
    id: "doha-talks-oct-2021",
    title: "First U.S.–Taliban talks since the withdrawal, in Doha",
    shortTitle: "First post-withdrawal talks",
    start: "2021-10-09",
    end: "2021-10-10",
    precision: "day",
    track: "diplomacy",
    actors: ["united-states", "taliban", "amir-khan-muttaqi", "suhail-shaheen", "qatar"],
    summary:
      "A U.S. delegation met a Taliban delegation that included acting foreign minister Amir Khan Muttaqi in Doha for two days, the first senior face-to-face talks since the troops left; aid was discussed, recognition was not granted.",
    details: paragraphs(
      "The meetings took place on Saturday 9 and Sunday 10 October 2021. The State Department said the U.S. side concentrated on security and terrorism, safe passage for Americans, other foreigners and Afghan partners, and human rights, including the participation of women and girls in Afghan life, and that the two sides discussed U.S. humanitarian aid given directly to Afghans.",
      "The Taliban said the talks went well and that Washington had agreed to provide humanitarian aid without linking it to recognition, which it withheld. Muttaqi said his delegation asked the U.S. to lift the block on Afghanistan's central-bank reserves, that the U.S. would offer coronavirus vaccines, and that the two sides discussed opening a new chapter. Spokesman Suhail Shaheen said Muttaqi assured the Americans that Afghan soil would not be used for attacks on other countries, but the Taliban ruled out working with the U.S. against the Islamic State group.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Afghan acting FM asked U.S. to lift ban on cbank reserves -Al-Jazeera",
        publisher: "Reuters",
        url: "https://www.marketscreener.com/news/latest/Afghan-acting-FM-asked-U-S-to-lift-ban-on-cbank-reserves-Al-Jazeera--36646673/?utm_medium=RSS&utm_content=20211009",
        via: "MarketScreener",
        date: "2021-10-09",
        kind: "report",
      },
      {
        title: "Taliban: US agrees to provide humanitarian aid to Afghanistan",
        publisher: "Israel Hayom",
        url: "https://israelhayom.com/2021/10/11/taliban-us-agrees-to-provide-humanitarian-aid-to-afghanistan",
        date: "2021-10-11",
        kind: "report",
      },
      {
        title: "Taliban says the US will aid Afghanistan",
        publisher: "Australian Associated Press",
        url: "https://thenewdaily.com.au/news/world/2021/10/11/us-taliban-afghanistan-aid/",
        via: "The New Daily",
        date: "2021-10-11",
        kind: "report",
      },
      {
        title: "United States Will Provide Aid To Afghanistan With Economic Disaster Looming",
        publisher: "10 News (Network 10, Australia)",
        url: "https://10play.com.au/theproject/articles/united-states-will-provide-aid-to-afghanistan-in-deal-with-the-taliban/tpa211011fynvt",
        date: "2021-10-11",
        kind: "report",
      },
      {
        title: "Taliban asks US not to link up politics with humanitarian issues",
        publisher: "Khaama Press",
        url: "https://www.khaama.com/taliban-asks-us-not-to-link-up-politics-with-humanitarian-issues-3464363463/",
        date: "2021-10-10",
        kind: "report",
      },
      {
        title: "Taliban Rule Out Cooperation With U.S. to Contain Islamic State",
        publisher: "Newsweek",
        url: "https://www.newsweek.com/taliban-rule-out-cooperation-us-contain-islamic-state-1637325",
        date: "2021-10-09",
        kind: "report",
      },
      {
        title:
          "State Department statement by spokesperson Ned Price on the U.S. delegation's meetings with senior Taliban representatives in Doha, 9–10 October 2021",
        publisher: "U.S. Department of State",
        date: "2021-10-10",
        kind: "primary",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        paraphrase:
          "Spokesperson Ned Price said the U.S. delegation focused on security and terrorism, safe passage for Americans, other foreigners and Afghan partners, and human rights, including the meaningful participation of women and girls in all aspects of Afghan society; the talks were candid and professional, and the Taliban would be judged on their actions, not only their words.",
        date: "2021-10-10",
        source: {
          title:
            "State Department statement by spokesperson Ned Price on the U.S. delegation's meetings with senior Taliban representatives in Doha, 9–10 October 2021",
          publisher: "U.S. Department of State",
          date: "2021-10-10",
          kind: "primary",
        },
      },
      {
        actor: "amir-khan-muttaqi",
        words: "opening a new page",
        date: "2021-10-09",
        source: {
          title: "Afghan acting FM asked U.S. to lift ban on cbank reserves -Al-Jazeera",
          publisher: "Reuters",
          url: "https://www.marketscreener.com/news/latest/Afghan-acting-FM-asked-U-S-to-lift-ban-on-cbank-reserves-Al-Jazeera--36646673/?utm_medium=RSS&utm_content=20211009",
          via: "MarketScreener",
          date: "2021-10-09",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        paraphrase:
          "A Taliban foreign ministry statement said the two days of talks went well, that full implementation of the Doha agreement was the way to solve the current problems, that humanitarian aid should not be linked to political issues, and that the Taliban wanted to bring diplomatic relations to a better state and would meet the U.S. again if needed.",
        date: "2021-10-10",
        source: {
          title: "Taliban asks US not to link up politics with humanitarian issues",
          publisher: "Khaama Press",
          url: "https://www.khaama.com/taliban-asks-us-not-to-link-up-politics-with-humanitarian-issues-3464363463/",
          date: "2021-10-10",
          kind: "report",
        },
      },
      {
        actor: "suhail-shaheen",
        words: "We are able to tackle Daesh independently",
        date: "2021-10-09",
        source: {
          title: "Taliban Rule Out Cooperation With U.S. to Contain Islamic State",
          publisher: "Newsweek",
          url: "https://www.newsweek.com/taliban-rule-out-cooperation-us-contain-islamic-state-1637325",
          date: "2021-10-09",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "interim-government", relation: "see-also" },
      { id: "reserves-frozen", relation: "see-also" },
      { id: "qatar-protecting-power", relation: "see-also" },
      { id: "unsc-2615-aid-exemption", relation: "see-also" },
      { id: "us-taliban-doha-talks-2023", relation: "see-also" },
    ],
    notes: paragraphs(
      "English versions of the Taliban statement's sentence on diplomatic relations differ from one agency's translation to another, so the timeline paraphrases it.",
      "The two sides described the aid outcome differently: the Taliban said the U.S. agreed to provide aid; the State Department's readout said only that the two sides discussed it. U.S. officials said the meetings were not about recognising the Taliban.",
      "The article (P7) mentions Taliban requests for “financial aid”; the reserves demand raised here is the best-documented such request (see reserves-frozen).",
    ),
    tags: ["doha", "talks", "humanitarian-aid", "recognition", "qatar"],
  },
  {
    id: "qatar-protecting-power",
    title: "Qatar becomes the U.S. protecting power in Afghanistan",
    shortTitle: "Qatar: U.S. protecting power",
    start: "2021-11-12",
    precision: "day",
    track: "diplomacy",
    actors: ["united-states", "qatar", "antony-blinken", "mohammed-bin-abdulrahman-al-thani", "taliban"],
    summary:
      "Secretary of State Antony Blinken and Qatar's foreign minister signed an arrangement making Qatar the U.S. protecting power in Afghanistan, with a U.S. interests section inside Qatar's embassy in Kabul.",
    details: paragraphs(
      "The arrangement was signed in Washington on Friday 12 November 2021 at the fourth U.S.–Qatar Strategic Dialogue, by Blinken and Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's deputy prime minister and foreign minister. The interests section was to provide consular services to Americans in Afghanistan, handle routine official communication between Washington and the Taliban government, which the U.S. does not recognise, and protect the empty U.S. diplomatic buildings in Kabul.",
      "A second accord formalised Qatar's role as a transit hub for Afghans leaving for the United States, including holders of Special Immigrant Visas. According to the two governments' joint statement, more than 60,000 U.S. citizens, permanent residents, visa holders and at-risk Afghans had been relocated to the U.S. through Qatar.",
      "The U.S. embassy in Kabul had closed in late August 2021, and AP read the arrangement as a sign that Washington did not expect to reopen it soon.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Qatar agrees to represent US interests in Afghanistan",
        publisher: "Associated Press",
        url: "https://www.sandiegouniontribune.com/news/nation-world/story/2021-11-12/qatar-agrees-to-represent-us-interests-in-afghanistan",
        via: "The San Diego Union-Tribune",
        date: "2021-11-12",
        kind: "report",
      },
      {
        title: "Qatar agrees to represent US interests in Afghanistan",
        publisher: "Associated Press",
        url: "https://kyma.com/news/ap-national/2021/11/12/qatar-agrees-to-represent-us-interests-in-afghanistan/",
        via: "KYMA",
        date: "2021-11-12",
        kind: "report",
      },
      {
        title: "Qatar to act as US diplomatic representative in Afghanistan",
        publisher: "Al Jazeera",
        url: "https://www.aljazeera.com/news/2021/11/12/qatar-to-act-as-us-diplomatic-representative-in-afghanistan",
        date: "2021-11-12",
        kind: "report",
      },
      {
        title: "Joint Statement on the Qatar-U.S. Strategic Dialogue",
        publisher: "Embassy of the State of Qatar in Washington",
        url: "https://washington.embassy.qa/en/news/detail/1443/04/11/joint-statement-on-the-qatar-u.s.-strategic-dialogue",
        date: "2021-11-12",
        kind: "primary",
      },
      {
        title:
          "Secretary Antony J. Blinken and Qatari Deputy Prime Minister and Minister of Foreign Affairs Mohammed bin Abdulrahman Al-Thani at a Signing Ceremony and Joint Press Availability for the U.S.-Qatar Strategic Dialogue",
        publisher: "U.S. Department of State",
        date: "2021-11-12",
        kind: "primary",
      },
    ],
    perspectives: [
      {
        actor: "antony-blinken",
        paraphrase:
          "Blinken said Qatar would act as the U.S. protecting power in Taliban-run Afghanistan, and that every American the U.S. had identified as ready to leave with travel documents had been offered a way out.",
        date: "2021-11-12",
        source: {
          title: "Qatar agrees to represent US interests in Afghanistan",
          publisher: "Associated Press",
          url: "https://kyma.com/news/ap-national/2021/11/12/qatar-agrees-to-represent-us-interests-in-afghanistan/",
          via: "KYMA",
          date: "2021-11-12",
          kind: "report",
        },
      },
      {
        actor: "mohammed-bin-abdulrahman-al-thani",
        words:
          "We are dedicated to contributing to the stability of Afghanistan and the safety and wellbeing of the Afghan people.",
        date: "2021-11-12",
        source: {
          title: "Qatar to act as US diplomatic representative in Afghanistan",
          publisher: "Al Jazeera",
          url: "https://www.aljazeera.com/news/2021/11/12/qatar-to-act-as-us-diplomatic-representative-in-afghanistan",
          date: "2021-11-12",
          kind: "report",
        },
      },
      {
        actor: "mohammed-bin-abdulrahman-al-thani",
        paraphrase:
          "In an interview with AP, the Qatari foreign minister said he took the new responsibility seriously, that it would not be an easy job given the situation in Afghanistan, and that Qatar would add staff at its embassy in Kabul for the extra work.",
        date: "2021-11-12",
        source: {
          title: "Qatar agrees to represent US interests in Afghanistan",
          publisher: "Associated Press",
          url: "https://www.sandiegouniontribune.com/news/nation-world/story/2021-11-12/qatar-agrees-to-represent-us-interests-in-afghanistan",
          via: "The San Diego Union-Tribune",
          date: "2021-11-12",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "last-us-flight", relation: "see-also" },
      { id: "doha-talks-oct-2021", relation: "see-also" },
      { id: "frerichs-noorzai-swap", relation: "see-also" },
      { id: "glezmann-released", relation: "see-also" },
    ],
    notes: paragraphs(
      "Qatar had hosted the talks that produced the 2020 Doha agreement and later mediated the releases of detained Americans (see the detainee events).",
      "The U.S. has similar protecting-power arrangements where it has no embassy, such as Switzerland in Iran; the arrangement does not amount to recognition of the Taliban.",
    ),
    tags: ["qatar", "protecting-power", "embassy", "consular"],
  },
  {
    id: "unsc-2615-aid-exemption",
    title: "UN Security Council and U.S. Treasury exempt aid to Afghanistan from sanctions",
    shortTitle: "Aid exempted from sanctions",
    start: "2021-12-22",
    precision: "day",
    track: "sanctions",
    actors: ["united-states", "united-nations", "taliban", "zabihullah-mujahid", "haqqani-network"],
    summary:
      "The UN Security Council unanimously adopted Resolution 2615, a U.S.-drafted text exempting humanitarian aid and other help for Afghans' basic needs from the UN sanctions on the Taliban. The same day the U.S. Treasury issued three general licences letting the U.S. government, international organisations and aid groups work in Afghanistan despite U.S. sanctions on the Taliban and the Haqqani network.",
    details: paragraphs(
      "On Wednesday 22 December 2021 the Council decided, acting under Chapter VII of the UN Charter, that humanitarian assistance and other activities supporting basic human needs in Afghanistan do not violate the asset freeze on individuals and entities associated with the Taliban, and that the payments, goods and services needed to deliver such aid are permitted. It strongly encouraged aid providers to make reasonable efforts to keep any benefit from reaching people and entities on its Taliban sanctions list, asked the UN Emergency Relief Coordinator to brief it every six months, and decided to review the exemption after one year.",
      "The Treasury's Office of Foreign Assets Control issued its three general licences the same day, for the official business of the U.S. government, for international organisations including the UN, and for the humanitarian and basic-needs work of non-governmental organisations, with a fact sheet that also covered personal remittances from Afghans abroad to their families. The Treasury said the licences did not allow money to go to the Taliban or the Haqqani network beyond those purposes.",
      "Four months after the takeover, Afghanistan's aid-dependent economy was collapsing: foreign aid had stopped and the country's reserves abroad were frozen. Taliban spokesman Zabihullah Mujahid welcomed the resolution as a good step and said he hoped the financial sanctions on entities linked to the group would be lifted faster.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title:
          "Security Council Unanimously Adopts Resolution 2615 (2021), Enabling Provision of Humanitarian Aid to Afghanistan as Country Faces Economic Crisis (SC/14750)",
        publisher: "United Nations",
        url: "https://press.un.org/en/2021/sc14750.doc.htm",
        date: "2021-12-22",
        kind: "primary",
      },
      {
        title: "Resolution 2615 (2021), adopted by the Security Council at its 8941st meeting",
        publisher: "UN Security Council",
        date: "2021-12-22",
        kind: "primary",
      },
      {
        title:
          "General Licenses and Fact Sheet: Provision of Humanitarian Assistance to Afghanistan and Support for the Afghan People",
        publisher: "U.S. Department of the Treasury, Office of Foreign Assets Control",
        date: "2021-12-22",
        kind: "primary",
      },
      {
        title: "UN Adopts Humanitarian Aid Resolution for War-Torn Afghanistan",
        publisher: "Voice of America",
        url: "https://www.voanews.com/amp/un-adopts-humanitarian-aid-resolution-for-war-torn-afghanistan/6365299.html",
        date: "2021-12-22",
        kind: "report",
      },
      {
        title: "UN Security Council adopts resolution to ease Afghan aid",
        publisher: "AFP",
        url: "https://english.alarabiya.net/News/world/2021/12/22/UN-Security-Council-adopts-resolution-to-ease-Afghan-aid",
        via: "Al Arabiya English",
        date: "2021-12-22",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        paraphrase:
          "Introducing the text in the Council, the United States representative said it exempted activities that meet basic human needs from the Taliban-related sanctions.",
        date: "2021-12-22",
        source: {
          title:
            "Security Council Unanimously Adopts Resolution 2615 (2021), Enabling Provision of Humanitarian Aid to Afghanistan as Country Faces Economic Crisis (SC/14750)",
          publisher: "United Nations",
          url: "https://press.un.org/en/2021/sc14750.doc.htm",
          date: "2021-12-22",
          kind: "primary",
        },
      },
      {
        actor: "united-states",
        paraphrase:
          "Deputy Treasury Secretary Wally Adeyemo said the United States was the largest single provider of humanitarian aid to Afghanistan, that the economy's grave problems had been made worse by the flight of donors and private business after the Taliban takeover, and that the licences ensured aid groups, international organisations and the U.S. government could keep helping those in need.",
        date: "2021-12-22",
        source: {
          title:
            "General Licenses and Fact Sheet: Provision of Humanitarian Assistance to Afghanistan and Support for the Afghan People",
          publisher: "U.S. Department of the Treasury, Office of Foreign Assets Control",
          date: "2021-12-22",
          kind: "primary",
        },
      },
      {
        actor: "zabihullah-mujahid",
        paraphrase:
          "Mujahid told AFP the resolution was a good step and said he hoped it would speed up the removal of the financial sanctions on entities linked to the Taliban.",
        date: "2021-12-22",
        source: {
          title: "UN Adopts Humanitarian Aid Resolution for War-Torn Afghanistan",
          publisher: "Voice of America",
          url: "https://www.voanews.com/amp/un-adopts-humanitarian-aid-resolution-for-war-torn-afghanistan/6365299.html",
          date: "2021-12-22",
          kind: "report",
        },
      },
      {
        actor: "mahbouba-seraj",
        words:
          "you have a tremendous responsibility for keeping the promises you have made to us, the women of Afghanistan, over the years.",
        date: "2022-01-26",
        source: {
          title: "UN Security Council Briefing on Afghanistan by Mahbouba Seraj",
          publisher: "NGO Working Group on Women, Peace and Security",
          url: "https://www.womenpeacesecurity.org/resource/un-security-council-briefing-afghanistan-mahbouba-seraj-01-2022/",
          date: "2022-01-26",
          kind: "primary",
        },
      },
    ],
    related: [
      { id: "reserves-frozen", relation: "see-also" },
      { id: "doha-talks-oct-2021", relation: "see-also" },
      { id: "eo-14064-reserves", relation: "see-also" },
    ],
    notes: paragraphs(
      "The Treasury's licences built on narrower ones issued in September 2021. The resolution's exemption was limited in time: the Council was to review it after one year.",
      "Mahbouba Seraj, who heads the Afghan Women Skills Development Center, told the Council a month later, on 26 January 2022, that her statement would cover women's rights, the humanitarian crisis, the economic and banking crisis and engagement with the Taliban; her words are quoted from the text published by the NGO Working Group on Women, Peace and Security.",
    ),
    tags: ["sanctions", "humanitarian-aid", "united-nations", "treasury"],
  },
  {
    id: "eo-14064-reserves",
    title: "Biden's Executive Order 14064 splits the frozen reserves",
    shortTitle: "Order splits frozen reserves",
    start: "2022-02-11",
    precision: "day",
    track: "sanctions",
    actors: [
      "joe-biden",
      "united-states",
      "da-afghanistan-bank",
      "taliban",
      "september-11-families",
      "afghan-civil-society",
      "hamid-karzai",
      "human-rights-watch",
    ],
    summary:
      "Biden signed an executive order covering about $7 billion of frozen Afghan central-bank assets: $3.5 billion was to be made available for the benefit of Afghans, while the other $3.5 billion was held in the U.S. pending court rulings on claims by 9/11 victims' families.",
    details: paragraphs(
      "The order, signed on Friday 11 February 2022, declared a national emergency over Afghanistan's humanitarian crisis and the risk of a deeper economic collapse, and said that preserving the central bank's property held by U.S. financial institutions was essential to dealing with it.",
      "Half of the money, $3.5 billion, was to go to a trust fund for Afghan relief and basic needs, to be distributed through humanitarian channels. The remaining $3.5 billion was to stay in the United States to pay any awards in lawsuits by U.S. victims of terrorism, including families of people killed on 11 September 2001, which were still before the courts. No money was released at once. The White House said the aim was to get the funds to Afghans while keeping them from the Taliban.",
      "The Taliban condemned the split: Mohammad Naeem, a spokesman for their office in Qatar, called it stealing, and a Taliban statement on 14 February said the group would reconsider its policy toward the United States if Washington did not change course, adding that the 9/11 attacks had nothing to do with Afghans. Former president Hamid Karzai called the order an atrocity against Afghans, and protesters in Kabul, led by the activist Abdul Rahman, said the money belonged to the Afghan people. Relatives of 9/11 victims were divided: 9/11 Families United welcomed the order as a first step, while Brett Eagleson, whose father was killed at the World Trade Center, demanded that all families be treated equally in sharing the other half.",
      "The courts later closed that route. On 21 February 2023 U.S. District Judge George B. Daniels in Manhattan ruled that the families could not seize the $3.5 billion: federal courts lacked jurisdiction over the central bank's funds, and handing them over would in effect recognise the Taliban as Afghanistan's government. He wrote that the Taliban, not the Afghan people, must pay for the Taliban's liability in the 9/11 attacks. Lee Wolosky, a lawyer for a group of relatives seeking the funds, said they would appeal.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Biden Frees Frozen Afghan Billions for Relief, 9/11 Victims",
        publisher: "Associated Press",
        url: "https://www.capecod.com/newscenter/local-news/biden-frees-frozen-afghan-billions-for-relief-9-11-victims/",
        via: "CapeCod.com",
        date: "2022-02-11",
        kind: "report",
      },
      {
        title: "Biden to split frozen Afghan funds for 9/11 victims, relief",
        publisher: "Associated Press",
        url: "https://ksltv.com/484029/biden-to-split-frozen-afghan-funds-for-9-11-victims-relief/",
        via: "KSL TV",
        date: "2022-02-11",
        kind: "report",
      },
      {
        title: "Biden orders $7B for Afghans, 9/11 victims",
        publisher: "Associated Press",
        url: "https://www.pressreader.com/usa/houston-chronicle/20220212/281642488592754",
        via: "PressReader",
        date: "2022-02-12",
        kind: "report",
      },
      {
        title:
          "Protecting Certain Property of Da Afghanistan Bank for the Benefit of the People of Afghanistan (House Document 117-90: the President's message to Congress)",
        publisher: "The White House",
        url: "https://purl.fdlp.gov/GPO/gpo174956",
        via: "U.S. Government Publishing Office",
        date: "2022-02-11",
        kind: "primary",
      },
      {
        title:
          "Executive Order 14064: Protecting Certain Property of Da Afghanistan Bank for the Benefit of the People of Afghanistan",
        publisher: "The White House",
        date: "2022-02-11",
        kind: "primary",
      },
      {
        title: "Taliban call on Biden to reverse move to halve frozen Afghan funds",
        publisher: "Reuters",
        url: "https://nationalpost.com/pmn/news-pmn/crime-pmn/taliban-call-on-biden-to-reverse-move-to-halve-frozen-afghan-funds",
        via: "National Post",
        date: "2022-02-14",
        kind: "report",
      },
      {
        title: "Afghan condemns Biden decision on assets",
        publisher: "Associated Press",
        url: "https://www.arkansasonline.com/news/2022/feb/14/afghan-condemns-biden-decision-on-assets/",
        via: "Arkansas Democrat-Gazette",
        date: "2022-02-14",
        kind: "report",
      },
      {
        title: "$7B in seized assets to go for Afghan aid, 9/11",
        publisher: "Associated Press",
        url: "https://www.arkansasonline.com/news/2022/feb/12/7b-in-seized-assets-to-go-for-afghan-aid-911/",
        via: "Arkansas Democrat-Gazette",
        date: "2022-02-12",
        kind: "report",
      },
      {
        title: "Karzai: Biden order on frozen funds ‘atrocity against Afghans’",
        publisher: "Al Jazeera",
        url: "https://www.aljazeera.com/news/2022/2/14/former-afghan-president-karzai-calls-on-us-not-to-withhold-funds",
        date: "2022-02-14",
        kind: "report",
      },
      {
        title: "9/11 Families United Statement on President Biden’s Executive Order & Ongoing Fight for Accountability",
        publisher: "9/11 Families United",
        url: "https://911familiesunited.org/9-11-families-united-statement-on-president-bidens-executive-order-ongoing-fight-for-accountability/",
        date: "2022-02-11",
        kind: "primary",
      },
      {
        title: "9/11 Families Can’t Seize $3.5B in Afghan Bank Funds: Judge",
        publisher: "The Daily Beast",
        url: "https://thedailybeast.com/sept-11-families-cant-seize-afghan-central-bank-funds-judge-rules",
        date: "2023-02-21",
        kind: "report",
      },
      {
        title: "TRT World report: US judge rules 9/11 families cannot seize Afghan central bank reserves",
        publisher: "TRT World",
        url: "https://www.trtworld.com:443/article/12796896",
        date: "2023-02-23",
        kind: "report",
      },
      {
        title: "Afghans protest unfreezing funds for 9/11 victims",
        publisher: "Associated Press",
        url: "https://borneobulletin.com.bn/afghans-protest-unfreezeing-funds-for-9-11-victims-2/",
        via: "Borneo Bulletin",
        kind: "report",
      },
      {
        title: "Afghans protest over US order to give billions of dollars to 9/11 victims",
        publisher: "Associated Press",
        url: "https://www.forces.net/news/afghanistan/afghans-protest-over-us-order-give-billions-dollars-911-victims",
        via: "Forces News (BFBS)",
        date: "2022-02-12",
        kind: "report",
      },
      {
        title: "Taliban slams US' decision on Afghan assets",
        publisher: "Daily Excelsior",
        url: "https://www.dailyexcelsior.com/taliban-slams-us-decision-on-afghan-assets/",
        date: "2022-02-12",
        kind: "report",
      },
      {
        title: "Afghanistan: Economic Roots of the Humanitarian Crisis (questions and answers)",
        publisher: "Human Rights Watch",
        url: "https://www.hrw.org/news/2022/03/01/afghanistan-economic-roots-humanitarian-crisis",
        date: "2022-03-01",
        kind: "analysis",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words:
          "is designed to provide a path for the funds to reach the people of Afghanistan, while keeping them out of the hands of the Taliban and malicious actors.",
        date: "2022-02-11",
        source: {
          title: "$7B in seized assets to go for Afghan aid, 9/11",
          publisher: "Associated Press",
          url: "https://www.arkansasonline.com/news/2022/feb/12/7b-in-seized-assets-to-go-for-afghan-aid-911/",
          via: "Arkansas Democrat-Gazette",
          date: "2022-02-12",
          kind: "report",
        },
      },
      {
        actor: "mohammad-naeem",
        words:
          "Stealing the blocked funds of Afghan nation by the US and its seizure is indicative of the lowest level of human and moral decay of a country and a nation.",
        date: "2022-02-11",
        source: {
          title: "Taliban slams US' decision on Afghan assets",
          publisher: "Daily Excelsior",
          url: "https://www.dailyexcelsior.com/taliban-slams-us-decision-on-afghan-assets/",
          date: "2022-02-12",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        words:
          "If the United States does not deviate from its position and continues its provocative actions, the Islamic Emirate will also be forced to reconsider its policy towards the country",
        date: "2022-02-14",
        source: {
          title: "Taliban call on Biden to reverse move to halve frozen Afghan funds",
          publisher: "Reuters",
          url: "https://nationalpost.com/pmn/news-pmn/crime-pmn/taliban-call-on-biden-to-reverse-move-to-halve-frozen-afghan-funds",
          via: "National Post",
          date: "2022-02-14",
          kind: "report",
        },
      },
      {
        actor: "hamid-karzai",
        words:
          "Withholding money or seizing money from the people of Afghanistan in their name is unjust and unfair and an atrocity against Afghan people.",
        date: "2022-02-13",
        source: {
          title: "Karzai: Biden order on frozen funds ‘atrocity against Afghans’",
          publisher: "Al Jazeera",
          url: "https://www.aljazeera.com/news/2022/2/14/former-afghan-president-karzai-calls-on-us-not-to-withhold-funds",
          date: "2022-02-14",
          kind: "report",
        },
      },
      {
        actor: "abdul-rahman-kabul-activist",
        words:
          "This money belongs to the people of Afghanistan, not to the United States. This is the right of Afghans",
        date: "2022-02-12",
        source: {
          title: "Afghans protest over US order to give billions of dollars to 9/11 victims",
          publisher: "Associated Press",
          url: "https://www.forces.net/news/afghanistan/afghans-protest-over-us-order-give-billions-dollars-911-victims",
          via: "Forces News (BFBS)",
          date: "2022-02-12",
          kind: "report",
        },
      },
      {
        actor: "brett-eagleson",
        paraphrase:
          "Brett Eagleson, whose father Bruce was killed at the World Trade Center, said families supported sending a large part of the money to the Afghan people but that the rest must be shared fairly among all 9/11 families; anything less, he said in a statement, would be outrageous and a betrayal.",
        date: "2022-02-11",
        source: {
          title: "$7B in seized assets to go for Afghan aid, 9/11",
          publisher: "Associated Press",
          url: "https://www.arkansasonline.com/news/2022/feb/12/7b-in-seized-assets-to-go-for-afghan-aid-911/",
          via: "Arkansas Democrat-Gazette",
          date: "2022-02-12",
          kind: "report",
        },
      },
      {
        actor: "terry-strada",
        words:
          "If it is handled appropriately, this is an important first step towards finally securing justice from foreign actors that aided, abetted and encouraged al-Qaeda, and we commend President Biden for his executive order",
        date: "2022-02-11",
        source: {
          title:
            "9/11 Families United Statement on President Biden’s Executive Order & Ongoing Fight for Accountability",
          publisher: "9/11 Families United",
          url: "https://911familiesunited.org/9-11-families-united-statement-on-president-bidens-executive-order-ongoing-fight-for-accountability/",
          date: "2022-02-11",
          kind: "primary",
        },
      },
      {
        actor: "human-rights-watch",
        paraphrase:
          "Human Rights Watch traced Afghanistan's humanitarian emergency to the collapse of its economy and examined the U.S. seizure of the reserves and the $3.5 billion set aside for 9/11 families.",
        date: "2022-03-01",
        source: {
          title: "Afghanistan: Economic Roots of the Humanitarian Crisis (questions and answers)",
          publisher: "Human Rights Watch",
          url: "https://www.hrw.org/news/2022/03/01/afghanistan-economic-roots-humanitarian-crisis",
          date: "2022-03-01",
          kind: "analysis",
        },
      },
    ],
    related: [
      { id: "reserves-frozen", relation: "response-to" },
      { id: "afghan-fund", relation: "led-to" },
      { id: "unsc-2615-aid-exemption", relation: "see-also" },
    ],
    notes: paragraphs(
      "AP calls the total about $7 billion; that is the part of Afghanistan's roughly $9 billion or more in reserves held in the U.S. (see reserves-frozen). The other $3.5 billion went to the Afghan Fund in Switzerland in September 2022 (see afghan-fund).",
      "The $3.5 billion left for the 9/11 claims: on 21 February 2023 Judge George B. Daniels of the U.S. District Court for the Southern District of New York ruled that the families could not seize it (The Daily Beast, summarising The New York Times; TRT World, 23 February). Their lawyer said the decision deprived over 10,000 members of the 9/11 community of compensation and that they would appeal.",
      "The quotation once credited to “families of 9/11 victims” was Brett Eagleson's statement; it is now given as his, alongside 9/11 Families United, which welcomed the order.",
      "Background to the Taliban's requests for money in talks with Washington (article P7).",
    ),
    tags: ["frozen-assets", "executive-order", "9/11-litigation", "central-bank"],
  },
  {
    id: "girls-schools-closed",
    title: "Taliban keep girls' secondary schools shut on reopening day",
    shortTitle: "Girls' schools stay shut",
    start: "2022-03-23",
    precision: "day",
    track: "rights",
    actors: [
      "taliban",
      "united-states",
      "antony-blinken",
      "united-nations",
      "unama",
      "un-human-rights",
      "afghan-women-activists",
      "zabihullah-mujahid",
    ],
    summary:
      "On 23 March 2022, the first day of the new school year, the Taliban ordered girls above the sixth grade back home within hours of classes starting, going back on a pledge to reopen their schools. The State Department said the decision would hurt the Taliban's hopes of international legitimacy; the UN later said recognition was almost impossible while such bans remained.",
    details: paragraphs(
      "Secondary schools had been closed to girls in most of Afghanistan since the Taliban took power in August 2021, while boys and younger girls went back to class. The Education Ministry had told all students to return when the school year opened on Wednesday 23 March 2022.",
      "That morning girls did return, in Kabul and elsewhere, and were then told to go home. A Taliban spokesman confirmed the order to AFP. A ministry notice, reported by the state news agency Bakhtar, said girls' high schools would remain shut pending a plan in keeping with the Taliban's reading of Islamic law and with Afghan culture. The Associated Press reported that the leadership's decision caught the Education Ministry itself off guard.",
      "The reversal drew condemnation from the United States, the UN Secretary-General, the UN human rights chief and the UN mission in Afghanistan. The State Department said it would affect the Taliban's hopes of international legitimacy, and the UN later said recognition was almost impossible while bans on girls' education and women's work stayed in place. Women and girls protested in Kabul three days later.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Taliban break promise on higher education for Afghan girls",
        publisher: "Associated Press",
        url: "https://ktar.com/story/4964648/taliban-cancels-higher-education-for-girls-despite-pledges/",
        via: "KTAR News",
        date: "2022-03-23",
        kind: "report",
      },
      {
        title: "Girls’ schools in Afghanistan ordered shut just hours after reopening",
        publisher: "AFP",
        url: "https://www.pakistantoday.com.pk/2022/03/23/girls-schools-in-afghanistan-ordered-shut-just-hours-after-reopening/",
        via: "Pakistan Today",
        date: "2022-03-23",
        kind: "report",
      },
      {
        title:
          "Statement by Secretary-General António Guterres on the suspension of girls' education above the sixth grade in Afghanistan",
        publisher: "United Nations",
        url: "https://www.un.org/press/en/2022/sgsm21199.doc.htm",
        date: "2022-03-23",
        kind: "primary",
      },
      {
        title: "Women and Girls’ Education in Afghanistan (statement by Secretary of State Antony J. Blinken)",
        publisher: "U.S. Department of State",
        url: "https://af.usembassy.gov/women-and-girls-education-in-afghanistan/",
        via: "U.S. Embassy in Afghanistan",
        date: "2022-03-23",
        kind: "primary",
      },
      {
        title: "Taliban orders that high schools remain closed to girls is a betrayal of commitments, U.S. says",
        publisher: "Reuters",
        url: "https://nationalpost.com/pmn/news-pmn/taliban-orders-that-high-schools-remain-closed-to-girls-is-a-betrayal-of-commitments-u-s-says",
        via: "National Post",
        date: "2022-03-23",
        kind: "report",
      },
      {
        title: "The National report on the Taliban's reversal on girls' secondary schools",
        publisher: "The National",
        url: "https://www.thenationalnews.com/world/2022/03/23/taliban-reneges-on-promise-to-open-higher-education-to-girls",
        date: "2022-03-23",
        kind: "report",
      },
      {
        title: "Dozens protest in Kabul, demanding the Taliban reopens girls' secondary schools",
        publisher: "Euronews",
        url: "https://www.euronews.com/2022/03/27/dozens-protest-in-kabul-demanding-the-taliban-reopens-girls-secondary-schools",
        date: "2022-03-27",
        kind: "report",
      },
      {
        title: "First Day At School For Girls Since Taliban Takeover Ends In Bitter Disappointment",
        publisher: "RFE/RL",
        url: "https://rferl.org/amp/afghanistan-girls-schools-taliban-turn-down/31767256.html",
        date: "2022-03-23",
        kind: "report",
      },
      {
        title: "A Taliban delegation attends a UN-led meeting in Qatar on Afghanistan, with women excluded",
        publisher: "Associated Press",
        url: "https://toronto.citynews.ca/2024/06/30/a-taliban-delegation-attends-a-un-led-meeting-in-qatar-on-afghanistan-with-women-excluded/",
        via: "CityNews Toronto",
        date: "2024-06-30",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "antony-blinken",
        words:
          "Education is a human right, and the United States rejects the Taliban’s excuses for reversing their commitment to the people of Afghanistan that all Afghans would be able to return to school at all levels today.",
        date: "2022-03-23",
        source: {
          title: "Women and Girls’ Education in Afghanistan (statement by Secretary of State Antony J. Blinken)",
          publisher: "U.S. Department of State",
          url: "https://af.usembassy.gov/women-and-girls-education-in-afghanistan/",
          via: "U.S. Embassy in Afghanistan",
          date: "2022-03-23",
          kind: "primary",
        },
      },
      {
        actor: "suhail-shaheen",
        words: "our policy is not against girls' education. … There are some practical problems",
        source: {
          title: "Dozens protest in Kabul, demanding the Taliban reopens girls' secondary schools",
          publisher: "Euronews",
          url: "https://www.euronews.com/2022/03/27/dozens-protest-in-kabul-demanding-the-taliban-reopens-girls-secondary-schools",
          date: "2022-03-27",
          kind: "report",
        },
      },
      {
        actor: "united-nations",
        words:
          "I deeply regret today’s announcement by Taliban authorities in Afghanistan that girls’ education from the sixth grade has been suspended until further notice.",
        date: "2022-03-23",
        source: {
          title:
            "Statement by Secretary-General António Guterres on the suspension of girls' education above the sixth grade in Afghanistan",
          publisher: "United Nations",
          url: "https://www.un.org/press/en/2022/sgsm21199.doc.htm",
          date: "2022-03-23",
          kind: "primary",
        },
      },
      {
        actor: "unama",
        paraphrase:
          "The UN mission in Afghanistan said on social media that it deplored the Taliban's reported announcement extending their indefinite ban on girls above the sixth grade returning to school.",
        date: "2022-03-23",
        source: {
          title: "UNAMA post on X (Twitter) on the girls' secondary schools, 23 March 2022",
          publisher: "United Nations Assistance Mission in Afghanistan (UNAMA)",
          date: "2022-03-23",
          kind: "primary",
        },
      },
      {
        actor: "un-human-rights",
        words:
          "I share the profound frustration and disappointment of Afghan high school girls and women, who after six months of anticipation were prevented from returning to school today",
        date: "2022-03-23",
        source: {
          title: "‘Profound frustration’ as Taliban shuts Afghan girls’ schools, UN says",
          publisher: "AFP",
          url: "https://www.scmp.com/yp/discover/news/global/article/3171597/profound-frustration-taliban-shuts-afghan-girls-schools-un",
          via: "South China Morning Post",
          date: "2022-03-23",
          kind: "report",
        },
      },
      {
        actor: "safa-kabul-student-2022",
        paraphrase:
          "Safa, a ninth-grade student in Kabul, called RFE/RL's Radio Azadi on the day the schools were shut and described her dismay at being sent home.",
        date: "2022-03-23",
        source: {
          title: "First Day At School For Girls Since Taliban Takeover Ends In Bitter Disappointment",
          publisher: "RFE/RL",
          url: "https://rferl.org/amp/afghanistan-girls-schools-taliban-turn-down/31767256.html",
          date: "2022-03-23",
          kind: "report",
        },
      },
      {
        actor: "halima-nasari",
        words: "We call on the authorities to reopen the schools for secondary school girls within a week",
        date: "2022-03-27",
        source: {
          title: "Dozens protest in Kabul, demanding the Taliban reopens girls' secondary schools",
          publisher: "Euronews",
          url: "https://www.euronews.com/2022/03/27/dozens-protest-in-kabul-demanding-the-taliban-reopens-girls-secondary-schools",
          date: "2022-03-27",
          kind: "report",
        },
      },
      {
        actor: "afghan-women-activists",
        paraphrase:
          "About two dozen women and girls marched in Kabul on 26 March, some carrying school books, chanting for the schools to be opened and for justice, with banners calling education a fundamental right, not a political plan; they dispersed when Taliban fighters arrived.",
        date: "2022-03-26",
        source: {
          title: "AFP report on the Kabul protest against the closure of girls' secondary schools",
          publisher: "AFP",
          url: "https://www.observerbd.com/news.php?id=359014",
          via: "The Daily Observer (Bangladesh)",
          date: "2022-03-26",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "us-cancels-doha-meetings", relation: "led-to" },
      { id: "women-universities-ban", relation: "see-also" },
      { id: "doha-un-meeting-2024", relation: "see-also" },
    ],
    notes: paragraphs(
      "Secretary Blinken's statement speaks of the return to school as happening “today”, i.e. 23 March 2022 in Washington; some outlets that carried it are dated 24 March. Girls' schools above grade 6 remained closed in most of the country after this date.",
    ),
    tags: ["women's rights", "education", "recognition"],
  },
  {
    id: "us-cancels-doha-meetings",
    title: "U.S. calls off planned Doha meetings with the Taliban",
    shortTitle: "U.S. cancels Doha meetings",
    start: "2022-03-25",
    precision: "day",
    track: "diplomacy",
    actors: ["united-states", "taliban", "qatar"],
    summary:
      "Two days after girls were sent home from secondary schools, the State Department said it had cancelled meetings with Taliban officials planned in Doha and called the schools decision a possible turning point in U.S. engagement with the group.",
    details: paragraphs(
      "On Friday 25 March 2022 a State Department spokesperson told Reuters that U.S. officials had cancelled some engagements with the Taliban, including meetings planned in Doha, over the refusal to let all girls return to high school. Deputy Spokesperson Jalina Porter repeated this to reporters the same day.",
      "According to sources who spoke to Reuters, the meetings were to be held that weekend on the sidelines of a conference in the Qatari capital and were to cover economic questions. Reuters described the cancellation as the first concrete sign that the Taliban's human rights decisions would directly affect the willingness of other governments to help them.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "US officials cancel talks with Taliban over bar on girls' education - State Department",
        publisher: "Reuters",
        url: "https://www.dailymail.co.uk/wires/reuters/article-10652479/US-officials-cancel-talks-Taliban-bar-girls-education--State-Department.html?ns_mchannel=rss&ns_campaign=1490&ito=1490",
        via: "Daily Mail",
        date: "2022-03-25",
        kind: "report",
      },
      {
        title: "TRT World report on the U.S. cancelling talks with the Taliban in Doha",
        publisher: "TRT World",
        url: "https://www.trtworld.com:443/article/12790767",
        date: "2022-03-25",
        kind: "report",
      },
      {
        title: "US officials cancel talks with Taliban over bar on girls education - State Department",
        publisher: "Reuters",
        url: "https://www.devdiscourse.com/article/education/1977161-exclusive--us-officials-cancel-talks-with-taliban-over-bar-on-girls-education---state-department",
        via: "Devdiscourse",
        date: "2022-03-25",
        kind: "report",
      },
      {
        title: "Department Press Briefing by Deputy Spokesperson Jalina Porter, 25 March 2022 (transcript)",
        publisher: "U.S. Department of State",
        date: "2022-03-25",
        kind: "primary",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words:
          "Their decision was a deeply disappointing and inexplicable reversal of commitments to the Afghan people, first and foremost, and also to the international community",
        date: "2022-03-25",
        source: {
          title: "US officials cancel talks with Taliban over bar on girls education - State Department",
          publisher: "Reuters",
          url: "https://www.devdiscourse.com/article/education/1977161-exclusive--us-officials-cancel-talks-with-taliban-over-bar-on-girls-education---state-department",
          via: "Devdiscourse",
          date: "2022-03-25",
          kind: "report",
        },
      },
      {
        actor: "united-states",
        words:
          "We have cancelled some of our engagements, including planned meetings in Doha, and made clear that we see this decision as a potential turning point in our engagement.",
        date: "2022-03-25",
        source: {
          title: "US officials cancel talks with Taliban over bar on girls education - State Department",
          publisher: "Reuters",
          url: "https://www.devdiscourse.com/article/education/1977161-exclusive--us-officials-cancel-talks-with-taliban-over-bar-on-girls-education---state-department",
          via: "Devdiscourse",
          date: "2022-03-25",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "girls-schools-closed", relation: "response-to" },
      { id: "doha-talks-oct-2021", relation: "see-also" },
    ],
    tags: ["doha", "women's rights", "education"],
  },
  {
    id: "zawahiri-strike",
    title: "U.S. drone strike kills al-Qaeda leader Ayman al-Zawahiri in Kabul",
    shortTitle: "Zawahiri killed in Kabul",
    start: "2022-07-31",
    precision: "day",
    track: "military",
    actors: [
      "united-states",
      "joe-biden",
      "antony-blinken",
      "taliban",
      "zabihullah-mujahid",
      "ayman-al-zawahiri",
      "al-qaeda",
    ],
    summary:
      "A U.S. drone strike on a house in central Kabul killed al-Qaeda's leader, Ayman al-Zawahiri. Biden announced it the following evening, and Washington and the Taliban each accused the other of breaking the Doha agreement.",
    details: paragraphs(
      "The strike hit a residence in Kabul's Sherpur district early on Sunday 31 July, Kabul time. In Washington it was still Saturday evening, which is why Biden's announcement speaks of Saturday. Biden spoke from the White House on the evening of Monday 1 August: U.S. intelligence had traced al-Zawahiri to a house in downtown Kabul where he was staying with his family, and he had approved the operation the week before.",
      "Al-Zawahiri had plotted the 11 September 2001 attacks with Osama bin Laden and took over al-Qaeda after bin Laden was killed in 2011. Under the Doha agreement of February 2020 the Taliban had undertaken not to let Afghan soil be used to threaten the United States.",
      "Secretary of State Antony Blinken said that by hosting and sheltering al-Zawahiri the Taliban had grossly violated that agreement. The Taliban's chief spokesman, Zabihullah Mujahid, confirmed that U.S. drones had struck a house in Kabul, without naming the man killed, and condemned the strike as a breach of international principles and of the Doha agreement.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Remarks by President Biden on a Successful Counterterrorism Operation in Afghanistan",
        publisher: "The White House",
        date: "2022-08-01",
        kind: "primary",
      },
      {
        title: "Statement by Secretary Blinken on the death of Ayman al-Zawahiri",
        publisher: "U.S. Department of State",
        date: "2022-08-01",
        kind: "primary",
      },
      {
        title: "Biden: Drone strike on al-Qaida leader delivered 'justice'",
        publisher: "Associated Press",
        url: "https://www.wtva.com/news/biden-drone-strike-on-al-qaida-leader-delivered-justice/article_9507bf2d-81c0-54f5-8dcc-243e9e869e40.html",
        via: "WTVA",
        date: "2022-08-01",
        kind: "report",
      },
      {
        title: "Biden: Killing of al-Qaida leader is long-sought 'justice'",
        publisher: "Associated Press",
        url: "https://www.wgem.com/2022/08/02/biden-killing-al-qaida-leader-is-long-sought-justice/",
        via: "WGEM",
        date: "2022-08-02",
        kind: "report",
      },
      {
        title: "Blinken says Taliban 'grossly' violated Doha agreement by sheltering al Qaeda's Zawahiri",
        publisher: "Reuters",
        url: "https://www.thestar.com.my/news/world/2022/08/02/blinken-says-taliban-039grossly039-violated-doha-agreement-by-sheltering-al-qaeda039s-zawahiri",
        via: "The Star (Malaysia)",
        date: "2022-08-01",
        kind: "report",
      },
      {
        title:
          "CNN live updates on Biden's counterterrorism remarks (Taliban spokesman's statement on the Kabul strike)",
        publisher: "CNN",
        url: "https://www.cnn.com/politics/live-news/biden-counter-terrorism-remarks-08-01-22/h_4e10a82961462f9c33fcbe4df641a3d5",
        date: "2022-08-01",
        kind: "report",
      },
      {
        title: "Taliban administration at odds with US over Kabul attack",
        publisher: "Anadolu Agency",
        url: "https://www.aa.com.tr/en/asia-pacific/taliban-administration-at-odds-with-us-over-kabul-attack/2651384",
        date: "2022-08-02",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "joe-biden",
        words: "This terrorist leader is no more.",
        date: "2022-08-01",
        source: {
          title: "Biden: Drone strike on al-Qaida leader delivered 'justice'",
          publisher: "Associated Press",
          url: "https://www.wtva.com/news/biden-drone-strike-on-al-qaida-leader-delivered-justice/article_9507bf2d-81c0-54f5-8dcc-243e9e869e40.html",
          via: "WTVA",
          date: "2022-08-01",
          kind: "report",
        },
      },
      {
        actor: "antony-blinken",
        paraphrase:
          "Blinken said the Taliban had grossly violated the Doha agreement by hosting and sheltering al-Zawahiri.",
        date: "2022-08-01",
        source: {
          title: "Blinken says Taliban 'grossly' violated Doha agreement by sheltering al Qaeda's Zawahiri",
          publisher: "Reuters",
          url: "https://www.thestar.com.my/news/world/2022/08/02/blinken-says-taliban-039grossly039-violated-doha-agreement-by-sheltering-al-qaeda039s-zawahiri",
          via: "The Star (Malaysia)",
          date: "2022-08-01",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        words:
          "It is a clear violation of international principles and the Doha agreement … Such actions are a repetition of the failed experiences of the past 20 years and are against the interests of the USA, Afghanistan, and the region.",
        source: {
          title: "Taliban administration at odds with US over Kabul attack",
          publisher: "Anadolu Agency",
          url: "https://www.aa.com.tr/en/asia-pacific/taliban-administration-at-odds-with-us-over-kabul-attack/2651384",
          date: "2022-08-02",
          kind: "report",
        },
      },
      {
        actor: "michael-mccaul",
        words:
          "It is a great day for America when the leader of al Qaeda is taken out. … Our chaotic and deadly withdrawal from Afghanistan opened the door for al Qaeda to operate freely inside the country to conduct external operations against the United States and our allies again.",
        date: "2022-08-01",
        source: {
          title: "McCaul Reacts to Death of al Qaeda Leader al-Zawahiri",
          publisher: "U.S. House Committee on Foreign Affairs",
          url: "https://foreignaffairs.house.gov/press-release/mccaul-reacts-to-death-of-al-qaeda-leader-al-zawahiri/",
          date: "2022-08-01",
          kind: "primary",
        },
      },
    ],
    related: [
      { id: "habibi-detained", relation: "led-to" },
      { id: "doha-agreement", relation: "see-also" },
      { id: "frerichs-noorzai-swap", relation: "see-also" },
    ],
    notes: paragraphs(
      "The day differs by time zone: Biden said Saturday (30 July in Washington); the Taliban, AP and Anadolu give Sunday 31 July, Kabul time. The timeline uses 31 July, the date on the ground.",
      "Mujahid's statement was issued in Pashto and in an English version dated 1 August, in which the Taliban “strongly condemns this attack on any cause”; agencies translated it differently (Anadolu's wording is quoted). Republicans in Congress, among them the House Foreign Affairs Committee's lead Republican Michael McCaul, welcomed the strike but said it showed that al-Qaeda had found a haven in Kabul after the withdrawal.",
    ),
    tags: ["al-qaeda", "drone strike", "doha", "counterterrorism"],
  },
  {
    id: "corbett-detained",
    title: "Ryan Corbett detained",
    start: "2022-08-10",
    precision: "day",
    track: "detainees",
    actors: ["ryan-corbett", "taliban", "united-states"],
    summary:
      "The Taliban detained Ryan Corbett, an American who had run aid and business projects in Afghanistan for over a decade, while he was back in the country on a business trip a year after his family's evacuation.",
    details: paragraphs(
      "Corbett, his wife Anna and their children had lived in Kabul from 2010 until they were evacuated in August 2021. He returned to Afghanistan in 2022 and, according to his family, was arrested together with a German and two Afghan colleagues. The State Department later designated him as wrongfully detained.",
      "On 8 August 2024 State Department spokesperson Matthew Miller marked the second anniversary, on 10 August, of the separate detentions of Corbett and Mahmood Habibi, and said the U.S. raised the Americans' cases in every contact with the Taliban.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "H.Res. 965 (118th Congress), calling for the immediate release of Ryan Corbett",
        publisher: "U.S. House of Representatives",
        date: "2024-06",
        kind: "primary",
      },
      {
        title: "Americans detained in Afghanistan remain a priority, says State Dept",
        publisher: "Reuters",
        url: "https://au.news.yahoo.com/americans-detained-afghanistan-remain-priority-191053903.html",
        via: "Yahoo News",
        date: "2024-08-08",
        kind: "report",
      },
      {
        title: "US is Concerned About Well-being of Americans Detained by Taliban, Says State Department",
        publisher: "KabulNow",
        url: "https://kabulnow.com/2024/08/us-is-concerned-about-well-being-of-americans-detained-by-taliban-says-state-department/",
        date: "2024-08",
        kind: "report",
      },
      {
        title: "Detention of US Citizens Hindering Engagement With Taliban, Says US State Department",
        publisher: "Afghanistan International",
        url: "https://www.afintl.com/en/202402298646",
        date: "2024-02-29",
        kind: "report",
      },
      {
        title: "Taliban announce the release of two Americans held in Afghanistan in a prisoner exchange",
        publisher: "Associated Press",
        url: "https://www.semissourian.com/world/taliban-announce-the-release-of-two-americans-held-in-afghanistan-in-a-prisoner-exchange-e2011700",
        via: "Southeast Missourian",
        date: "2025-01-21",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "matthew-miller",
        words:
          "We are deeply concerned about the well-being of Americans unjustly detained in Afghanistan - Mahmood, Ryan and George Glezmann - and raise their detentions at every engagement we have with the Taliban",
        date: "2024-08-08",
        source: {
          title: "Americans detained in Afghanistan remain a priority, says State Dept",
          publisher: "Reuters",
          url: "https://au.news.yahoo.com/americans-detained-afghanistan-remain-priority-191053903.html",
          via: "Yahoo News",
          date: "2024-08-08",
          kind: "report",
        },
      },
      {
        actor: "hamdullah-fitrat",
        words:
          "Both American nationals violated the country’s law, and discussion has been held with the US officials in this regard.",
        date: "2024-07-14",
        source: {
          title: "Jerusalem Post report: Taliban confirm two U.S. citizens detained",
          publisher: "The Jerusalem Post",
          url: "https://www.jpost.com/middle-east/article-810365",
          date: "2024-07-15",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "corbett-mckenty-exchange", relation: "led-to" },
      { id: "habibi-detained", relation: "see-also" },
    ],
    notes:
      "The date 10 August 2022 is given by the State Department spokesperson (reported by Reuters), by House resolution H.Res. 965 (as reported by KabulNow) and by Corbett's family (Afghanistan International). It agrees with the 894 days his family counted to his release on 20 January 2025 (U.S. time; 21 January in Kabul).",
    tags: ["detention", "corbett"],
  },
  {
    id: "habibi-detained",
    title: "Mahmood Habibi seized in Kabul",
    shortTitle: "Mahmood Habibi seized",
    start: "2022-08-10",
    precision: "day",
    track: "detainees",
    actors: ["mahmood-habibi", "taliban", "united-states"],
    summary:
      "Mahmood Shah Habibi, a naturalised American and former head of Afghanistan's civil aviation authority, was taken away in Kabul ten days after the Zawahiri strike, along with his driver and 29 co-workers at the telecom firm Asia Consultancy Group (ACG).",
    details: paragraphs(
      "Witness statements held by the U.S. government and described by Reuters say that gunmen wearing the shoulder patches of the Taliban's intelligence service, the General Directorate of Intelligence, drove him off blindfolded while others broke into his apartment and took his laptop and papers. According to the State Department's reward notice of June 2025, all the others taken with him were later released except Habibi and one other person.",
      "The Taliban were believed to suspect that his employer had played a part in the strike on al-Zawahiri, but they never charged him. They deny detaining him at all and say they do not know where he is, which has complicated every U.S. attempt to negotiate his release.",
      "The State Department described Habibi, Corbett and Glezmann alike as “unjustly” detained. As of August 2024, unlike the other two, Habibi had not received the formal “wrongfully detained” designation.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Rewards for Justice notice offering up to $5 million for information on Mahmood Shah Habibi",
        publisher: "U.S. Department of State (Rewards for Justice)",
        date: "2025-06",
        kind: "primary",
      },
      {
        title: "How a CIA hit on al-Qaeda ensnared a US citizen in Afghanistan",
        publisher: "Reuters",
        url: "https://malaya.com.ph/news/international-news/how-a-cia-hit-on-al-qaeda-ensnared-a-us-citizen-in-afghanistan",
        via: "Malaya Business Insight",
        kind: "report",
      },
      {
        title: "Americans detained in Afghanistan remain a priority, says State Dept",
        publisher: "Reuters",
        url: "https://au.news.yahoo.com/americans-detained-afghanistan-remain-priority-191053903.html",
        via: "Yahoo News",
        date: "2024-08-08",
        kind: "report",
      },
      {
        title: "Fears for US citizen held by Taliban amid reports he has been handed over to al-Qaeda",
        publisher: "The Independent",
        url: "https://malaysia.news.yahoo.com/fears-us-citizen-held-taliban-130649387.html",
        via: "Yahoo News",
        kind: "report",
      },
      {
        title: "Biden speaks with relatives of Americans held by Taliban, but deal to bring them home still elusive",
        publisher: "Associated Press",
        url: "https://www.bastillepost.com/global/article/4478046-biden-speaks-with-relatives-of-americans-held-by-taliban-but-deal-to-bring-them-home-still-elusive",
        via: "Bastille Post",
        date: "2025-01-13",
        kind: "report",
      },
      {
        title: "US offers up to $5 million reward for information on Mahmood Shah Habibi",
        publisher: "Amu TV",
        url: "https://amu.tv/182249/",
        date: "2025-06",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words:
          "It is believed that Mr. Habibi was taken by Taliban military or security forces and has not been heard from since.",
        source: {
          title: "Brother of detained Afghan-American urges US to confirm his whereabouts",
          publisher: "Amu TV",
          url: "https://amu.tv/?p=126319",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        paraphrase:
          "The Taliban government denies that it detained Habibi and says it has no knowledge of his whereabouts.",
        source: {
          title: "How a CIA hit on al-Qaeda ensnared a US citizen in Afghanistan",
          publisher: "Reuters",
          url: "https://malaya.com.ph/news/international-news/how-a-cia-hit-on-al-qaeda-ensnared-a-us-citizen-in-afghanistan",
          via: "Malaya Business Insight",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        words:
          "Mr. Habibi is considered an Afghan citizen. No evidence has been uncovered indicating that he is being held by any entity affiliated with the Islamic Emirate",
        date: "2025-07-03",
        source: {
          title: "Taliban Deny Role in Disappearance of Afghan-American Businessman as US Pressure Grows",
          publisher: "KabulNow",
          url: "https://kabulnow.com/2025/07/taliban-deny-role-in-disappearance-of-afghan-american-businessman-as-us-pressure-grows/",
          date: "2025-07",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "zawahiri-strike", relation: "response-to" },
      { id: "biden-swap-talks", relation: "see-also" },
      { id: "habibi-reward", relation: "led-to" },
    ],
    notes: paragraphs(
      "Employer: the Rewards for Justice notice of June 2025 (quoted by Amu TV) names Asia Consultancy Group, a Kabul-based telecommunications company; AP also calls it Kabul-based, while Reuters calls it a U.S.-based communications company and The Independent an American one.",
      "Numbers differ slightly: the FBI and Rewards for Justice say his driver and 29 other employees; Reuters (2024) says he was one of about 30 employees; Amu TV's own text says 30 others.",
      "Who holds him is disputed: U.S. officials say the Taliban's intelligence service; the Taliban deny it.",
    ),
    tags: ["detention", "habibi"],
  },
  {
    id: "afghan-fund",
    title: "U.S. and Switzerland set up the Afghan Fund",
    shortTitle: "Afghan Fund set up",
    start: "2022-09-14",
    precision: "day",
    track: "sanctions",
    actors: ["united-states", "switzerland", "da-afghanistan-bank", "taliban", "zabihullah-mujahid"],
    summary:
      "The U.S. Treasury and State Department announced a Geneva-based foundation, the Fund for the Afghan People, to hold and make targeted payments from $3.5 billion of the frozen central-bank reserves, with no role for the Taliban.",
    details: paragraphs(
      "The fund was announced on 14 September 2022 by the U.S. with Switzerland and Afghan economists; the Swiss government said the foundation had been set up in Geneva at the start of that month. Its account is held at the Bank for International Settlements in Switzerland. Its board of trustees, which decides how the money is used, has four members: two Afghan economists (Anwar Ahady, a former head of Afghanistan's central bank, and Shah Mehrabi), an official of the Swiss foreign ministry and a representative of the U.S. government, the U.S. ambassador to Switzerland.",
      "The $3.5 billion came from the half of the frozen reserves that Executive Order 14064 set aside for the Afghan people. The Swiss government said it was meant to support Afghanistan's macroeconomic stability, for example by paying the country's debts to international organisations or for electricity imports, while respecting sanctions and keeping the money from benefiting the Taliban. The Treasury and State Departments said safeguards were in place against illicit use.",
      "The Taliban objected. Spokesman Zabihullah Mujahid told AFP that the United States had usurped Afghans' assets and demanded their release without conditions, and the Taliban foreign ministry threatened fines and bans on anyone who helped pay out the money without heeding what it called the Afghans' legitimate demands.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "US sets up Afghan relief fund with frozen central bank money",
        publisher: "Associated Press",
        url: "https://keyt.com/news/2022/09/14/us-sets-up-afghan-relief-fund-with-frozen-central-bank-money/",
        via: "KEYT",
        date: "2022-09-14",
        kind: "report",
      },
      {
        title: "Switzerland commits to Afghanistan's future",
        publisher: "Swiss Federal Department of Foreign Affairs",
        url: "https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-90338.html",
        date: "2022-09-14",
        kind: "primary",
      },
      {
        title: "The United States and Partners Announce Establishment of Fund for the People of Afghanistan",
        publisher: "U.S. Department of State and U.S. Department of the Treasury",
        date: "2022-09-14",
        kind: "primary",
      },
      {
        title: "TRT World report: Taliban accuse US of usurping Afghan assets",
        publisher: "AFP",
        url: "https://www.trtworld.com:443/article/12784548",
        via: "TRT World",
        date: "2022-09-15",
        kind: "report",
      },
      {
        title: "US Sets Up Swiss Fund for Afghan Reserves",
        publisher: "Voice of America",
        url: "https://www.voanews.com/a/us-sets-up-swiss-fund-for-afghan-reserves-/6746959.html",
        date: "2022-09-14",
        kind: "report",
      },
      {
        title: "Amu TV report on the first meeting of the Afghan Fund's trustees in Geneva",
        publisher: "Amu TV",
        url: "https://amu.tv/24613",
        date: "2022-11-21",
        kind: "report",
      },
      {
        title:
          "Statement of the Islamic Emirate's Ministry of Foreign Affairs on the transfer of Da Afghanistan Bank reserves to Switzerland (spokesman Abdul Qahar Balkhi)",
        publisher: "Taliban",
        date: "2022-09-15",
        kind: "primary",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words: "to prevent the funds from being used for illicit activity.",
        date: "2022-09-14",
        source: {
          title: "US sets up Afghan relief fund with frozen central bank money",
          publisher: "Associated Press",
          url: "https://keyt.com/news/2022/09/14/us-sets-up-afghan-relief-fund-with-frozen-central-bank-money/",
          via: "KEYT",
          date: "2022-09-14",
          kind: "report",
        },
      },
      {
        actor: "switzerland",
        paraphrase:
          "Switzerland said it joined the foundation's board as an impartial intermediary, to help give Afghans medium- and long-term prospects through macroeconomic stability while making sure the money does not benefit the Taliban.",
        date: "2022-09-14",
        source: {
          title: "Switzerland commits to Afghanistan's future",
          publisher: "Swiss Federal Department of Foreign Affairs",
          url: "https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-90338.html",
          date: "2022-09-14",
          kind: "primary",
        },
      },
      {
        actor: "zabihullah-mujahid",
        words: "The assets of the people of Afghanistan have been usurped by the United States",
        date: "2022-09-15",
        source: {
          title: "TRT World report: Taliban accuse US of usurping Afghan assets",
          publisher: "AFP",
          url: "https://www.trtworld.com:443/article/12784548",
          via: "TRT World",
          date: "2022-09-15",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        paraphrase:
          "The Taliban foreign ministry called the transfer of the reserves to Switzerland for disbursement without Afghan input unacceptable and a violation of international norms, and warned that if the money was paid out without regard to Afghans' legitimate demands it would fine and ban the activities of any individuals, institutions and companies that helped.",
        date: "2022-09-15",
        source: {
          title:
            "Statement of the Islamic Emirate's Ministry of Foreign Affairs on the transfer of Da Afghanistan Bank reserves to Switzerland (spokesman Abdul Qahar Balkhi)",
          publisher: "Taliban",
          date: "2022-09-15",
          kind: "primary",
        },
      },
    ],
    related: [
      { id: "eo-14064-reserves", relation: "response-to" },
      { id: "reserves-frozen", relation: "see-also" },
    ],
    notes: "The other $3.5 billion stayed in the U.S. pending the 9/11 litigation (see eo-14064-reserves).",
    tags: ["frozen-assets", "afghan-fund", "switzerland", "central-bank"],
  },
  {
    id: "frerichs-noorzai-swap",
    title: "Mark Frerichs freed in exchange for Bashir Noorzai",
    shortTitle: "Frerichs–Noorzai swap",
    start: "2022-09-19",
    precision: "day",
    track: "detainees",
    actors: [
      "united-states",
      "joe-biden",
      "taliban",
      "amir-khan-muttaqi",
      "zabihullah-mujahid",
      "mark-frerichs",
      "bashir-noorzai",
    ],
    summary:
      "At Kabul airport the Taliban handed over Mark Frerichs, a U.S. Navy veteran and civil engineer held since early 2020, and received in return Bashir Noorzai, an Afghan tribal leader and Taliban ally jailed in the U.S. for heroin trafficking.",
    details: paragraphs(
      "Frerichs, from Lombard, Illinois, had worked in Afghanistan for about ten years as a contractor on construction and development projects. He was abducted in Afghanistan in early 2020 and was believed to have been held by the Taliban-linked Haqqani network. In January 2022 Biden had said the Taliban must free him before it could expect any consideration of its wish for legitimacy.",
      "Noorzai had spent 17 years in U.S. custody and was convicted of heroin trafficking in 2008. Officials said the deal gained momentum in June 2022, when Biden granted him relief from his life sentence.",
      "At a news conference in Kabul with Noorzai, Taliban foreign minister Amir Khan Muttaqi welcomed the exchange as the start of a new stage in relations with Washington. AP called it a rare success in U.S.–Taliban talks since the group took power.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Statement by President Biden on the release of Mark Frerichs",
        publisher: "The White House",
        date: "2022-09-19",
        kind: "primary",
      },
      {
        title: "American contractor freed by Taliban in swap after 2 years, his family says",
        publisher: "Associated Press",
        url: "https://www.pennlive.com/nation-world/2022/09/american-contractor-freed-by-taliban-in-swap-after-2-years-his-family-says.html",
        via: "PennLive",
        date: "2022-09-19",
        kind: "report",
      },
      {
        title: "US contractor freed by Taliban in swap for drug trafficker",
        publisher: "Associated Press",
        url: "https://www.newstribune.com/news/2022/sep/20/us-contractor-freed-by-taliban-in-swap-for-drug/",
        via: "News Tribune (Jefferson City)",
        date: "2022-09-20",
        kind: "report",
      },
      {
        title: "Al Jazeera report on the Taliban–U.S. prisoner swap of Mark Frerichs and Bashir Noorzai",
        publisher: "Al Jazeera",
        url: "https://www.aljazeera.com/news/2022/9/19/taliban-us-swap-prisoners-guantanamo-detainee-for-navy-veteran",
        date: "2022-09-19",
        kind: "report",
      },
      {
        title: "Taliban and US in prisoner swap — acting foreign minister",
        publisher: "Reuters",
        url: "https://www.heraldlive.co.za/news/world/2022-09-19-taliban-and-us-in-prisoner-swap-acting-foreign-minister/",
        via: "HeraldLIVE",
        date: "2022-09-19",
        kind: "report",
      },
      {
        title: "US Contractor Released by Taliban After Swap for Drug Trafficker",
        publisher: "Bloomberg",
        url: "https://www.bnnbloomberg.ca/us-contractor-released-by-taliban-after-swap-for-drug-trafficker-1.1820667",
        via: "BNN Bloomberg",
        date: "2022-09-19",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "joe-biden",
        paraphrase:
          "Biden, who had said in January 2022 that the Taliban would have to free Frerichs to have any legitimacy, agreed to commute Noorzai's sentence to make the exchange possible.",
        source: {
          title: "US Contractor Released by Taliban After Swap for Drug Trafficker",
          publisher: "Bloomberg",
          url: "https://www.bnnbloomberg.ca/us-contractor-released-by-taliban-after-swap-for-drug-trafficker-1.1820667",
          via: "BNN Bloomberg",
          date: "2022-09-19",
          kind: "report",
        },
      },
      {
        actor: "amir-khan-muttaqi",
        words: "Today, Mark Frerichs was handed over to the US and Haji Bashar was handed over to us at Kabul airport",
        date: "2022-09-19",
        source: {
          title: "Al Jazeera report on the Taliban–U.S. prisoner swap of Mark Frerichs and Bashir Noorzai",
          publisher: "Al Jazeera",
          url: "https://www.aljazeera.com/news/2022/9/19/taliban-us-swap-prisoners-guantanamo-detainee-for-navy-veteran",
          date: "2022-09-19",
          kind: "report",
        },
      },
      {
        actor: "amir-khan-muttaqi",
        paraphrase:
          "Muttaqi told reporters in Kabul that the exchange, which followed long negotiations, could open a new chapter in relations between the Taliban government and the United States.",
        date: "2022-09-19",
        source: {
          title: "American contractor freed by Taliban in swap after 2 years, his family says",
          publisher: "Associated Press",
          url: "https://www.pennlive.com/nation-world/2022/09/american-contractor-freed-by-taliban-in-swap-after-2-years-his-family-says.html",
          via: "PennLive",
          date: "2022-09-19",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        paraphrase:
          "Mujahid said Noorzai held no official Taliban post but had given the movement strong support, including weapons, when it emerged in the 1990s.",
        date: "2022-09-19",
        source: {
          title: "Al Jazeera report on the Taliban–U.S. prisoner swap of Mark Frerichs and Bashir Noorzai",
          publisher: "Al Jazeera",
          url: "https://www.aljazeera.com/news/2022/9/19/taliban-us-swap-prisoners-guantanamo-detainee-for-navy-veteran",
          date: "2022-09-19",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "zawahiri-strike", relation: "see-also" },
      { id: "corbett-mckenty-exchange", relation: "see-also" },
    ],
    notes: paragraphs(
      "Abduction date: AP gives 31 January 2020 (Biden's statement of 30 January 2022 marked two years “tomorrow”); Reuters, Al Jazeera and Al Arabiya say early February 2020. Biden counted 31 months in captivity.",
      "Where Noorzai was held: Taliban officials and Al Jazeera said Guantánamo Bay; AP reported that this could not be confirmed, and Noorzai himself said only that he had been freed from an unspecified U.S. prison. The timeline says only that he was in U.S. custody.",
      "Reports called the swap a rare success in U.S.–Taliban talks since the takeover; none of those cited calls it the first such exchange.",
    ),
    tags: ["prisoner swap", "frerichs", "noorzai"],
  },
  {
    id: "glezmann-detained",
    title: "George Glezmann detained",
    start: "2022-12-05",
    precision: "day",
    track: "detainees",
    actors: ["george-glezmann", "taliban"],
    summary:
      "The Taliban's intelligence service seized George Glezmann, an airline mechanic from Atlanta who worked for Delta Air Lines, soon after he arrived in Afghanistan for a short sightseeing trip.",
    details: paragraphs(
      "Glezmann, then in his mid-60s, had planned a five-day visit to see the country's history and culture; AP, citing the James Foley Foundation, says he had been to more than 100 countries. His wife is Aleksandra.",
      "Senators Jon Ossoff and Raphael Warnock said in July 2024 that he had spent months at a time in solitary confinement, partly underground, in a cell nine feet by nine; a congressional resolution noted that he had had no consular visits and only seven phone calls with his family.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title:
          "H.Res. 1347: Calling for the immediate release of George Glezmann, a United States citizen who was wrongfully detained by the Taliban on December 5, 2022",
        publisher: "U.S. House of Representatives",
        date: "2024-07-09",
        kind: "primary",
      },
      {
        title: "Taliban release an American man who was abducted while traveling in Afghanistan",
        publisher: "Associated Press",
        url: "https://bastillepost.com/global/article/4673253-american-man-held-by-the-taliban-for-more-than-2-years-has-been-released-the-state-department-says",
        via: "Bastille Post",
        date: "2025-03-20",
        kind: "report",
      },
      {
        title: "American detained by Taliban in Afghanistan is freed in deal mediated by Qatar",
        publisher: "CNN",
        url: "https://wsvn.com/news/us-world/american-detained-by-taliban-in-afghanistan-is-freed-in-deal-mediated-by-qatar/",
        via: "WSVN",
        date: "2025-03-20",
        kind: "report",
      },
      {
        title: "Tgcom24 report on the release of George Glezmann",
        publisher: "Tgcom24 (Mediaset)",
        url: "https://www.tgcom24.mediaset.it/mondo/usa-talebani-liberato-glezmann-afghanistan_95410431-202502k.shtml",
        date: "2025-03",
        kind: "report",
      },
      {
        title: "U.S. Senate resolution calls for immediate release of former Delta mechanic detained by Taliban",
        publisher: "WSB Radio",
        url: "https://wsbradio.com/news/local/us-senate-resolution-calls-immediate-release-former-delta-mechanic-detained-by-taliban/AI7BDSCP4VCKDMUERYWQJ75YMA/?outputType=amp",
        date: "2024-08",
        kind: "report",
      },
      {
        title: "US Congress demands immediate release of American nationals from Taliban custody",
        publisher: "Amu TV",
        url: "https://amu.tv/?p=110149",
        date: "2024-07",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "hamdullah-fitrat",
        paraphrase:
          "Taliban deputy spokesman Hamdullah Fitrat said in July 2024 that both Americans the Taliban acknowledged holding had broken Afghan law, and that the matter had been discussed with U.S. officials.",
        date: "2024-07-14",
        source: {
          title: "Jerusalem Post report: Taliban confirm two U.S. citizens detained",
          publisher: "The Jerusalem Post",
          url: "https://www.jpost.com/middle-east/article-810365",
          date: "2024-07-15",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "glezmann-wrongfully-detained", relation: "led-to" },
      { id: "glezmann-released", relation: "led-to" },
    ],
    notes: paragraphs(
      "Day: 5 December 2022 is given by House resolution H.Res. 1347 (introduced 9 July 2024) and by Italy's Tgcom24; AP, CNN and Reuters give only December 2022.",
      "Age at release: 66 according to AP and CNN. The spelling “Glezmann” used by the article is correct and matches CNN, AP and the State Department.",
    ),
    tags: ["detention", "glezmann"],
  },
  {
    id: "women-universities-ban",
    title: "Taliban bar women from universities",
    shortTitle: "University ban for women",
    start: "2022-12-20",
    precision: "day",
    track: "rights",
    actors: ["taliban", "united-states", "antony-blinken", "afghan-women-activists"],
    summary:
      "On 20 December 2022 the Taliban's higher education minister ordered all public and private universities to stop teaching women until further notice. Secretary Blinken warned there would be costs if the ban stayed.",
    details: paragraphs(
      "The order came in a letter from the minister of higher education, Neda Mohammad Nadeem, to all government and private universities, and was confirmed by the ministry on Tuesday 20 December 2022. The ministry said the decision had been taken at a cabinet meeting and took effect at once. Only about three months earlier, thousands of women had taken university entrance exams.",
      "On 22 December the minister defended the ban on state television, citing women's dress, the mixing of men and women and subjects he said went against Islam and Afghan culture, and told foreign critics not to interfere. The same day Blinken said the ban would cost the Taliban in their dealings with the world, and G7 foreign ministers warned that gender persecution may amount to a crime against humanity.",
      "Small groups of women protested in Kabul; one protester told AFP that some of the women had been arrested by women police officers.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "CNN report: Taliban order NGOs to stop female employees from coming to work",
        publisher: "CNN",
        url: "https://www.cnn.com/2022/12/24/asia/taliban-female-employees-ngos-intl/index.html",
        date: "2022-12-24",
        kind: "report",
      },
      {
        title: "Blinken calls on Afghan Taliban to reverse ban on women at universities",
        publisher: "Reuters",
        url: "https://www.reuters.com/world/asia-pacific/blinken-calls-afghan-taliban-reverse-ban-women-universities-2022-12-22/",
        date: "2022-12-22",
        kind: "report",
      },
      {
        title: "Afghan women banned from university for not following dress code",
        publisher: "AFP",
        url: "https://www.straitstimes.com/asia/south-asia/afghan-women-banned-from-university-for-not-following-dress-code",
        via: "The Straits Times",
        date: "2022-12-23",
        kind: "report",
      },
      {
        title: "Taliban minister defends ban on women's university studies",
        publisher: "Associated Press",
        url: "https://theparisnews.com/ap/taliban-minister-defends-ban-on-women-s-university-studies/article_aab9e0c8-8235-11ed-a315-d3e02bad16e6.html",
        via: "The Paris News",
        date: "2022-12-22",
        kind: "report",
      },
      {
        title: "Afghan women stage street protest against university ban",
        publisher: "AFP",
        url: "https://www.straitstimes.com/asia/south-asia/afghan-women-stage-street-protest-against-university-ban",
        via: "The Straits Times",
        date: "2022-12-22",
        kind: "report",
      },
      {
        title:
          "Statement by the Spokesman for the Secretary-General on the suspension of access to universities for women and girls in Afghanistan",
        publisher: "United Nations",
        url: "https://press.un.org/en/2022/sgsm21641.doc.htm",
        date: "2022-12-20",
        kind: "primary",
      },
      {
        title: "‘My heart is bleeding’: Afghan women devastated by university ban",
        publisher: "Al Jazeera",
        url: "https://www.aljazeera.com/news/2022/12/21/afghan-women-devastated-by-taliban-university-ban?traffic_source=KeepReading",
        date: "2022-12-21",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "antony-blinken",
        words: "There are going to be costs if this is not reversed",
        date: "2022-12-22",
        source: {
          title: "Blinken calls on Afghan Taliban to reverse ban on women at universities",
          publisher: "Reuters",
          url: "https://www.reuters.com/world/asia-pacific/blinken-calls-afghan-taliban-reverse-ban-women-universities-2022-12-22/",
          date: "2022-12-22",
          kind: "report",
        },
      },
      {
        actor: "neda-mohammad-nadeem",
        words:
          "Those female students who were coming to universities from home were also not following instructions on hijab... They were dressing like they were going to a wedding",
        date: "2022-12-22",
        source: {
          title: "Afghan women banned from university for not following dress code",
          publisher: "AFP",
          url: "https://www.straitstimes.com/asia/south-asia/afghan-women-banned-from-university-for-not-following-dress-code",
          via: "The Straits Times",
          date: "2022-12-23",
          kind: "report",
        },
      },
      {
        actor: "maryam-political-science-student",
        words: "My heart has been bleeding since I heard those words",
        date: "2022-12-21",
        source: {
          title: "‘My heart is bleeding’: Afghan women devastated by university ban",
          publisher: "Al Jazeera",
          url: "https://www.aljazeera.com/news/2022/12/21/afghan-women-devastated-by-taliban-university-ban?traffic_source=KeepReading",
          date: "2022-12-21",
          kind: "report",
        },
      },
      {
        actor: "wurranga-arif",
        words: "My dreams are over forever. I think the weight of the sky is on my shoulders, and I am very sad",
        date: "2022-12-21",
        source: {
          title: "‘My dreams are over.’ Taliban ban on women in university sparks private anguish, public protests",
          publisher: "Toronto Star",
          url: "https://www.thestar.com/news/world/2022/12/21/my-dreams-are-over-taliban-ban-on-women-in-university-sparks-private-anguish-public-protests.html",
          date: "2022-12-21",
          kind: "report",
        },
      },
      {
        actor: "zohra-madadi",
        words:
          "Don’t they realise that by closing schools and universities today, there is not going to be any female doctors tomorrow?",
        source: {
          title: "Rukhshana Media report on survivors of the Kaaj education centre attack barred from university",
          publisher: "Rukhshana Media",
          url: "https://rukhshana.com/?p=15196",
          kind: "report",
        },
      },
      {
        actor: "saeeda-husaini-sadaat",
        words: "It’s been very difficult for me … I was completely devastated.",
        source: {
          title: "Rukhshana Media report on survivors of the Kaaj education centre attack barred from university",
          publisher: "Rukhshana Media",
          url: "https://rukhshana.com/?p=15196",
          kind: "report",
        },
      },
      {
        actor: "afghan-women-activists",
        paraphrase:
          "Small groups of women protested in Kabul against the ban, chanting that women had been expelled from universities and calling for rights for everyone or no one; one protester told AFP that some of the women had been arrested.",
        date: "2022-12-22",
        source: {
          title: "Afghan women stage street protest against university ban",
          publisher: "AFP",
          url: "https://www.straitstimes.com/asia/south-asia/afghan-women-stage-street-protest-against-university-ban",
          via: "The Straits Times",
          date: "2022-12-22",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "girls-schools-closed", relation: "see-also" },
      { id: "women-ngo-ban", relation: "see-also" },
    ],
    notes: paragraphs(
      "The minister's name is spelled Nida Mohammad Nadim by the Associated Press and Neda Mohammad Nadeem by AFP.",
    ),
    tags: ["women's rights", "education"],
  },
  {
    id: "women-ngo-ban",
    title: "Taliban bar women from working for NGOs",
    shortTitle: "NGO work ban for women",
    start: "2022-12-24",
    precision: "day",
    track: "rights",
    actors: ["taliban", "zabihullah-mujahid", "united-states", "antony-blinken", "un-human-rights", "aid-groups"],
    summary:
      "On 24 December 2022 the Taliban's Ministry of Economy told all national and international NGOs to stop their female staff from working, on pain of losing their licences. Several major aid groups suspended operations the next day.",
    details: paragraphs(
      "The order came in a Ministry of Economy letter to all licensed NGOs, which a ministry spokesman confirmed to CNN. It cited complaints that women were not observing the Islamic hijab and other rules of the Taliban's government, and warned that organisations which did not comply would lose their licences.",
      "Secretary Blinken said on 24 December that the ban would disrupt life-saving aid to millions. On 25 December Save the Children, CARE and the Norwegian Refugee Council, later joined by the International Rescue Committee, suspended their work, saying they could not reach people in need without their female staff. Taliban spokesman Zabihullah Mujahid told U.S. officials to stop interfering in Afghanistan's internal affairs.",
      "The ban did not at first cover Afghan women working for the United Nations; it was extended to them in April 2023.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "CNN report: Taliban order NGOs to stop female employees from coming to work",
        publisher: "CNN",
        url: "https://www.cnn.com/2022/12/24/asia/taliban-female-employees-ngos-intl/index.html",
        date: "2022-12-24",
        kind: "report",
      },
      {
        title: "US slams Taliban for women's NGO jobs ban in Afghanistan",
        publisher: "Associated Press",
        url: "https://kesq.com/news/ap-national-news/2022/12/24/us-slams-taliban-for-womens-ngo-jobs-ban-in-afghanistan/",
        via: "KESQ",
        date: "2022-12-24",
        kind: "report",
      },
      {
        title: "3 NGOs suspend work in Afghanistan after Taliban bar women",
        publisher: "Associated Press",
        url: "https://kesq.com/news/ap-national-news/2022/12/25/3-ngos-suspend-work-in-afghanistan-after-taliban-bar-women/",
        via: "KESQ",
        date: "2022-12-25",
        kind: "report",
      },
      {
        title: "Afghanistan: Taliban ban women from working for NGOs",
        publisher: "Associated Press",
        url: "https://www.1news.co.nz/2022/12/25/afghanistan-taliban-ban-women-from-working-for-ngos/",
        via: "1News (TVNZ)",
        date: "2022-12-25",
        kind: "report",
      },
      {
        title: "4 NGOs suspend work in Afghanistan after Taliban bar women",
        publisher: "Associated Press",
        url: "https://www.hjnews.com/world/4-ngos-suspend-work-in-afghanistan-after-taliban-bar-women/article_93fa3ad4-7b85-5e28-87c7-ec23d3739f2d.html",
        via: "The Herald Journal (Logan, Utah)",
        date: "2022-12-25",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "taliban",
        paraphrase:
          "The Ministry of Economy's letter cited serious complaints that the Islamic hijab and other laws and regulations of the Taliban's government were not being observed, and instructed all national and international NGOs to suspend the work of their female employees.",
        date: "2022-12-24",
        source: {
          title: "CNN report: Taliban order NGOs to stop female employees from coming to work",
          publisher: "CNN",
          url: "https://www.cnn.com/2022/12/24/asia/taliban-female-employees-ngos-intl/index.html",
          date: "2022-12-24",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        words:
          "American officials should stop interfering in our internal matters. All those institutions wanting to operate in Afghanistan are obliged to comply with the rules and regulations of our country.",
        source: {
          title: "American authorities should not interfere in Afghanistan internal affairs: Zabiullah Mujahid",
          publisher: "Bakhtar News Agency (Taliban-run)",
          url: "https://bakhtarnews.af/en/us-should-stop-interfering-in-afghanistan-internal-issues-mujahid/",
          kind: "primary",
        },
      },
      {
        actor: "maliha-niazai",
        words: "It's a heartbreaking announcement",
        date: "2022-12-24",
        source: {
          title: "Afghanistan: Taliban ban women from working for NGOs",
          publisher: "Associated Press",
          url: "https://www.1news.co.nz/2022/12/25/afghanistan-taliban-ban-women-from-working-for-ngos/",
          via: "1News (TVNZ)",
          date: "2022-12-25",
          kind: "report",
        },
      },
      {
        actor: "antony-blinken",
        paraphrase:
          "Blinken said he was deeply concerned that the ban would disrupt vital, life-saving aid to millions of Afghans.",
        date: "2022-12-24",
        source: {
          title: "US slams Taliban for women's NGO jobs ban in Afghanistan",
          publisher: "Associated Press",
          url: "https://kesq.com/news/ap-national-news/2022/12/24/us-slams-taliban-for-womens-ngo-jobs-ban-in-afghanistan/",
          via: "KESQ",
          date: "2022-12-24",
          kind: "report",
        },
      },
      {
        actor: "aid-groups",
        paraphrase:
          "Three of the largest aid groups working in Afghanistan (Save the Children, the NRC and CARE) suspended their work, saying that without their female staff they could not reach the people most in need.",
        date: "2022-12-25",
        source: {
          title: "3 NGOs suspend work in Afghanistan after Taliban bar women",
          publisher: "Associated Press",
          url: "https://kesq.com/news/ap-national-news/2022/12/25/3-ngos-suspend-work-in-afghanistan-after-taliban-bar-women/",
          via: "KESQ",
          date: "2022-12-25",
          kind: "report",
        },
      },
      {
        actor: "un-human-rights",
        paraphrase:
          "The UN human rights chief, Volker Türk, urged the Taliban to lift the restrictions, warning of terrible consequences and saying that no country could develop, or even survive, while shutting half its people out.",
        date: "2022-12-27",
        source: {
          title:
            "UN rights chief urges Taliban drop restrictions on women: ‘no country can survive with half its population excluded’",
          publisher: "South China Morning Post",
          url: "https://www.scmp.com/news/world/article/3204713/un-rights-chief-urges-taliban-drop-restrictions-women-no-country-can-survive-half-its-population?utm_source=rss_feed",
          date: "2022-12-27",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "un-staff-ban", relation: "led-to" },
      { id: "women-universities-ban", relation: "see-also" },
    ],
    notes: paragraphs(
      "AP's first report named three aid groups (Save the Children, CARE and the Norwegian Refugee Council); a later version of the same report added the International Rescue Committee, making four.",
    ),
    tags: ["women's rights", "humanitarian aid", "NGOs"],
  },
];

/** The speakers this era's events add to the dataset's actors, each with the voice it speaks in (voices.ts). */
export const talibanRuleSpeakers: Speaker[] = [
  {
    actor: { id: "diba-farahmand", label: "Diba Farahmand (Afghan women's rights activist)", kind: "person" },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "masooma-rasooli",
      label: "Masooma Rasooli (protester in Kabul against the all-male cabinet)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "abdul-farid-ahmad",
      label: "Abdul Farid Ahmad (Afghan journalist, deputy director for operations of TOLOnews)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "emal-ahmadi",
      label: "Emal Ahmadi (his daughter Malika and brother Zemari were killed in the 29 August 2021 drone strike)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "mahbouba-seraj",
      label: "Mahbouba Seraj (Afghan women's rights activist, Afghan Women Skills Development Center)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "mohammad-naeem",
      label: "Mohammad Naeem (spokesman of the Taliban political office in Qatar)",
      kind: "person",
    },
    voice: "taliban",
  },
  {
    actor: {
      id: "abdul-rahman-kabul-activist",
      label: "Abdul Rahman (Afghan civil society activist who organised a Kabul protest over the frozen reserves)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "brett-eagleson",
      label: "Brett Eagleson (son of Bruce Eagleson, killed at the World Trade Center on 9/11)",
      kind: "person",
    },
    voice: "us-critic",
  },
  {
    actor: {
      id: "terry-strada",
      label: "Terry Strada (9/11 Families United, whose husband Tom was killed at the World Trade Center)",
      kind: "person",
    },
    voice: "us-critic",
  },
  {
    actor: { id: "safa-kabul-student-2022", label: "Safa (ninth-grade student in Kabul)", kind: "person" },
    voice: "afghan-civil-society",
  },
  {
    actor: { id: "halima-nasari", label: "Halima Nasari (Afghan women's rights activist in Kabul)", kind: "person" },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "michael-mccaul",
      label: "Rep. Michael McCaul (lead Republican on the House Foreign Affairs Committee)",
      kind: "person",
    },
    voice: "us-critic",
  },
  {
    actor: { id: "hamdullah-fitrat", label: "Hamdullah Fitrat (Taliban deputy spokesman)", kind: "person" },
    voice: "taliban",
  },
  {
    actor: {
      id: "neda-mohammad-nadeem",
      label: "Neda Mohammad Nadeem (Taliban higher education minister)",
      kind: "person",
    },
    voice: "taliban",
  },
  {
    actor: {
      id: "maryam-political-science-student",
      label: "Maryam (23-year-old political science student, full name withheld by Al Jazeera)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "wurranga-arif",
      label: "Wurranga Arif (18-year-old civil engineering student in Kabul)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "zohra-madadi",
      label: "Zohra Madadi (19, survivor of the Kaaj education centre attack, admitted to study medicine)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "saeeda-husaini-sadaat",
      label: "Saeeda Husaini Sadaat (survivor of the Kaaj education centre attack)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: { id: "maliha-niazai", label: "Maliha Niazai (NGO trainer at Y-Peer Afghanistan, Kabul)", kind: "person" },
    voice: "afghan-civil-society",
  },
];
