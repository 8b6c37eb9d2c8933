import type { Actor } from "../../domain/schema";

/**
 * Whose voice a speaker is, for the balance the dataset keeps (us-taliban-relations.test.ts counts them):
 * - "us-government": the U.S. administration of the day, its officials and agencies;
 * - "us-critic": Americans who criticised the withdrawal or later policy from outside the administration
 *   (members of Congress of either party, the Special Inspector General, veterans' and families' voices);
 * - "taliban": the Taliban movement and the officials of its government;
 * - "afghan-civil-society": Afghan women and Afghan civil society in their own right: activists, teachers,
 *   students, journalists and rights organisations led by Afghans;
 * - "afghan-evacuee": Afghan evacuees, interpreters and refugees speaking for themselves;
 * - "former-republic": officials of the Western-backed Islamic Republic;
 * - "qatar": the mediator;
 * - "advocacy": U.S. advocacy and resettlement groups speaking for others (#AfghanEvac, HIAS);
 * - "international": the UN, other governments, international rights and aid groups, courts.
 */
export type Voice =
  | "us-government"
  | "us-critic"
  | "taliban"
  | "afghan-civil-society"
  | "afghan-evacuee"
  | "former-republic"
  | "qatar"
  | "advocacy"
  | "international";

/** An actor added with the voice it speaks in. */
export interface Speaker {
  actor: Actor;
  voice: Voice;
}

/**
 * Groups that nobody speaks for as a whole: a perspective quoting words must name the person who said
 * them (an activist by name, one family member), never the whole group. A group that issues statements
 * of its own (the Taliban movement, ISIS-K) is not listed here.
 */
export const COLLECTIVES: readonly string[] = [
  "afghan-women",
  "afghan-women-activists",
  "afghan-civil-society",
  "afghans-in-the-us",
  "abbey-gate-families",
  "september-11-families",
  "ahmadi-family",
  "aid-groups",
];

/** The voice of each actor the dataset declared before the speakers each era's module adds. */
export const CORE_VOICES: Record<string, Voice> = {
  "united-states": "us-government",
  "donald-trump": "us-government",
  "joe-biden": "us-government",
  "mike-pompeo": "us-government",
  "antony-blinken": "us-government",
  "marco-rubio": "us-government",
  "zalmay-khalilzad": "us-government",
  "adam-boehler": "us-government",
  "roger-carstens": "us-government",
  "kenneth-mckenzie": "us-government",
  "chris-donahue": "us-government",
  "christopher-miller": "us-government",
  "lloyd-austin": "us-government",
  "ross-wilson": "us-government",
  "kristi-noem": "us-government",
  taliban: "taliban",
  "abdul-ghani-baradar": "taliban",
  "amir-khan-muttaqi": "taliban",
  "sirajuddin-haqqani": "taliban",
  "zabihullah-mujahid": "taliban",
  "mohammad-hassan-akhund": "taliban",
  "suhail-shaheen": "taliban",
  "haibatullah-akhundzada": "taliban",
  "afghan-republic": "former-republic",
  "ashraf-ghani": "former-republic",
  "abdullah-abdullah": "former-republic",
  "hamid-karzai": "former-republic",
  "ajmal-ahmady": "former-republic",
  qatar: "qatar",
  "mohammed-bin-abdulrahman-al-thani": "qatar",
  "afghan-women-activists": "afghan-civil-society",
  "afghan-civil-society": "afghan-civil-society",
  "afghan-women": "afghan-civil-society",
  "afghans-in-the-us": "afghan-evacuee",
  "abbey-gate-families": "us-critic",
  "september-11-families": "us-critic",
  "ahmadi-family": "afghan-civil-society",
  afghanevac: "advocacy",
  hias: "advocacy",
  "united-nations": "international",
  unama: "international",
  "un-human-rights": "international",
  unhcr: "international",
  "richard-bennett": "international",
  "roza-otunbayeva": "international",
  "human-rights-watch": "international",
  "amnesty-international": "international",
  "aid-groups": "international",
  icc: "international",
  nato: "international",
  china: "international",
  russia: "international",
  uae: "international",
  pakistan: "international",
  switzerland: "international",
  "isis-k": "international",
};
