import type { Dataset } from "../domain/schema";
import { usTalibanRelationsHeading } from "./us-taliban-relations-heading";
import { withdrawalEvents, withdrawalSpeakers } from "./us-taliban-relations/events-2020-2021";
import { talibanRuleEvents, talibanRuleSpeakers } from "./us-taliban-relations/events-2021-2022";
import { laterBidenEvents, laterBidenSpeakers } from "./us-taliban-relations/events-2023-2024";
import { secondTermEvents, secondTermSpeakers } from "./us-taliban-relations/events-2025-2026";
import { lessons } from "./us-taliban-relations/lessons";
import { claims } from "./us-taliban-relations/claims";
import { es } from "./us-taliban-relations/translations/es";
import { fa } from "./us-taliban-relations/translations/fa";
import { ps } from "./us-taliban-relations/translations/ps";

/**
 * The default dataset. Its events live in three modules by era; the rules they follow (first-rank sources,
 * the article's own words, every side heard, one provenance rule) are checked by
 * us-taliban-relations.test.ts against the publisher registry and the article itself.
 */
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
      description: "The U.S. troop withdrawal, the fall of Kabul, the airlift, and U.S. strikes and bases since.",
    },
    {
      id: "detainees",
      label: "Detainees and hostages",
      description: "Americans held in Afghanistan, the bargaining over them and their release.",
    },
    {
      id: "sanctions",
      label: "Sanctions and designations",
      description:
        "Terrorist designations, rewards for information, Afghanistan's frozen central-bank reserves and other U.S. pressure.",
    },
    {
      id: "international",
      label: "International recognition",
      description: "How other governments, from China to Russia, have dealt with the Taliban's government.",
    },
    {
      id: "rights",
      label: "Rights and people",
      description:
        "Women's and girls' schooling and work, civilians killed, and Afghans who fled: refugees and Afghans in the United States.",
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
    { id: "christopher-miller", label: "Christopher Miller", kind: "person" },
    { id: "abdullah-abdullah", label: "Abdullah Abdullah", kind: "person" },
    { id: "human-rights-watch", label: "Human Rights Watch", kind: "organisation" },
    { id: "lloyd-austin", label: "Lloyd Austin", kind: "person" },
    { id: "ross-wilson", label: "Ross Wilson", kind: "person" },
    { id: "mohammad-sharifullah", label: "Mohammad Sharifullah (“Jafar”)", kind: "person" },
    {
      id: "ahmadi-family",
      label: "Family of Zemari Ahmadi (victims of the 29 August 2021 drone strike)",
      kind: "group",
    },
    { id: "amnesty-international", label: "Amnesty International", kind: "organisation" },
    { id: "abbey-gate-families", label: "Families of U.S. service members killed at Abbey Gate", kind: "group" },
    { id: "mohammad-hassan-akhund", label: "Mohammad Hassan Akhund", kind: "person" },
    { id: "suhail-shaheen", label: "Suhail Shaheen", kind: "person" },
    { id: "hamid-karzai", label: "Hamid Karzai (former Afghan president)", kind: "person" },
    {
      id: "ajmal-ahmady",
      label: "Ajmal Ahmady (former acting governor of Afghanistan's central bank)",
      kind: "person",
    },
    { id: "mohammed-bin-abdulrahman-al-thani", label: "Mohammed bin Abdulrahman Al Thani", kind: "person" },
    { id: "da-afghanistan-bank", label: "Da Afghanistan Bank (Afghanistan's central bank)", kind: "organisation" },
    { id: "switzerland", label: "Switzerland", kind: "state" },
    { id: "afghan-women-activists", label: "Afghan women's rights activists", kind: "group" },
    { id: "afghan-civil-society", label: "Afghan civil society", kind: "group" },
    { id: "september-11-families", label: "Families of 9/11 victims", kind: "group" },
    { id: "hias", label: "HIAS (U.S. refugee resettlement agency)", kind: "organisation" },
    { id: "unama", label: "UN Assistance Mission in Afghanistan (UNAMA)", kind: "organisation" },
    {
      id: "un-human-rights",
      label: "UN human rights office (High Commissioner for Human Rights)",
      kind: "organisation",
    },
    { id: "icc", label: "International Criminal Court", kind: "organisation" },
    { id: "haibatullah-akhundzada", label: "Haibatullah Akhundzada", kind: "person" },
    { id: "richard-bennett", label: "Richard Bennett (UN special rapporteur on Afghanistan)", kind: "person" },
    { id: "roza-otunbayeva", label: "Roza Otunbayeva", kind: "person" },
    { id: "aid-groups", label: "International aid groups (Save the Children, NRC, CARE, IRC)", kind: "group" },
    { id: "ayman-al-zawahiri", label: "Ayman al-Zawahiri", kind: "person" },
    { id: "al-qaeda", label: "Al-Qaeda", kind: "group" },
    { id: "mark-frerichs", label: "Mark Frerichs", kind: "person" },
    { id: "bashir-noorzai", label: "Bashir Noorzai", kind: "person" },
    { id: "khan-mohammed", label: "Khan Mohammed", kind: "person" },
    { id: "muhammad-rahim-al-afghani", label: "Muhammad Rahim al-Afghani", kind: "person" },
    { id: "afghans-in-the-us", label: "Afghans in the United States", kind: "group" },
    { id: "afghanevac", label: "#AfghanEvac coalition", kind: "organisation" },
    { id: "kristi-noem", label: "Kristi Noem", kind: "person" },
    { id: "unhcr", label: "UNHCR (UN Refugee Agency)", kind: "organisation" },
    { id: "afghan-women", label: "Afghan women and girls", kind: "group" },
    // The speakers each era's events add (named activists, officials, evacuees), with their voices.
    ...[...withdrawalSpeakers, ...talibanRuleSpeakers, ...laterBidenSpeakers, ...secondTermSpeakers].map(
      (speaker) => speaker.actor,
    ),
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
  events: [...withdrawalEvents, ...talibanRuleEvents, ...laterBidenEvents, ...secondTermEvents],
  lessons,
  claims,
  // The reading layer in Spanish, Dari and Pashto: titles, short titles, summaries, labels, lessons and the
  // claims' explanations, read back into English by a second translator and checked against the English.
  translations: { es, fa, ps },
};
