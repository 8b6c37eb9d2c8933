import type { Dataset } from "../domain/schema";
import { usTalibanRelationsHeading } from "./us-taliban-relations-heading";

// Each argument is one paragraph, so the blank-line separator the format asks for is written in one place.
const paragraphs = (...parts: string[]): string => parts.join("\n\n");

const CNN_REPORT = {
  title: "The Taliban senses an opening as it pushes for diplomatic recognition in talks with Trump administration",
  publisher: "CNN (syndicated copy at daily8.com)",
  url: "https://www.daily8.com/en/article/e22a9604904a801bb2882ebf542d045b",
};

export const usTalibanRelations: Dataset = {
  schemaVersion: 1,
  ...usTalibanRelationsHeading,
  tracks: [
    {
      id: "diplomacy",
      label: "Diplomacy and recognition",
      description: "Agreements, talks and the Taliban's requests to be recognised by Washington.",
    },
    {
      id: "military",
      label: "Military and withdrawal",
      description: "The U.S. troop withdrawal, the fall of Kabul, the airlift and what followed from them.",
    },
    {
      id: "detainees",
      label: "Detainees and hostages",
      description: "Americans held in Afghanistan, the bargaining over them and their release.",
    },
    {
      id: "sanctions",
      label: "Sanctions and designations",
      description: "Terrorist designations, rewards for information and other U.S. pressure on Taliban leaders.",
    },
    {
      id: "international",
      label: "International recognition",
      description: "How other governments, from China to Russia, have dealt with the Taliban's government.",
    },
  ],
  actors: [
    { id: "united-states", label: "United States", kind: "state" },
    { id: "taliban", label: "Taliban", kind: "group" },
    { id: "afghan-republic", label: "Islamic Republic of Afghanistan (Western-backed government)", kind: "state" },
    { id: "qatar", label: "Qatar", kind: "state" },
    { id: "china", label: "China", kind: "state" },
    { id: "uae", label: "United Arab Emirates", kind: "state" },
    { id: "russia", label: "Russia", kind: "state" },
    { id: "pakistan", label: "Pakistan", kind: "state" },
    { id: "isis-k", label: "ISIS-K (Islamic State Khorasan Province)", kind: "group" },
    { id: "haqqani-network", label: "Haqqani Network", kind: "group" },
    { id: "nato", label: "NATO", kind: "organisation" },
    { id: "united-nations", label: "United Nations", kind: "organisation" },
    { id: "donald-trump", label: "Donald Trump", kind: "person" },
    { id: "joe-biden", label: "Joe Biden", kind: "person" },
    { id: "mike-pompeo", label: "Mike Pompeo", kind: "person" },
    { id: "antony-blinken", label: "Antony Blinken", kind: "person" },
    { id: "marco-rubio", label: "Marco Rubio", kind: "person" },
    { id: "zalmay-khalilzad", label: "Zalmay Khalilzad", kind: "person" },
    { id: "adam-boehler", label: "Adam Boehler", kind: "person" },
    { id: "roger-carstens", label: "Roger Carstens", kind: "person" },
    { id: "kenneth-mckenzie", label: "Gen. Kenneth McKenzie", kind: "person" },
    { id: "chris-donahue", label: "Maj. Gen. Chris Donahue", kind: "person" },
    { id: "ashraf-ghani", label: "Ashraf Ghani", kind: "person" },
    { id: "abdul-ghani-baradar", label: "Abdul Ghani Baradar", kind: "person" },
    { id: "amir-khan-muttaqi", label: "Amir Khan Muttaqi", kind: "person" },
    { id: "sirajuddin-haqqani", label: "Sirajuddin Haqqani", kind: "person" },
    { id: "zabihullah-mujahid", label: "Zabihullah Mujahid", kind: "person" },
    { id: "george-glezmann", label: "George Glezmann", kind: "person" },
    { id: "ryan-corbett", label: "Ryan Corbett", kind: "person" },
    { id: "william-mckenty", label: "William McKenty", kind: "person" },
    { id: "mahmood-habibi", label: "Mahmood Habibi", kind: "person" },
    { id: "faye-hall", label: "Faye Hall", kind: "person" },
    { id: "amir-amiri", label: "Amir Amiri", kind: "person" },
  ],
  periods: [
    { id: "trump-first-term", label: "Trump's first term", start: "2017-01-20", end: "2021-01-20" },
    { id: "biden-administration", label: "Biden administration", start: "2021-01-20", end: "2025-01-20" },
    { id: "trump-second-term", label: "Trump's second term", start: "2025-01-20", end: "2029-01-20" },
  ],
  presets: [
    { id: "withdrawal", label: "The withdrawal", from: "2020-02-29", to: "2021-08-31" },
    { id: "august-2021", label: "August 2021", from: "2021-08-01", to: "2021-08-31" },
    { id: "talks-2025", label: "The 2025 talks", from: "2025-01-20", to: "2025-12-31" },
  ],
  events: [
    // 2020–2021: the deal and the withdrawal
    {
      id: "doha-agreement",
      title: "U.S. and Taliban sign the Doha agreement",
      start: "2020-02-29",
      precision: "day",
      track: "diplomacy",
      actors: [
        "united-states",
        "taliban",
        "qatar",
        "zalmay-khalilzad",
        "abdul-ghani-baradar",
        "mike-pompeo",
        "donald-trump",
        "nato",
        "afghan-republic",
      ],
      summary:
        "In Doha, U.S. envoy Zalmay Khalilzad and Taliban political chief Abdul Ghani Baradar signed a deal that gave all U.S. and NATO troops 14 months to leave Afghanistan, provided the Taliban met its commitments.",
      details: paragraphs(
        "The text was titled the “Agreement for Bringing Peace to Afghanistan”. Secretary of State Mike Pompeo attended the signing, and President Trump put out a statement in support.",
        "Under its terms, the U.S. would cut its force of about 12,000–13,000 troops to 8,600 in the first 135 days and close five bases. In return the Taliban undertook to cut its ties with al-Qaeda, to keep Afghan soil from being used against the United States, and to open talks with other Afghans from 10 March 2020.",
        "Critics pointed out that the Western-backed Afghan government of Ashraf Ghani had no seat at the table.",
      ),
      provenance: "article",
      articleParagraphs: [4],
      sources: [
        {
          title: "RFE/RL report on the signing of the U.S.–Taliban agreement in Doha",
          publisher: "RFE/RL",
          url: "https://rferl.org/amp/doha-us-taliban-agreement-signing/30461672.html",
        },
        {
          title: "U.S., Taliban sign deal aimed at ending Afghan war",
          publisher: "Stars and Stripes",
          url: "https://www.stripes.com/news/middle-east/us-taliban-sign-deal-aimed-at-ending-afghan-war-1.620749",
        },
        {
          title: "United States and Taliban sign Afghanistan peace deal",
          publisher: "The Irish Times",
          url: "https://www.irishtimes.com/news/world/middle-east/united-states-and-taliban-sign-afghanistan-peace-deal-1.4189246",
        },
      ],
      related: [
        { id: "may-1-deadline", relation: "led-to" },
        { id: "biden-april-decision", relation: "led-to" },
      ],
      notes: paragraphs(
        "The article calls this an agreement “reached by former President Trump for a complete troop withdrawal in 2021”. The record differs: Trump was the sitting president when the deal was signed on 29 February 2020, in the last year of his first term, and the deal gave a 14-month timetable running to 1 May 2021. Biden later moved the end date, first to 11 September and then forward to 31 August 2021.",
        "One Portuguese-to-English copy of the CNN report mistranslates the timing as the “first year of the first term”.",
      ),
      tags: ["doha", "withdrawal", "qatar"],
    },
    {
      id: "biden-april-decision",
      title: "Biden sets 11 September for a full withdrawal",
      start: "2021-04-14",
      precision: "day",
      track: "military",
      actors: ["joe-biden", "united-states"],
      summary:
        "Biden gave up the 1 May date fixed at Doha and said the last of the roughly 2,500 American troops in Afghanistan would be out by 11 September 2021, twenty years after the 9/11 attacks.",
      details:
        "The plan leaked on 13 April and Biden announced it on Wednesday 14 April. The drawdown was to begin on 1 May, the day the Doha agreement had set for the withdrawal to be complete.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "Biden wants full troop withdrawal in Afghanistan by Sept. 11",
          publisher: "9&10 News",
          url: "https://www.9and10news.com/2021/04/14/biden-wants-full-troop-withdrawal-in-afghanistan-by-sept-11/",
          date: "2021-04-14",
        },
        {
          title: "U.S. to withdraw all troops from Afghanistan by Sept 11",
          publisher: "Daily Times",
          url: "https://dailytimes.com.pk/745407/us-to-withdraw-all-troops-from-afghanistan-by-sept-11/",
        },
      ],
      related: [
        { id: "doha-agreement", relation: "response-to" },
        { id: "biden-july-decision", relation: "led-to" },
        { id: "may-1-deadline", relation: "see-also" },
      ],
      tags: ["withdrawal", "biden"],
    },
    {
      id: "may-1-deadline",
      title: "Doha deadline for a full withdrawal passes",
      start: "2021-05-01",
      precision: "day",
      track: "military",
      actors: ["united-states", "taliban", "nato"],
      summary:
        "The 14 months the Doha agreement allowed for all foreign troops to leave ran out with U.S. forces still in the country; under Biden's new plan, 1 May was instead the day the drawdown was to begin.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "Biden wants full troop withdrawal in Afghanistan by Sept. 11",
          publisher: "9&10 News",
          url: "https://www.9and10news.com/2021/04/14/biden-wants-full-troop-withdrawal-in-afghanistan-by-sept-11/",
          date: "2021-04-14",
        },
        {
          title: "U.S. to withdraw all troops from Afghanistan by Sept 11",
          publisher: "Daily Times",
          url: "https://dailytimes.com.pk/745407/us-to-withdraw-all-troops-from-afghanistan-by-sept-11/",
        },
      ],
      related: [
        { id: "doha-agreement", relation: "part-of" },
        { id: "biden-april-decision", relation: "see-also" },
      ],
      tags: ["withdrawal", "deadline"],
    },
    {
      id: "us-leaves-bagram",
      title: "U.S. forces leave Bagram air base",
      start: "2021-07",
      precision: "month",
      track: "military",
      actors: ["united-states"],
      summary:
        "U.S. troops pulled out of Bagram air base in early July 2021, weeks before the end of the U.S. military mission.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "Biden says U.S. war in Afghanistan will end August 31",
          publisher: "K2 Radio",
          url: "https://k2radio.com/biden-says-us-war-in-afghanistan-will-end-august-31/",
        },
        {
          title: "Biden announces U.S. military mission in Afghanistan will end August 31",
          publisher: "What's Going On News",
          url: "https://www.whatsgoingonnews.net/post/biden-announces-u-s-military-mission-in-afghanistan-will-end-august-31",
        },
      ],
      related: [
        { id: "biden-july-decision", relation: "see-also" },
        { id: "bagram-demand", relation: "see-also" },
      ],
      notes:
        "The sources consulted say only that U.S. forces had left Bagram in early July, before Biden's 8 July speech, so the date is given to the month.",
      tags: ["bagram", "withdrawal"],
    },
    {
      id: "biden-july-decision",
      title: "Biden: the U.S. military mission ends on 31 August",
      start: "2021-07-08",
      precision: "day",
      track: "military",
      actors: ["joe-biden", "united-states"],
      summary:
        "Biden brought the end of the U.S. military mission forward to 31 August 2021, by which point U.S. Central Command reckoned the withdrawal about 90% done.",
      details:
        "In the same speech Biden put the number of U.S. service members killed in the war at 2,448, the Costs of War count as of April 2021.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "Biden says U.S. war in Afghanistan will end August 31",
          publisher: "K2 Radio",
          url: "https://k2radio.com/biden-says-us-war-in-afghanistan-will-end-august-31/",
        },
        {
          title: "Biden announces U.S. military mission in Afghanistan will end August 31",
          publisher: "What's Going On News",
          url: "https://www.whatsgoingonnews.net/post/biden-announces-u-s-military-mission-in-afghanistan-will-end-august-31",
        },
      ],
      related: [
        { id: "biden-april-decision", relation: "see-also" },
        { id: "last-us-flight", relation: "led-to" },
        { id: "us-leaves-bagram", relation: "see-also" },
      ],
      tags: ["withdrawal", "biden"],
    },
    {
      id: "fall-of-kabul",
      title: "Kabul falls to the Taliban; Ghani flees",
      start: "2021-08-15",
      precision: "day",
      track: "military",
      actors: ["taliban", "ashraf-ghani", "afghan-republic", "united-states"],
      summary:
        "Taliban fighters entered Kabul as President Ashraf Ghani left the country, and the Western-backed Islamic Republic collapsed. U.S. embassy staff were moved to the airport by air.",
      details:
        "Ghani was first said to have gone to Tajikistan; he was later confirmed to be in the United Arab Emirates. Abdullah Abdullah, a senior figure in the old government, was already referring to him as the “former president”.",
      provenance: "article",
      articleParagraphs: [3, 4],
      sources: [
        {
          title: "Taliban enter Kabul, Afghan president leaves country",
          publisher: "EFE",
          url: "https://www.efe.com/efe/english/portada/taliban-enter-kabul-afghan-president-leaves-country/50000260-4608641",
        },
        {
          title: "News.am report on Ghani leaving Afghanistan as the Taliban entered Kabul",
          publisher: "News.am",
          url: "https://news.am/eng/news/658381.html",
        },
      ],
      related: [
        { id: "kabul-airlift", relation: "see-also" },
        { id: "biden-july-decision", relation: "see-also" },
      ],
      tags: ["kabul", "takeover"],
    },
    {
      id: "kabul-airlift",
      title: "The Kabul airport airlift",
      start: "2021-08-14",
      end: "2021-08-30",
      precision: "day",
      track: "military",
      actors: ["united-states", "taliban", "kenneth-mckenzie", "chris-donahue"],
      summary:
        "Over about two weeks, U.S. and allied aircraft carried more than 122,000 people out of Kabul's Hamid Karzai International Airport while the Taliban held the city around it.",
      details: paragraphs(
        "The U.S. side of the operation was called Operation Allies Refuge; Britain's was Operation Pitting, and many other allies flew their own missions. Taliban fighters controlled the roads to the airport and screened the people trying to reach it.",
        "Totals: more than 122,000 people by the count of Gen. Kenneth McKenzie of U.S. Central Command (reported by CBS), or about 123,000 by the New York Times' count (reported by The Aviation Geek Club). About 6,000 of them were Americans, and about 79,000 left on U.S. military aircraft.",
      ),
      provenance: "article",
      articleParagraphs: [4],
      sources: [
        {
          title: "Report on the last U.S. soldier to leave Afghanistan",
          publisher: "CBS News",
          url: "https://www.cbsnews.com/amp/news/afghanistan-troops-withdrawal-last-american-soldier-leave-chris-donahue/",
        },
        {
          title:
            "With last American soldier boarding a C-17, Afghanistan withdrawal is officially complete after 20 years of war",
          publisher: "The Aviation Geek Club",
          url: "https://theaviationgeekclub.com/with-last-american-soldier-boarding-a-c-17-afghanistan-withdrawal-is-officially-complete-after-20-years-of-war/",
        },
        {
          title: "2021 Kabul airlift",
          publisher: "Wikipedia",
          url: "https://en.wikipedia.org/wiki/2021_Kabul_airlift",
        },
      ],
      related: [
        { id: "fall-of-kabul", relation: "see-also" },
        { id: "abbey-gate-bombing", relation: "see-also" },
        { id: "last-us-flight", relation: "see-also" },
      ],
      notes: paragraphs(
        "A total of about 124,000 evacuees is often quoted, but it was not found in the sources consulted; the sourced figures are “more than 122,000” (McKenzie) and about 123,000 (New York Times).",
        "The range starts on 14 August; some sources start the evacuation on 15 August, the day Kabul fell.",
      ),
      tags: ["evacuation", "kabul", "airport"],
    },
    {
      id: "abbey-gate-bombing",
      title: "Suicide bombing at the airport's Abbey Gate",
      start: "2021-08-26",
      precision: "day",
      track: "military",
      actors: ["isis-k", "united-states"],
      summary:
        "An ISIS-K suicide bomber blew himself up in the crowd at Abbey Gate, one of the airport's entrances, killing 13 U.S. service members and about 170 Afghans.",
      details: paragraphs(
        "The American dead were 11 Marines, one soldier and one Navy corpsman; between 18 and 20 more Americans were wounded. The Afghan toll of about 170 is the figure given by the Pentagon and Defense Secretary Lloyd Austin.",
        "ISIS-K, the Islamic State's branch in the region, claimed the attack. It is an enemy of the Taliban, not an ally, and the U.S. has listed it as a Foreign Terrorist Organization since 14 January 2016.",
      ),
      provenance: "article",
      articleParagraphs: [4],
      sources: [
        {
          title: "Washington Post report on the Kabul airport suicide bombing",
          publisher: "The Washington Post",
          url: "https://www.washingtonpost.com/national-security/kabul-suicide-bombing-service-members/2021/08/26/8bfe63ac-069e-11ec-ba15-9c4f59a60478_story.html",
          date: "2021-08-26",
        },
        {
          title: "RFE/RL report on the anniversary of the Kabul airport bombing",
          publisher: "RFE/RL",
          url: "https://rferl.org/amp/afghanistan-kabul-airport-anniversary-austin-islamic-state/32566071.html",
        },
        {
          title: "Hegseth orders new review of Afghanistan withdrawal and suicide bombing at Kabul airport",
          publisher: "The Atlanta Journal-Constitution",
          url: "https://www.ajc.com/news/2025/05/hegseth-orders-new-review-of-afghanistan-withdrawal-and-suicide-bombing-at-kabul-airport/",
        },
      ],
      related: [
        { id: "kabul-airlift", relation: "part-of" },
        { id: "sharifullah-arrest", relation: "led-to" },
      ],
      notes: paragraphs(
        "The article mentions only “tragic events at Kabul’s airport” and leaves out the casualty figures its CNN source gives: 13 U.S. service members and, in CNN's words as translated, “nearly 200” Afghans killed.",
        "The Afghan death toll varies by source: about 170 (Pentagon), more than 159 civilians (Wikipedia), nearly 200 (CNN). The 13 American deaths are not disputed.",
      ),
      tags: ["isis-k", "airport", "casualties"],
    },
    {
      id: "last-us-flight",
      title: "The last U.S. flight leaves Kabul",
      start: "2021-08-30",
      precision: "day",
      track: "military",
      actors: ["united-states", "chris-donahue", "kenneth-mckenzie"],
      summary:
        "A C-17 carrying Major General Chris Donahue of the 82nd Airborne, the last U.S. service member on the ground, took off from Kabul at 11:59 p.m. local time, just ahead of the 31 August deadline, ending nearly 20 years of U.S. war in Afghanistan.",
      details: paragraphs(
        "The take-off was at 3:29 p.m. Eastern time. The top U.S. diplomat in Kabul, chargé d'affaires Ross Wilson, was on the same plane. Gen. Kenneth McKenzie announced the end of the withdrawal.",
        "The war, from October 2001 to August 2021, cost the lives of about 2,450 U.S. service members. Counts differ: Biden cited 2,448 in July 2021, the Defense Department's casualty system counted 2,456 up to 30 August 2021, and some tallies reach 2,461. About 20,700 were wounded.",
      ),
      provenance: "article",
      articleParagraphs: [3, 4],
      sources: [
        {
          title: "Report on the last U.S. soldier to leave Afghanistan",
          publisher: "CBS News",
          url: "https://www.cbsnews.com/amp/news/afghanistan-troops-withdrawal-last-american-soldier-leave-chris-donahue/",
        },
        {
          title: "Last U.S. plane leaves Kabul airport",
          publisher: "ABC News (Australia)",
          url: "https://www.abc.net.au/news/2021-08-31/last-us-plane-leaves-kabul-airport-afghanistan-/100420330",
          date: "2021-08-31",
        },
        {
          title:
            "The Afghanistan war led to 2,456 U.S. military deaths and cost an estimated $2.3 trillion, per a Mark Foundation report",
          publisher: "PRWeb",
          url: "https://www.prweb.com/releases/The_Afghanistan_War_Led_to_2_456_US_Military_Deaths_and_Cost_an_Estimated_2_3_Trillion_Per_A_Mark_Foundation_Report/prweb18221420.htm",
        },
      ],
      related: [
        { id: "kabul-airlift", relation: "part-of" },
        { id: "biden-july-decision", relation: "see-also" },
      ],
      notes:
        "The article says the withdrawal “ended nearly two decades of military conflict” but drops the toll its CNN source gives, “almost 2,500” U.S. troops killed. The record puts it at about 2,450 (2,448 to 2,461 depending on the count).",
      tags: ["withdrawal", "kabul", "casualties"],
    },

    // 2022–2024: Americans detained, and other capitals engage the Taliban
    {
      id: "corbett-detained",
      title: "Ryan Corbett detained",
      start: "2022-08",
      precision: "month",
      track: "detainees",
      actors: ["ryan-corbett", "taliban"],
      summary:
        "The Taliban detained Ryan Corbett, an American businessman and aid worker who had lived in Afghanistan, while he was there on a business trip.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "Taliban release 2 Americans held captive; family praises God",
          publisher: "The Christian Post",
          url: "https://www.christianpost.com/news/taliban-release-2-americans-held-captive-family-praises-god.html",
        },
        {
          title: "Taliban frees two Americans in exchange for Afghan prisoner",
          publisher: "SOFX",
          url: "https://www.sofx.com/taliban-frees-two-americans-in-exchange-for-afghan-prisoner/",
        },
      ],
      related: [{ id: "corbett-mckenty-exchange", relation: "led-to" }],
      notes:
        "Most reports say August 2022 and one says July; no day is given consistently, so the date is shown to the month.",
      tags: ["detention", "corbett"],
    },
    {
      id: "habibi-detained",
      title: "Mahmood Habibi seized in Kabul",
      start: "2022-08-10",
      precision: "day",
      track: "detainees",
      actors: ["mahmood-habibi", "taliban"],
      summary:
        "Mahmood Shah Habibi, a naturalised American who once ran Afghanistan's civil aviation authority, was picked up in Kabul with about 29 co-workers from the telecom contractor Asia Consultancy Group (ARX), soon after the U.S. strike that killed al-Qaeda leader Ayman al-Zawahiri.",
      details:
        "Washington holds the Taliban's intelligence service responsible; the Taliban say they are not holding him. The State Department describes him as “unjustly” detained rather than using its formal label, “wrongfully” detained.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "How a CIA hit on al-Qaeda ensnared a U.S. citizen in Afghanistan",
          publisher: "Reuters via Malaya Business Insight",
          url: "https://malaya.com.ph/news/international-news/how-a-cia-hit-on-al-qaeda-ensnared-a-us-citizen-in-afghanistan",
        },
        {
          title: "Third American held by Taliban: family calls for immediate release, expressing concern",
          publisher: "Planet Chronicle",
          url: "https://planetchronicle.net/world/third-american-held-by-taliban-family-calls-for-immediate-release-expressing-concern",
        },
      ],
      related: [
        { id: "biden-swap-talks", relation: "see-also" },
        { id: "habibi-reward", relation: "led-to" },
      ],
      notes: "Who holds Habibi is disputed: the U.S. says Taliban intelligence, the Taliban deny it.",
      tags: ["detention", "habibi"],
    },
    {
      id: "glezmann-detained",
      title: "George Glezmann detained",
      start: "2022-12-05",
      precision: "day",
      track: "detainees",
      actors: ["george-glezmann", "taliban"],
      summary:
        "The Taliban's intelligence service arrested George Glezmann, an Atlanta man who worked as a mechanic for Delta Air Lines, while he was in Afghanistan as a tourist.",
      details: "Glezmann had reportedly been to more than 100 countries. His wife's name is Aleksandra.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "UPI report on the Taliban's release of George Glezmann",
          publisher: "UPI",
          url: "https://www.upi.com/Top_News/World-News/2025/03/20/afghanistan-Taliban-releases-America/8891742522114/",
          date: "2025-03-20",
        },
        {
          title: "Taliban releases American held for 2 years",
          publisher: "Newser (AP)",
          url: "https://www.newser.com/story/365975/taliban-releases-american-held-for-2-years.html",
        },
      ],
      related: [
        { id: "glezmann-released", relation: "led-to" },
        { id: "glezmann-wrongfully-detained", relation: "led-to" },
      ],
      notes:
        "The spelling “Glezmann” used by the article is correct and matches CNN, AP and the State Department; “Glezman”, “Gleisman” and other variants found elsewhere, and one outlet's “American Airlines mechanic”, are errors.",
      tags: ["detention", "glezmann"],
    },
    {
      id: "glezmann-wrongfully-detained",
      title: "U.S. declares Glezmann wrongfully detained",
      start: "2023-09",
      precision: "month",
      track: "detainees",
      actors: ["united-states", "antony-blinken", "george-glezmann"],
      summary: "The State Department, led by Antony Blinken, formally classified Glezmann as “wrongfully detained”.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "UPI report on the Taliban's release of George Glezmann",
          publisher: "UPI",
          url: "https://www.upi.com/Top_News/World-News/2025/03/20/afghanistan-Taliban-releases-America/8891742522114/",
          date: "2025-03-20",
        },
        {
          title: "Taliban releases American held for 2 years",
          publisher: "Newser (AP)",
          url: "https://www.newser.com/story/365975/taliban-releases-american-held-for-2-years.html",
        },
      ],
      related: [
        { id: "glezmann-detained", relation: "response-to" },
        { id: "biden-swap-talks", relation: "see-also" },
      ],
      notes:
        "UPI gives September 2023; AP says only “the following year”. No day is reported, so the date is shown to the month.",
      tags: ["glezmann", "wrongful detention"],
    },
    {
      id: "china-accepts-envoy",
      title: "China's Xi accepts a Taliban ambassador",
      start: "2024-01-30",
      precision: "day",
      track: "international",
      actors: ["china", "taliban"],
      summary:
        "President Xi Jinping received the credentials of the Taliban's envoy, Bilal Karimi, making China the first country to accept a Taliban ambassador at head-of-state level, though Beijing said this did not amount to recognition.",
      details: paragraphs(
        "Karimi, also known as Mawlawi Asadullah, reached Beijing on 24 November 2023; on 1 December 2023 he handed a copy of his credentials to Hong Lei, China's protocol chief. Xi received him at the Great Hall of the People in a ceremony with about 41 other new ambassadors.",
        "China described the step as a normal diplomatic arrangement.",
      ),
      provenance: "article",
      articleParagraphs: [8],
      sources: [
        {
          title: "Chinese president accepts credentials of Taliban-appointed ambassador",
          publisher: "Ghana News Agency (dpa)",
          url: "https://gna.org.gh/2024/01/chinese-president-accepts-credentials-of-taliban-appointed-ambassador/",
        },
        {
          title: "China's Xi receives credentials from interim Taliban administration's first envoy to Beijing",
          publisher: "The Nation (Pakistan)",
          url: "https://www.nation.com.pk/31-Jan-2024/china-s-xi-receives-credentials-from-interim-taliban-administration-s-first-envoy-to-beijing",
          date: "2024-01-31",
        },
        {
          title: "Chinese president accepts credentials from Taliban envoy",
          publisher: "Report.az (VOA)",
          url: "https://report.az/en/other-countries/chinese-president-accepts-credentials-from-taliban-envoy",
        },
      ],
      related: [
        { id: "uae-accepts-envoy", relation: "see-also" },
        { id: "russia-recognition", relation: "see-also" },
      ],
      notes: paragraphs(
        "The article says the Taliban “have established diplomatic relations with countries like China and the UAE”. That overstates it: China accepted an ambassador's credentials but did not formally recognise the Taliban government. When the article appeared, no country had; Russia was the first, on 3 July 2025.",
        "One outlet dates the ceremony 31 January 2024; the others say 30 January.",
      ),
      tags: ["china", "recognition", "ambassador"],
    },
    {
      id: "uae-accepts-envoy",
      title: "UAE accepts a Taliban ambassador",
      start: "2024-08-21",
      precision: "day",
      track: "international",
      actors: ["uae", "taliban"],
      summary:
        "The United Arab Emirates accepted the credentials of the Taliban's ambassador, Mawlawi Badruddin Haqqani, becoming the second country after China to take a Taliban envoy at ambassador level.",
      details:
        "Badruddin Haqqani, who is not related to Sirajuddin Haqqani, handed his credentials to Saif Abdulla Alshamsi, the UAE foreign ministry's assistant undersecretary for protocol.",
      provenance: "article",
      articleParagraphs: [8],
      sources: [
        {
          title: "AP report on the UAE accepting a Taliban ambassador",
          publisher: "AP via The Independent",
          url: "https://independent.co.uk/news/taliban-ap-afghanistan-islamabad-uae-b2599694.html",
        },
        {
          title: "UAE accepts credentials of Afghanistan's Taliban envoy",
          publisher: "The Siasat Daily (WAM)",
          url: "https://www.siasat.com/uae-accepts-credentials-of-afghanistans-taliban-envoy-3083076/",
        },
        {
          title: "Taliban appoint ambassador to UAE",
          publisher: "The News International (Reuters)",
          url: "https://www.thenews.com.pk/print/1222919-taliban-appoint-ambassador-to-uae",
        },
      ],
      related: [
        { id: "china-accepts-envoy", relation: "see-also" },
        { id: "russia-recognition", relation: "see-also" },
      ],
      notes:
        "The article says the Taliban “have established diplomatic relations with countries like China and the UAE”. Accepting an envoy's credentials is not formal recognition, and the UAE did not recognise the Taliban government; the first country to do so was Russia, on 3 July 2025.",
      tags: ["uae", "recognition", "ambassador"],
    },
    {
      id: "biden-swap-talks",
      title: "Biden-era offer of Muhammad Rahim falls short",
      start: "2024-11-14",
      end: "2025-01-12",
      precision: "day",
      track: "detainees",
      actors: [
        "united-states",
        "joe-biden",
        "roger-carstens",
        "taliban",
        "qatar",
        "ryan-corbett",
        "george-glezmann",
        "mahmood-habibi",
      ],
      summary:
        "The Biden administration offered to release Guantánamo detainee Muhammad Rahim al-Afghani in return for Corbett, Glezmann and Habibi, but the Taliban wanted Rahim and two more prisoners for Corbett and Glezmann alone.",
      details:
        "The U.S. made its offer on 14 November 2024, with the hostage envoy Roger Carstens involved and Qatar in the middle. On Sunday 12 January 2025 Biden told the families that no agreement had been reached. A different exchange, of Khan Mohammed for Corbett and McKenty, was settled days later and carried out on 21 January.",
      provenance: "article",
      articleParagraphs: [7],
      sources: [
        {
          title: "Biden, Taliban negotiate prisoner swap of bin Laden associate",
          publisher: "Israel Hayom (based on The Wall Street Journal)",
          url: "https://israelhayom.com/2025/01/07/biden-taliban-negotiate-prisoner-swap-of-bin-laden-associate",
          date: "2025-01-07",
        },
        {
          title: "U.S. negotiating Taliban prisoner swap to free Americans detained in Afghanistan",
          publisher: "The Khyber Mail",
          url: "https://www.thekhybermail.com/us-negotiating-taliban-prisoner-swap-to-free-americans-detained-in-afghanistan/",
        },
      ],
      related: [
        { id: "corbett-mckenty-exchange", relation: "see-also" },
        { id: "rubio-bounty-threat", relation: "see-also" },
      ],
      notes:
        "The article says earlier negotiations had “outlined the Taliban’s requests for prisoner releases and financial aid”. The prisoner part matches the record: in 2024 the Taliban asked for Muhammad Rahim and others. A request for financial aid could not be verified in the readable CNN text.",
      tags: ["prisoner swap", "guantanamo", "biden"],
    },

    // 2025: the Trump administration and the Taliban
    {
      id: "corbett-mckenty-exchange",
      title: "Corbett and McKenty freed in a swap for Khan Mohammed",
      start: "2025-01-21",
      precision: "day",
      track: "detainees",
      actors: [
        "ryan-corbett",
        "william-mckenty",
        "taliban",
        "qatar",
        "roger-carstens",
        "united-states",
        "joe-biden",
        "donald-trump",
      ],
      summary:
        "The Taliban released Americans Ryan Corbett and William McKenty in return for Khan Mohammed, an Afghan serving two life sentences in the U.S. The exchange, settled in the Biden administration's final hours, took place on Trump's first full day in office.",
      details: paragraphs(
        "Corbett had spent 894 days in custody. The second American's full name is William Wallace McKenty III.",
        "Khan Mohammed, from Nangarhar province and about 55 years old, was convicted in the U.S. in 2008 on narco-terrorism charges and was held in California. Roger Carstens, Biden's hostage envoy, escorted him; Qatar mediated.",
      ),
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "Washington Post report on the Americans freed in Afghanistan in a U.S. prisoner swap",
          publisher: "The Spokesman-Review (The Washington Post)",
          url: "https://www.spokesman.com/stories/2025/jan/21/americans-freed-in-afghanistan-us-prisoner-swap-ta/",
          date: "2025-01-21",
        },
        {
          title: "Taliban release 2 Americans held captive; family praises God",
          publisher: "The Christian Post (AP)",
          url: "https://www.christianpost.com/news/taliban-release-2-americans-held-captive-family-praises-god.html",
        },
        {
          title: "Taliban frees two Americans in exchange for Afghan prisoner",
          publisher: "SOFX",
          url: "https://www.sofx.com/taliban-frees-two-americans-in-exchange-for-afghan-prisoner/",
        },
      ],
      related: [
        { id: "corbett-detained", relation: "see-also" },
        { id: "biden-swap-talks", relation: "see-also" },
        { id: "rubio-bounty-threat", relation: "see-also" },
      ],
      notes:
        "The article does not name this swap. It says the Taliban accommodated U.S. interests by “timing the release of detainees to align with political narratives” (P6), a claim that could not be checked against CNN's own wording. The only case in the record that fits is this one: a swap agreed under Biden but completed on 21 January 2025, the first full day of Trump's second term.",
      tags: ["prisoner swap", "corbett", "mckenty"],
    },
    {
      id: "rubio-bounty-threat",
      title: "Rubio threatens “very big” bounties on Taliban leaders",
      start: "2025-01-25",
      precision: "day",
      track: "sanctions",
      actors: ["marco-rubio", "united-states", "taliban"],
      summary:
        "Secretary of State Marco Rubio wrote on X that if the Taliban were holding more Americans than had been reported, the U.S. would put a “VERY BIG bounty” on its leaders, possibly larger than the one once offered for Osama bin Laden.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "Rubio threatens bounties on Taliban leaders over detained Americans",
          publisher: "VOA",
          url: "https://voanews.com/amp/rubio-threatens-bounties-on-taliban-leaders-over-detained-americans/7950570.html",
        },
        {
          title: "Headline USA report on Rubio's bounty threat over Americans held by the Taliban",
          publisher: "Headline USA",
          url: "https://headlineusa.com/rubio-taliban-bounty-biden-hostages/",
        },
      ],
      related: [
        { id: "corbett-mckenty-exchange", relation: "see-also" },
        { id: "haqqani-rewards-removed", relation: "see-also" },
        { id: "designations-remain", relation: "see-also" },
      ],
      notes: paragraphs(
        "This threat dates from 25 January 2025. It is sometimes placed in March 2025, but no Rubio bounty threat from March was found.",
        "The article speaks of “official warnings regarding potential consequences should American prisoners remain unfreed” and presents them as showing that the U.S. kept its terrorist designations. The two are separate: the designations are legal listings, while the warnings were statements tied to Americans still held. CNN's passage on the warnings could not be read; the closest items on record are this post and a State Department reminder on 20 March that other Americans were still detained.",
      ),
      tags: ["bounty", "rubio", "hostages"],
    },
    {
      id: "exploratory-talks",
      title: "The Taliban and the Trump administration hold “exploratory” talks",
      start: "2025-01",
      end: "2025-04",
      precision: "month",
      track: "diplomacy",
      actors: ["taliban", "united-states", "donald-trump"],
      summary:
        "In the first months of Trump's second term, the Taliban worked harder to win favour in Washington, hoping to restore official ties. A U.S. official called the early contacts “exploratory” and said normal relations were not close.",
      details: paragraphs(
        "According to people familiar with the talks, as reported by CNN, the Taliban had been working harder to court Washington in the two months or so after Trump took office on 20 January 2025, aiming for recognition and a presence in the United States.",
        "The unnamed American official described the talks as fluid and spoke of “a path that's positive” that Washington would follow if the Taliban did, while adding that the U.S. “wouldn't rule out negative things” either. CNN noted that the Taliban was still designated a terrorist organisation by the U.S.",
      ),
      provenance: "article",
      articleParagraphs: [1, 2, 6, 7, 9, 10],
      sources: [
        CNN_REPORT,
        {
          title: "How far might a U.S.-Taliban engagement go?",
          publisher: "The Cipher Brief",
          url: "https://www.thecipherbrief.com/how-far-might-a-u-s-taliban-engagement-go",
        },
        {
          title: "Afghanistan International report on the Taliban's recognition request and the U.S. response",
          publisher: "Afghanistan International",
          url: "https://afintl.com/en/202504053154",
        },
      ],
      related: [
        { id: "recognition-request", relation: "see-also" },
        { id: "glezmann-released", relation: "see-also" },
        { id: "boehler-kabul-talks", relation: "see-also" },
      ],
      notes: paragraphs(
        "The range is shown to the month: CNN dates the push only loosely, from Trump's inauguration to its report of about 1–2 April 2025. The “exploratory” quotation comes from one source, CNN; other outlets quote CNN.",
        "The article's lines about a “transactional relationship” and a shared view on gradual normalisation could not be checked against CNN's text, of which only the first part was available.",
      ),
      tags: ["talks", "recognition", "normalisation"],
    },
    {
      id: "sharifullah-arrest",
      title: "Trump announces arrest of Abbey Gate suspect",
      start: "2025-03-04",
      precision: "day",
      track: "military",
      actors: ["donald-trump", "pakistan", "isis-k", "united-states"],
      summary:
        "In his address to Congress, Trump said Pakistan, working from CIA intelligence, had caught Mohammad Sharifullah, known as “Jafar”, an ISIS-K operative accused of a role in planning the Abbey Gate bombing.",
      details: "Sharifullah was flown to the United States the next day, 5 March, to face prosecution.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "2021 Kabul airport attack: Donald Trump praises Pakistan for arrest of alleged plotter",
          publisher: "WION",
          url: "https://www.wionews.com/world/2021-kabul-airport-attack-donald-trump-praises-pakistan-for-arrest-of-alleged-plotter-8794220",
        },
        {
          title: "The mastermind of the Abbey Gate bombing arrives in the U.S.",
          publisher: "Townhall",
          url: "https://townhall.com/tipsheet/katiepavlich/2025/03/05/the-mastermind-of-the-abbey-gate-bombing-arrives-in-the-us-n2653284",
          date: "2025-03-05",
        },
        {
          title: "Trump thanks Pakistan for arresting Abbey Gate bombing suspect Muhammed Sharifullah",
          publisher: "ETV Bharat",
          url: "https://www.etvbharat.com/en/!international/trump-thanks-pakistan-for-arresting-abbey-gate-bombing-suspect-muhammed-sharifullah-accused-being-extradited-to-us-enn25030501732",
        },
      ],
      related: [{ id: "abbey-gate-bombing", relation: "response-to" }],
      tags: ["isis-k", "abbey gate", "pakistan"],
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
        "After more than two years in Taliban custody, Glezmann was let go during a visit to Kabul by U.S. hostage envoy Adam Boehler and former envoy Zalmay Khalilzad, who negotiated his release with Qatar mediating.",
      details: paragraphs(
        "It was the first known trip to Kabul by U.S. officials since 2021; the delegation met Foreign Minister Amir Khan Muttaqi. Glezmann was flown to Doha and then home.",
        "The Taliban called the release humanitarian and a “goodwill gesture”. Khalilzad described it as a gesture towards President Trump and the American people. According to AP, no prisoner was handed over in exchange. Secretary of State Rubio, for his part, thanked Qatar for its help and welcomed the release as a “positive and constructive step”.",
        "Glezmann was the third American the Taliban freed in 2025, after Corbett and McKenty. Claims by partisan outlets that the U.S. “paid millions” for him come with no evidence and are unverified.",
      ),
      provenance: "article",
      articleParagraphs: [5, 10],
      sources: [
        {
          title: "UPI report on the Taliban's release of George Glezmann",
          publisher: "UPI",
          url: "https://www.upi.com/Top_News/World-News/2025/03/20/afghanistan-Taliban-releases-America/8891742522114/",
          date: "2025-03-20",
        },
        {
          title: "Taliban releases American",
          publisher: "Townhall",
          url: "https://townhall.com/tipsheet/leahbarkoukis/2025/03/21/taliban-releases-american-n2654209",
          date: "2025-03-21",
        },
        {
          title: "Taliban releases American held for 2 years",
          publisher: "Newser (AP)",
          url: "https://www.newser.com/story/365975/taliban-releases-american-held-for-2-years.html",
        },
      ],
      related: [
        { id: "glezmann-detained", relation: "see-also" },
        { id: "recognition-request", relation: "see-also" },
        { id: "haqqani-rewards-removed", relation: "see-also" },
      ],
      notes: paragraphs(
        "The article speaks of the Taliban “securing the release of American prisoner George Glezmann” as a goodwill gesture. In fact the Taliban's own intelligence service was holding him: the Taliban released him, in talks that Boehler and Khalilzad held with Qatar mediating.",
        "His age is given as 66 by AP, UPI and Afghanistan International, and as 65 in Rubio's statement as carried by BBC-based copies. One analyst dates the release to 21 March; most outlets say 20 March.",
      ),
      tags: ["release", "glezmann", "qatar"],
    },
    {
      id: "recognition-request",
      title: "Taliban ask for recognition and an office in the U.S.",
      start: "2025-03",
      precision: "month",
      track: "diplomacy",
      actors: ["taliban", "united-states", "adam-boehler", "zalmay-khalilzad"],
      summary:
        "In the March talks in Kabul, Taliban officials again pressed the U.S. to recognise their government and asked to open an office in the United States to look after the Afghan community there.",
      details:
        "According to two people who spoke to CNN, the Taliban side said the office would not have to be an embassy and might be sited outside Washington. The talks were those held around Glezmann's release on 20 March.",
      provenance: "article",
      articleParagraphs: [1, 3, 8],
      sources: [
        CNN_REPORT,
        {
          title: "Talibã busca reconhecimento diplomático em negociações com governo Trump",
          publisher: "CNN Brasil (copy at aquipodenews.com)",
          url: "https://aquipodenews.com/2025/04/02/taliba-busca-reconhecimento-diplomatico-em-negociacoes-com-governo-trump",
          date: "2025-04-02",
        },
      ],
      related: [
        { id: "exploratory-talks", relation: "part-of" },
        { id: "us-response-recognition", relation: "led-to" },
      ],
      notes: paragraphs(
        "The article's first paragraph (P1) says the Taliban proposed “the opening of a U.S. office”, which could be read as an American office in Afghanistan. The request was the other way round: a Taliban office inside the U.S., not necessarily an embassy and possibly outside Washington. The article's later line (P8) about “reopening an embassy in Washington” goes further than CNN's report; the National Security Council said nothing had been promised about that embassy.",
        "Shown to the month because CNN places the request in the March talks without a day. Only CNN reported it.",
      ),
      tags: ["recognition", "office", "embassy"],
    },
    {
      // Al Jazeera reported the removal on the 22nd, AP on the 23rd; the earlier report sets the date.
      id: "haqqani-rewards-removed",
      title: "U.S. removes rewards on three Haqqani leaders",
      start: "2025-03-22",
      precision: "day",
      track: "sanctions",
      actors: ["united-states", "haqqani-network", "sirajuddin-haqqani", "taliban"],
      summary:
        "The State Department's Rewards for Justice offers on Sirajuddin Haqqani ($10 million) and on Abdul Aziz and Yahya Haqqani ($5 million each), $20 million in all, were taken down; Washington gave no reason in public.",
      details: paragraphs(
        "Sirajuddin Haqqani is the Taliban's acting interior minister. The ministry's spokesman, Abdul Mateen Qani, announced the change, and the Taliban's Anas Haqqani welcomed it.",
        "The rewards had a long history. Sirajuddin was named a Specially Designated Global Terrorist on 11 March 2008, after admitting he planned the 14 January 2008 attack on Kabul's Serena Hotel, which killed six people including the American Thor David Hesla. The first offer, up to $5 million for him, came on 25 March 2009. On 20 August 2014 his reward went up to $10 million and new offers of up to $5 million each were made for four more men (Abdul Aziz Haqqani, Yahya Haqqani, Khalil al-Rahman Haqqani and Abdul Rauf Zakir), bringing the total to $30 million.",
        "Qani described the three men as two brothers and a paternal cousin; in 2014 VOA called Yahya Sirajuddin's brother-in-law.",
      ),
      provenance: "article",
      articleParagraphs: [5],
      sources: [
        {
          title: "U.S. lifts $10m reward for major Taliban leader Haqqani",
          publisher: "Al Jazeera (copy at dnyuz.com)",
          url: "https://dnyuz.com/2025/03/22/us-lifts-10m-reward-for-major-taliban-leader-haqqani",
          date: "2025-03-22",
        },
        {
          title: "Kabul: U.S. lifts bounties on senior Taliban officials including Sirajuddin Haqqani",
          publisher: "Asharq Al-Awsat (AP)",
          url: "https://english.aawsat.com/world/5124826-kabul-us-lifts-bounties-senior-taliban-officials-including-sirajuddin-haqqani?page=1",
        },
        {
          title: "Taliban claims U.S. has lifted $10 million bounty on Sirajuddin Haqqani",
          publisher: "KabulNow",
          url: "https://kabulnow.com/2025/03/taliban-claims-u-s-has-lifted-10-million-bounty-on-sirajuddin-haqqani/",
        },
      ],
      related: [
        { id: "glezmann-released", relation: "see-also" },
        { id: "designations-remain", relation: "see-also" },
        { id: "rubio-bounty-threat", relation: "see-also" },
      ],
      notes: paragraphs(
        "The article says the U.S. “reassessed” the bounties “in response” to the Taliban's goodwill gestures. The record: the rewards were removed, not reassessed, and Washington never confirmed any link to Glezmann's release or called it a quid pro quo.",
        "The first day is disputed: Al Jazeera reported the removal on Saturday 22 March 2025 and AP on Sunday 23 March. The FBI kept its own $10 million poster for Sirajuddin up for a few more days and took the reward down around 24–25 March.",
      ),
      tags: ["rewards", "haqqani", "bounty"],
    },
    {
      id: "designations-remain",
      title: "State Department: the terrorist designations stay",
      start: "2025-03-24",
      precision: "day",
      track: "sanctions",
      actors: ["united-states", "taliban", "haqqani-network", "sirajuddin-haqqani", "isis-k"],
      summary:
        "Asked about the lifted rewards, the State Department said no reward was on offer any more but that the three Haqqani leaders were still listed as global terrorists and the Haqqani Network as a foreign terrorist organisation.",
      details: paragraphs(
        "The Afghan Taliban itself has been a Specially Designated Global Terrorist (SDGT) entity since 2 July 2002, when Executive Order 13268 added it to the annex of Executive Order 13224; the first U.S. sanctions on the Taliban date from 1999. It is not on the State Department's list of Foreign Terrorist Organizations (FTOs). According to a State Department spokesperson quoted in 2017, a 2008 law also treats it as a terrorist organisation for immigration purposes.",
        "The Haqqani Network has been both an FTO and an SDGT since September 2012, after Congress required the State Department to decide whether it met the criteria. Sirajuddin, Abdul Aziz and Yahya Haqqani remain SDGTs, and many Taliban ministers are under UN sanctions as well.",
        "ISIS-K, the group behind the Abbey Gate bombing, has been an FTO since 14 January 2016. It is an enemy of the Taliban, not one of its affiliates. The Pakistani Taliban (TTP), a separate group, was listed as an FTO on 1 September 2010.",
      ),
      provenance: "article",
      articleParagraphs: [1, 7],
      sources: [
        {
          title: "Kabul: U.S. lifts bounties on senior Taliban officials including Sirajuddin Haqqani",
          publisher: "Asharq Al-Awsat (AP)",
          url: "https://english.aawsat.com/world/5124826-kabul-us-lifts-bounties-senior-taliban-officials-including-sirajuddin-haqqani?page=1",
        },
        {
          title: "Afghanistan International report on the removal of the Haqqani rewards",
          publisher: "Afghanistan International",
          url: "https://afintl.com/en/202503255697",
        },
        {
          title: "OFAC answer (FAQ 930) on the sanctions status of the Taliban and the Haqqani Network",
          publisher: "U.S. Treasury (OFAC)",
          url: "https://ofac.treasury.gov/faqs/930",
        },
        {
          title: "Text of Executive Order 13268 (2002), as released by the White House",
          publisher: "The White House (archived)",
          url: "https://georgewbush-whitehouse.archives.gov/news/releases/2002/07/print/text/20020703-3.html",
        },
        {
          title: "Haqqani network officially designated terrorists",
          publisher: "ABC News",
          url: "https://abcnews.go.com/Blotter/haqqani-network-officially-designated-terrorists/story?id=17181785",
        },
        {
          title: "State Department lists Islamic State's Khorasan Province as Foreign Terrorist Organization",
          publisher: "FDD's Long War Journal",
          url: "https://www.longwarjournal.org/archives/2016/01/state-department-lists-islamic-states-khorasan-province-as-foreign-terrorist-organization.php",
        },
      ],
      related: [
        { id: "haqqani-rewards-removed", relation: "response-to" },
        { id: "rubio-fto-review", relation: "see-also" },
        { id: "abbey-gate-bombing", relation: "see-also" },
      ],
      notes: paragraphs(
        "The article says the U.S. kept “the terrorist designations of several Taliban affiliates, as indicated by the official warnings” about Americans still held. That ties together two separate matters. The designations are formal legal listings (the Taliban as an SDGT but not an FTO, the Haqqani Network as an FTO, Haqqani leaders as SDGTs). The article's “official warnings” probably refers to an unnamed U.S. official's remark, reported by CNN, that “negative things” could not be ruled out; CNN's own passage on warnings about Americans still held could not be read, so this is not certain. Either way, the warnings do not show the designations, or the other way round. CNN describes the Taliban itself as still designated a terrorist organisation.",
        "The Haqqani Network's listing is dated to the month: on 7 September 2012 Secretary Clinton reported to Congress that it qualified, and it was formally listed later in September; the commonly given day, 19 September, could not be verified.",
      ),
      tags: ["designations", "sdgt", "fto"],
    },
    {
      id: "faye-hall-released",
      title: "Faye Hall released",
      start: "2025-03-27",
      precision: "day",
      track: "detainees",
      actors: ["faye-hall", "taliban", "qatar", "zalmay-khalilzad", "donald-trump"],
      summary:
        "Faye Dail Hall, an American held since February 2025 over the alleged unauthorised use of a drone, was freed with Qatar's help, the fourth American released by the Taliban that year.",
      details:
        "She had been detained together with a British couple, Peter and Barbie Reynolds. Khalilzad announced her release on 29 March, and Trump shared a video of her thanking him.",
      provenance: "context",
      articleParagraphs: [],
      sources: [
        {
          title: "American woman held in Afghanistan by the Taliban has been released, AP source says",
          publisher: "Japan Today (AP)",
          url: "https://japantoday.com/category/world/american-woman-held-in-afghanistan-by-the-taliban-has-been-released-ap-source-says",
        },
        {
          title: "NBC News report on Faye Hall's release",
          publisher: "NBC News (syndicated copy at daily8.com)",
          url: "https://www.daily8.com/en/article/aa961cb4ce36574278726e8fccfdbba5",
        },
      ],
      related: [{ id: "glezmann-released", relation: "see-also" }],
      notes: "Released on 27 March; the release was announced on 29 March.",
      tags: ["release", "qatar"],
    },

    // After the article (published 2025-04-03)
    {
      id: "us-response-recognition",
      title: "U.S.: no recognition, no embassy commitments",
      start: "2025-04",
      precision: "month",
      track: "diplomacy",
      actors: ["united-states", "taliban", "zabihullah-mujahid"],
      summary:
        "Days after the CNN report, the State Department said the U.S. recognised no one as Afghanistan's government and had no plan to reopen its embassy in Kabul, and the National Security Council said nothing had been promised about the Afghan embassy in Washington.",
      details:
        "The NSC spokesman was James Hewitt. In an interview with Al Arabiya, the Taliban's spokesman, Zabihullah Mujahid, had said the Taliban wanted control of Afghanistan's embassy in Washington.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "Afghanistan International report on the Taliban's recognition request and the U.S. response",
          publisher: "Afghanistan International",
          url: "https://afintl.com/en/202504053154",
        },
      ],
      related: [{ id: "recognition-request", relation: "response-to" }],
      notes:
        "Reported around 4–5 April 2025 by one source (Afghanistan International, citing the Washington Examiner); as the exact day is uncertain, the date is shown to the month.",
      tags: ["recognition", "embassy"],
    },
    {
      id: "russia-delisting",
      title: "Russia takes the Taliban off its banned list",
      start: "2025-04",
      precision: "month",
      track: "international",
      actors: ["russia", "taliban"],
      summary:
        "Russia removed the Taliban from its list of banned organisations, two to three months before it formally recognised the Taliban government.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "Report on Russia and the Taliban government",
          publisher: "majliseulamaehind.org",
          url: "https://majliseulamaehind.org/LatestNewsDetails.aspx?ID=392571",
        },
        {
          title: "Russia becomes first country to formally recognise Taliban rule in Afghanistan",
          publisher: "LatestLY (AP)",
          url: "https://www.latestly.com/agency-news/world-news-russia-becomes-first-country-to-formally-recognise-taliban-rule-in-afghanistan-6971737.html",
        },
      ],
      related: [{ id: "russia-recognition", relation: "see-also" }],
      notes:
        "The delisting rests on a single source and only its month is known; it is counted as coming after the article, which was published on 3 April 2025. The record gives the order of Russia's two steps, not a cause: it does not say the delisting brought about the recognition.",
      tags: ["russia", "recognition"],
    },
    {
      id: "rubio-fto-review",
      title: "Rubio: an FTO listing for the Taliban is under review",
      start: "2025-05-21",
      precision: "day",
      track: "sanctions",
      actors: ["marco-rubio", "united-states", "taliban"],
      summary:
        "Testifying to the House Foreign Affairs Committee, Rubio said the administration was reviewing whether to designate the Taliban a Foreign Terrorist Organization, a listing it had never had.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "Taliban foreign terrorist designation under review, Rubio says",
          publisher: "The National",
          url: "https://thenational-the-national-prod.web.arc-cdn.net/news/us/2025/05/21/taliban-foreign-terrorist-designation-under-review-rubio-says",
          date: "2025-05-21",
        },
      ],
      related: [{ id: "designations-remain", relation: "see-also" }],
      notes: "One source reports the remark.",
      tags: ["fto", "designations", "rubio"],
    },
    {
      id: "habibi-reward",
      title: "$5 million reward offered for information on Habibi",
      start: "2025-06",
      precision: "month",
      track: "detainees",
      actors: ["united-states", "mahmood-habibi", "taliban", "zabihullah-mujahid"],
      summary:
        "The State Department offered up to $5 million through Rewards for Justice for information about Mahmood Habibi, saying Taliban intelligence was behind his disappearance.",
      details:
        "In a statement on 3 July 2025, Taliban spokesman Zabihullah Mujahid denied that the Taliban had a role.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "Afghan Taliban deny role in U.S. citizen disappearance",
          publisher: "Economy Live",
          url: "https://economylive.org/afghan-taliban-deny-role-in-u-s-citizen-disappearance",
        },
        {
          title: "Afghanistan International report on the Habibi case and a blocked UN travel exemption for Muttaqi",
          publisher: "Afghanistan International",
          url: "https://www.afintl.com/en/202508056710",
        },
      ],
      related: [
        { id: "habibi-detained", relation: "response-to" },
        { id: "muttaqi-travel-blocked", relation: "see-also" },
      ],
      notes: "The offer is dated only to June 2025 in the sources consulted.",
      tags: ["habibi", "rewards"],
    },
    {
      id: "russia-recognition",
      title: "Russia formally recognises the Taliban government",
      start: "2025-07-03",
      precision: "day",
      track: "international",
      actors: ["russia", "taliban", "amir-khan-muttaqi"],
      summary:
        "No country had formally recognised the Taliban government until Russia did so, by accepting Gul Hassan Hassan as the Taliban's ambassador; Deputy Foreign Minister Andrey Rudenko received his credentials.",
      details: "Putin approved the step on the recommendation of Foreign Minister Sergei Lavrov.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "Russia becomes first country to formally recognise Taliban rule in Afghanistan",
          publisher: "LatestLY (AP)",
          url: "https://www.latestly.com/agency-news/world-news-russia-becomes-first-country-to-formally-recognise-taliban-rule-in-afghanistan-6971737.html",
        },
        {
          title: "Russia becomes first country to recognize Taliban government in Afghanistan",
          publisher: "LBCI (AFP)",
          url: "https://www.lbcgroup.tv/news/world-news/865308/russia-becomes-first-country-to-recognize-taliban-government-in-afghan/en",
        },
      ],
      related: [
        { id: "china-accepts-envoy", relation: "see-also" },
        { id: "uae-accepts-envoy", relation: "see-also" },
        { id: "russia-delisting", relation: "see-also" },
      ],
      tags: ["russia", "recognition"],
    },
    {
      id: "muttaqi-travel-blocked",
      title: "U.S. blocks a UN travel exemption for Muttaqi",
      start: "2025-08",
      precision: "month",
      track: "sanctions",
      actors: ["united-states", "amir-khan-muttaqi", "united-nations", "mahmood-habibi"],
      summary:
        "According to a U.S. official, Washington used the UN sanctions committee on the Taliban to block a travel exemption for Foreign Minister Amir Khan Muttaqi because of the Habibi case.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "Afghanistan International report on the Habibi case and a blocked UN travel exemption for Muttaqi",
          publisher: "Afghanistan International",
          url: "https://www.afintl.com/en/202508056710",
        },
      ],
      related: [
        { id: "habibi-reward", relation: "see-also" },
        { id: "habibi-detained", relation: "response-to" },
      ],
      notes:
        "One source, reported around 5–6 August 2025; the date is shown to the month. The committee is the UN Security Council's 1988 Sanctions Committee.",
      tags: ["un", "sanctions", "habibi"],
    },
    {
      id: "wrongful-detention-order",
      title: "Trump creates a “State Sponsor of Wrongful Detention” label",
      start: "2025-09-05",
      precision: "day",
      track: "detainees",
      actors: ["donald-trump", "marco-rubio", "united-states"],
      summary:
        "An executive order signed by Trump let the U.S. brand governments, including unrecognised authorities that control territory, as state sponsors of wrongful detention.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "ReadTrends report on Trump's executive order on wrongful detention",
          publisher: "ReadTrends",
          url: "https://readtrends.com/en/?p=1406",
        },
        {
          title: "Trump designates Afghanistan a state sponsor of wrongful detention",
          publisher: "CBS News",
          url: "https://www.cbsnews.com/news/trump-designates-afghanistan-state-sponsor-wrongful-detention/",
        },
      ],
      related: [{ id: "afghanistan-wrongful-detention-designation", relation: "led-to" }],
      notes:
        "Two sources place the order in September 2025 (CBS says only “in September”); the day, 5 September, comes from one source.",
      tags: ["wrongful detention", "executive order"],
    },
    {
      id: "boehler-kabul-talks",
      title: "Boehler and Khalilzad meet Taliban leaders in Kabul",
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
        "U.S. envoys Adam Boehler and Zalmay Khalilzad held talks in Kabul with Foreign Minister Muttaqi and Deputy Prime Minister Baradar; the Taliban said afterwards that Boehler had agreed to a prisoner exchange.",
      details:
        "One report places the meeting in the Arg presidential palace. According to the Taliban, the two sides also talked about relations and investment. Rubio would say only that Boehler had gone to “explore what's possible”.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "CBS News report on the Taliban's claim of a prisoner swap agreement with U.S. envoys",
          publisher: "CBS News",
          url: "https://www.cbsnews.com/news/taliban-us-envoys-prisoner-swap-agreement/",
        },
        {
          title: "Taliban claim an agreement is reached with U.S. envoys on a prisoner swap as they seek better ties",
          publisher: "Los Angeles Times (AP)",
          url: "https://www.latimes.com/world-nation/story/2025-09-13/taliban-claim-an-agreement-is-reached-with-us-envoys-on-a-prisoner-swap-as-they-seek-better-ties",
          date: "2025-09-13",
        },
        {
          title: "RFE/RL report on Boehler and Khalilzad's Kabul talks on prisoners and Habibi",
          publisher: "RFE/RL",
          url: "https://www.rferl.org/a/afghanistan-taliban-prisoners-boehler-habibi-khalilzad/33529680.html",
        },
      ],
      related: [
        { id: "exploratory-talks", relation: "see-also" },
        { id: "amiri-released", relation: "see-also" },
      ],
      notes: "The prisoner exchange is the Taliban's account; the U.S. did not confirm it.",
      tags: ["talks", "kabul", "prisoner swap"],
    },
    {
      id: "bagram-demand",
      title: "Trump demands Bagram back; the Taliban refuse",
      start: "2025-09-20",
      precision: "day",
      track: "military",
      actors: ["donald-trump", "taliban", "zabihullah-mujahid"],
      summary:
        "On Truth Social, Trump called for Bagram air base to be returned to the United States and warned of “bad things” if it was not; the Taliban rejected the demand.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "Didpress report on the Taliban's rejection of Trump's Bagram demand",
          publisher: "Didpress",
          url: "https://en.didpress.com/19790",
        },
        {
          title: "Taliban releases U.S. citizen after visit by envoy, source says",
          publisher: "The Star (Reuters)",
          url: "https://www.thestar.com.my/news/world/2025/09/29/taliban-releases-us-citizen-after-visit-by-envoy-source-says",
          date: "2025-09-29",
        },
      ],
      related: [{ id: "us-leaves-bagram", relation: "see-also" }],
      tags: ["bagram", "trump"],
    },
    {
      id: "amiri-released",
      title: "Amir Amiri freed after Boehler visit",
      start: "2025-09-28",
      precision: "day",
      track: "detainees",
      actors: ["amir-amiri", "adam-boehler", "qatar", "amir-khan-muttaqi", "taliban"],
      summary:
        "The Taliban released Amir Amiri, a 36-year-old American held since December 2024, after a visit to Kabul by Adam Boehler and with Qatar mediating. That made five Americans released by the Taliban in 2025.",
      details: "Sebastian Gorka was also present.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "Taliban releases U.S. citizen after visit by envoy, source says",
          publisher: "The Star (Reuters)",
          url: "https://www.thestar.com.my/news/world/2025/09/29/taliban-releases-us-citizen-after-visit-by-envoy-source-says",
          date: "2025-09-29",
        },
        {
          title: "Afghan Taliban frees U.S. citizen after Qatari mediation",
          publisher: "Shafaq News",
          url: "https://www.shafaq.com/en/Middle-East/Afghan-Taliban-frees-US-citizen-after-Qatari-mediation",
        },
      ],
      related: [
        { id: "boehler-kabul-talks", relation: "see-also" },
        { id: "glezmann-released", relation: "see-also" },
      ],
      notes: "His surname is also spelled Amiry.",
      tags: ["release", "qatar"],
    },
    {
      id: "afghanistan-wrongful-detention-designation",
      title: "Afghanistan named a State Sponsor of Wrongful Detention",
      start: "2026-03-09",
      precision: "day",
      track: "detainees",
      actors: ["united-states", "marco-rubio", "adam-boehler", "taliban", "mahmood-habibi"],
      summary:
        "The U.S. designated Afghanistan under the new wrongful-detention label, and Rubio demanded that the Taliban free Dennis Coyle, Mahmood Habibi and every other American held there.",
      details: "Iran had been the first country given the designation, on 27 February 2026.",
      provenance: "after-article",
      articleParagraphs: [],
      sources: [
        {
          title: "Trump designates Afghanistan a state sponsor of wrongful detention",
          publisher: "CBS News",
          url: "https://www.cbsnews.com/news/trump-designates-afghanistan-state-sponsor-wrongful-detention/",
        },
        {
          title: "U.S. designates Afghanistan as state sponsor of wrongful detention",
          publisher: "ARY News",
          url: "https://arynews.tv/us-designates-afghanistan-as-state-sponsor-of-wrongful-detention",
        },
        {
          title: "Afghanistan designated as a state sponsor of wrongful detention",
          publisher: "MENAFN",
          url: "https://menafn.com/1110839377/Afghanistan-Designated-As-A-State-Sponsor-Of-Wrongful-Detention",
        },
      ],
      related: [
        { id: "wrongful-detention-order", relation: "see-also" },
        { id: "habibi-detained", relation: "see-also" },
      ],
      notes:
        "Most reports date it to Monday 9 March 2026, the day the U.S. marks as National Hostage and Wrongful Detainee Day. One outlet says it was a Tuesday.",
      tags: ["wrongful detention", "designation"],
    },
  ],
};
