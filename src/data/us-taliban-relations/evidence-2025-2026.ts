import type { QuoteEvidence } from "./evidence";

/** Evidence for the quotations in events-2025-2026.ts (see evidence.ts). */
export const evidence: QuoteEvidence[] = [
  {
    event: "refugee-admissions-suspended",
    actor: "donald-trump",
    excerpt:
      "The United States lacks the ability to absorb large numbers of migrants, and in particular, refugees, into its communities in a manner that does not compromise the availability of resources for Americans, that protects their safety and security, and that ensures the appropriate assimilation of refugees. This order suspends the USRAP until such time as the further entry into the United States of refugees aligns with the interests of the United States.",
    url: "https://regulations.justia.com/regulations/fedreg/2025/01/30/2025-02011.html",
  },
  {
    event: "refugee-admissions-suspended",
    actor: "afghanevac",
    excerpt:
      'Shawn VanDiver, a veteran of the Afghan war and a member of an organisation supporting the evacuation of Afghans, told the news agency, "Afghans and advocates are panicking,\u201d said VanDiver. \u201cI\u2019ve had to recharge my phone four times already today because so many are calling me.',
    url: "https://afintl.com/en/202501218724",
  },
  {
    event: "refugee-admissions-suspended",
    actor: "afghanevac",
    excerpt:
      '"It feels a lot like August 2021 where nobody knows what\'s happening," VanDiver told KPBS Wednesday. "Veterans, advocates (and) Afghans are all freaking out, worried about the people that they love."',
    url: "https://kpbs.org/news/military/2025/01/22/trump-cancels-flights-for-afghan-refugees-approved-to-come-to-us",
  },
  {
    event: "refugee-admissions-suspended",
    actor: "hadisa-bibi",
    excerpt:
      '"Prior to restrictions on women\'s education in Afghanistan, I was a university student," she said. "Given the risks I face as a women\'s rights advocate, I was hoping for a swift resettlement to the United States.',
    url: "https://daytondailynews.com/nation-world/afghans-fleeing-taliban-urge-trump-to-lift-refugee-program-suspension/4657VJ46OFFJNDRQM5OHFVSZ44/?outputType=amp",
  },
  {
    event: "refugee-admissions-suspended",
    actor: "unhcr",
    excerpt:
      '"Refugee resettlement is a life-saving measure for those most at risk, including survivors of violence or torture, women and children at risk, and individuals with legal or physical protection needs," it noted in an email to AFP.',
    url: "https://tag24.com/politics/refugees/un-says-refugee-resettlement-is-life-saving-after-trump-halts-arrivals-3353666",
  },
  {
    event: "amiri-released",
    actor: "marco-rubio",
    excerpt:
      "Today we welcome home Amir Amiry, an American who was wrongfully detained in Afghanistan. I want to thank Qatar for helping secure his freedom. @POTUS has made it clear we will not stop until every American unjustly detained abroad is back home. — Secretary Marco Rubio (@SecRubio) September 28, 2025",
    url: "https://www.shafaq.com/en/Middle-East/Afghan-Taliban-frees-US-citizen-after-Qatari-mediation",
  },
  {
    event: "amiri-released",
    actor: "amir-khan-muttaqi",
    excerpt:
      "Muttaqi was quoted as saying, \u201cThe Afghan government does not view the issues of its citizens from a political angle and makes it clear that ways can be found to resolve the issues through diplomacy.\u201d",
    url: "https://www.dawn.com/news/1945278/us-citizen-released-from-kabuls-custody-afghan-foreign-ministry",
  },
  {
    event: "corbett-mckenty-exchange",
    actor: "taliban",
    excerpt:
      "\u201cThe Islamic Emirate looks positively at the actions of the United States of America that help the normalization and development of relations between the two countries,\u201d the statement said.",
    url: "https://www.hurriyetdailynews.com/taliban-announce-release-of-two-americans-in-prisoner-exchange-204919",
  },
  {
    event: "rubio-bounty-threat",
    actor: "marco-rubio",
    excerpt:
      "\u201cJust hearing the Taliban is holding more American hostages than has been reported,\u201d Rubio wrote on social media platform X. \u201cIf this is true, we will have to immediately place a VERY BIG bounty on their top leaders, maybe even bigger than the one we had on Bin Laden.\u201d",
    url: "https://radarafrica.com/world/us-may-impose-very-big-bounty-on-taliban-leaders-rubio-says/",
  },
  {
    event: "exploratory-talks",
    actor: "united-states",
    excerpt:
      "One official told CNN that \u201cthere is a path that's positive, and if they walk that path, we walk that path.\"",
    url: "https://www.thecipherbrief.com/how-far-might-a-u-s-taliban-engagement-go",
  },
  {
    event: "exploratory-talks",
    actor: "taliban",
    excerpt:
      "The government hopes the future Trump administration \u201cwill take realistic steps toward concrete progress in relations between the two countries and both nations will be able to open a new chapter of relations\u201d, foreign ministry spokesman Abdul Qahar Balkhi said in a post on X.",
    url: "https://www.nation.com.pk/07-Nov-2024/afghanistan-taliban-govt-hopes-for-new-chapter-with-trump-election-win",
  },
  {
    event: "russia-recognition",
    actor: "russia",
    excerpt:
      "In a statement, the Russian Foreign Ministry said, \u201cWe believe that formal recognition of the government of the Islamic Emirate of Afghanistan will provide momentum for the development of fruitful bilateral cooperation between our two countries in various fields.\u201d",
    url: "https://www.lbcgroup.tv/news/world-news/865308/russia-becomes-first-country-to-recognize-taliban-government-in-afghan/en",
  },
  {
    event: "russia-recognition",
    actor: "amir-khan-muttaqi",
    excerpt:
      "Muttaqi described the reported recognition as \u201ca major milestone in the history of our relations,\u201d adding that \u201cthis acknowledgment will serve as a model for other countries to follow.\u201d",
    url: "https://amu.tv/184344/",
  },
  {
    event: "russia-recognition",
    actor: "richard-bennett",
    excerpt:
      "\u201cDisappointed by Russia\u2019s recognition that sets a dangerous precedent, emboldening regimes in Afghanistan and beyond that violate human rights with impunity,\u201d he wrote.",
    url: "https://kabulnow.com/2025/07/un-rapporteur-russias-taliban-recognition-emboldens-rights-abusing-regimes/",
  },
  {
    event: "russia-recognition",
    actor: "fawzia-koofi",
    excerpt:
      "Fawzia Koofi, a former member of Parliament and prominent women\u2019s rights advocate, said any attempt by foreign governments to normalize ties with the Taliban would only deepen impunity. \u201cSuch steps not only endanger the lives of Afghans but also global security,\u201d she said. \u201cIf we fail to learn from history, history will teach us with a heavy price.\u201d",
    url: "https://amu.tv/184415/",
  },
  {
    event: "recognition-request",
    actor: "zabihullah-mujahid",
    excerpt:
      "The spokesman added: \u201cWe also want the US embassy in Kabul to resume its activities so that relations and understanding between the two countries can be established, and they can reach a trustworthy level of cooperation through diplomacy that ensures the interests of both nations.\u201d",
    url: "https://thefrontierpost.com/discussions-about-reopening-us-embassy-in-kabul-ongoing-mujahid/",
  },
  {
    event: "recognition-request",
    actor: "moeen-gul-samkanai",
    excerpt:
      "\u201cHalf of the Doha Agreement has been implemented, but the other half, which is intra-Afghan talks, has not yet been carried out. This process must be worked on. In my opinion, if that happens, it will be easier for us to establish relations with the US and other countries,\u201d said Moeen Gul Samkanai, a political analyst.",
    url: "https://thefrontierpost.com/discussions-about-reopening-us-embassy-in-kabul-ongoing-mujahid/",
  },
  {
    event: "glezmann-released",
    actor: "marco-rubio",
    excerpt:
      "\u201cGeorge\u2019s release is a positive and constructive step. It is also a reminder that other Americans are still detained in Afghanistan. President Trump will continue his tireless work to free ALL Americans unjustly detained around the world,\u201d Rubio said.",
    url: "https://mb.com.ph/2025/3/20/american-man-held-by-the-taliban-for-more-than-2-years-has-been-released-the-state-department-says",
  },
  {
    event: "glezmann-released",
    actor: "taliban",
    excerpt:
      "\u201cDuring this meeting, discussions were held on Afghanistan-U.S. bilateral relations, the release of prisoners, and the provision of consular services to Afghans in the United States,\u201d the statement said.",
    url: "https://www.fbcnews.com.fj/world/american-citizen-glezmann-freed-by-taliban-returning-to-us/",
  },
  {
    event: "recognition-request",
    actor: "taliban",
    excerpt:
      "\u201cDuring this meeting, discussions were held on Afghanistan-U.S. bilateral relations, the release of prisoners, and the provision of consular services to Afghans in the United States,\u201d the statement said.",
    url: "https://www.fbcnews.com.fj/world/american-citizen-glezmann-freed-by-taliban-returning-to-us/",
  },
  {
    event: "glezmann-released",
    actor: "zalmay-khalilzad",
    excerpt:
      "\u201cThe Taliban government agreed to free him as a goodwill gesture to @POTUS and the American people,\u201d Khalilzad said of Glezmann in a post on X.",
    url: "https://bachakhan.com/american-detained-by-the-taliban-in-afghanistan-has-been-released/",
  },
  {
    event: "haqqani-rewards-removed",
    actor: "zakir-jalaly",
    excerpt:
      "\u201cThe recent developments in Afghanistan-U.S. relations are a good example of the pragmatic and realistic engagement between the two governments,\u201d said Jalaly.",
    url: "https://wbhm.org/npr-story/the-u-s-lifts-bounties-on-senior-taliban-officials-says-kabul",
  },
  {
    event: "haqqani-rewards-removed",
    actor: "united-states",
    excerpt:
      '"It is the policy of the United States to consistently review and refine Rewards for Justice reward offers," a State Department spokesperson told AFP on Wednesday.',
    url: "https://english.aawsat.com/world/5126255-us-drops-bounties-top-afghan-taliban-officials",
  },
  {
    event: "designations-remain",
    actor: "united-states",
    excerpt:
      'The US State Department said that "the three persons named remain designated as Specially Designated Global Terrorists (SDGTs), and the Haqqani Network remains designated as a Foreign Terrorist Organization and a SDGT".',
    url: "https://english.aawsat.com/world/5126255-us-drops-bounties-top-afghan-taliban-officials",
  },
  {
    event: "faye-hall-released",
    actor: "zalmay-khalilzad",
    excerpt:
      '"American citizen Faye Hall, just released by the Taliban, is now in the care of our friends, the Qataris in Kabul, and will soon be on her way home," Khalilzad posted on X.',
    url: "https://www.jpost.com/international/article-848075",
  },
  {
    event: "us-response-recognition",
    actor: "united-states",
    excerpt:
      "\u201cThe United States does not recognize any entity as the government of Afghanistan and therefore has no plans to allow for the reopening of its embassy,\u201d a State Department spokesperson said.",
    url: "https://thefrontierpost.com/us-has-no-plans-for-reopening-of-its-embassy-in-kabul/",
  },
  {
    event: "icc-warrants",
    actor: "shaharzad-akbar",
    excerpt:
      "Shaharzad Akbar, the head of Ravandari, echoed this sentiment, calling the announcement a significant milestone. \u201cAfter decades of injustice, this is an important step toward justice. Congratulations to the people of Afghanistan, to the women of Afghanistan, and to the victims,\u201d she said.",
    url: "https://amu.tv/152948",
  },
  {
    event: "icc-warrants",
    actor: "zabihullah-mujahid",
    excerpt:
      "\u201cSuch nonsense announcements won\u2019t affect the strong commitment and dedication to sharia (Islamic law)\u201d of Taliban authorities, spokesperson Zabihullah Mujahid said in a statement on Tuesday, adding that the Taliban government does not recognise the court.",
    url: "https://trt.global/world/article/ecb6d7290101",
  },
  {
    event: "icc-warrants",
    actor: "human-rights-watch",
    excerpt:
      "Liz Evenson, HRW\u2019s director for international justice, said the warrants send an important signal that \u201crepressive actions\u201d will not go unpunished. \u201cThe international community should back the ICC in its critical work in Afghanistan and globally,\u201d she added.",
    url: "https://www.afintl.com/en/202507091113",
  },
  {
    event: "sharifullah-arrest",
    actor: "donald-trump",
    excerpt:
      "Perhaps, the most embarrassing moment in the history of our country. Tonight, I am pleased to announce that we have just apprehended the top terrorist responsible for that atrocity and he is right now on his way here to face the swift sword of American justice,\u201d Trump said.",
    url: "https://www.rediff.com/news/report/why-did-trump-thank-pakistan/20250305.htm",
  },
  {
    event: "sharifullah-arrest",
    actor: "donald-trump",
    excerpt:
      "\u201cI want to thank especially the government of Pakistan for helping us arrest this monster. This was a very momentous day for those 13 families who I actually got to know very well, most of them whose children were murdered and the many people that were so badly, over 42 people, so badly injured on that fateful day in Afghanistan. What a horrible day,\u201d he added.",
    url: "https://www.rediff.com/news/report/why-did-trump-thank-pakistan/20250305.htm",
  },
  {
    event: "russia-delisting",
    actor: "zamir-kabulov",
    excerpt:
      '"This decision removes legal obstacles on the way of establishing full-fledged political and economic relations between Moscow and Kabul," the diplomat said. "We will have to work with the Afghans in the interests of full normalization of bilateral relations," he emphasized.',
    url: "https://tass.com/politics/1945243",
  },
  {
    event: "tps-ended",
    actor: "kristi-noem",
    excerpt:
      "\u201cWe\u2019ve reviewed the conditions in Afghanistan with our interagency partners, and they do not meet the requirements for a TPS designation,\u201d Noem said. \u201cAfghanistan has had an improved security situation, and its stabilizing economy no longer prevent them from returning to their home country.\u201d",
    url: "https://afghanistanpeacecampaign.org/?p=17341",
  },
  {
    event: "tps-ended",
    actor: "afghanevac",
    excerpt:
      "\u201cThis decision isn\u2019t rooted in reality; it\u2019s rooted in politics,\u201d said Shawn VanDiver, head of AfghanEvac, in a statement released Tuesday.",
    url: "https://amu.tv/173670",
  },
  {
    event: "tps-ended",
    actor: "z-afghan-nurse-tps",
    excerpt:
      "Z., a nurse's assistant, had just finished her hospital shift and was on her way home when she saw the message. It sent chills down her spine. \"I couldn't sleep. I was scared. [I thought], what should I do?\" she told NPR.",
    url: "https://www.nepm.org/national-world-news/2025-06-12/despite-ongoing-taliban-threats-the-u-s-is-ending-some-protections-for-afghans",
  },
  {
    event: "travel-ban",
    actor: "united-states",
    excerpt:
      "Here is what the proclamation of June 4 said: \u201cThe Taliban, a Specially Designated Global Terrorist (SDGT) group, controls Afghanistan. Afghanistan lacks a competent or cooperative central authority for issuing passports or civil documents and it does not have appropriate screening and vetting measures.",
    url: "https://www.workingimmigrants.com/2025/06/the-new-country-bans/",
  },
  {
    event: "travel-ban",
    actor: "mehria-afghan-refugee-applicant",
    excerpt:
      "\u201cWe gave up thousands of hopes and our entire lives and came here on a promise from America, but today we are suffering one hell after another,\u201d she told AFP.",
    url: "https://www.arabnews.pk/node/2603626",
  },
  {
    event: "refugee-admissions-suspended",
    actor: "afghan-usrap-refugees",
    excerpt:
      "\u201cMany of us risked our lives to support the U.S. mission as interpreters, contractors, human rights defenders, and allies,\u201d an advocacy group called Afghan USRAP Refugees \u2014 named after the U.S. refugee program \u2014 said in an open letter to Trump, members of Congress and human rights defenders.",
    url: "https://daytondailynews.com/nation-world/afghans-fleeing-taliban-urge-trump-to-lift-refugee-program-suspension/4657VJ46OFFJNDRQM5OHFVSZ44/?outputType=amp",
  },
  {
    event: "rubio-fto-review",
    actor: "marco-rubio",
    excerpt:
      "\u201cA Taliban-controlled Afghanistan poses a direct threat to our national security interests as well as our allies and partners both in the Middle East and in Central Asia. The Biden Administration\u2019s botched military withdrawal from Afghanistan has left the nation as a safe haven for anti-American terrorists. Designating the Taliban as an FTO is the next logical step. \u201d \u2013 Senator Rubio",
    url: "https://rubio.senate.gov/rubio-colleagues-reintroduce-bill-to-designate-taliban-as-a-foreign-terrorist-organization",
  },
  {
    event: "rubio-fto-review",
    actor: "shelley-moore-capito",
    excerpt:
      "\u201cTwo years after the Taliban\u2019s takeover of Afghanistan, we\u2019ve seen what this radical terrorist group is capable of. Not only do they aid and abet terrorism, they continue to violate human rights, especially those of women and young children. By designating the Taliban as a foreign terrorist organization and preventing U.S. recognition of their regime, this legislation takes necessary steps to correct one of the Biden administration\u2019s most disastrous foreign policy mistakes.\u201d \u2013 Senator Capito",
    url: "https://rubio.senate.gov/rubio-colleagues-reintroduce-bill-to-designate-taliban-as-a-foreign-terrorist-organization",
  },
  {
    event: "habibi-reward",
    actor: "united-states",
    excerpt:
      "\u201cHabibi has not been heard from since his initial arrest, and the so-called Taliban government has yet to provide any information regarding his whereabouts or condition,\u201d the statement said.",
    url: "https://amu.tv/182249/",
  },
  {
    event: "habibi-reward",
    actor: "ahmad-habibi",
    excerpt:
      "\u201cMy brother is an innocent individual who was only working to help the people of Afghanistan survive by ensuring the airport remained functioning. He had nothing to do with the strike on Zawahiri. The Taliban have been saying they do not have him, but that does not ex",
    url: "https://amu.tv/182249/",
  },
  {
    event: "habibi-reward",
    actor: "taliban",
    excerpt:
      'He said: "Relevant institutions of the Islamic Emirate have undertaken investigations across all concerned departments in response to a petition submitted by Mr. Habibi\u2019s family. No evidence has been uncovered indicating that he has been detained by any entity affiliated with the Islamic Emirate."',
    url: "https://justearthnews.com/development-details/G/7485/afghanistan-taliban-denies-involvement-in-the-disappearance-of-an-afghan-american-national.html",
  },
  {
    event: "afghanistan-wrongful-detention-designation",
    actor: "marco-rubio",
    excerpt:
      "\u201cThe Taliban continues to use terrorist tactics, kidnapping individuals for ransom or to seek policy concessions. These despicable tactics need to end,\u201d Rubio said.",
    url: "https://www.latimes.com/world-nation/story/2026-03-10/afghanistans-taliban-government-rejects-u-s-allegation-that-it-engages-in-hostage-diplomacy",
  },
  {
    event: "afghanistan-wrongful-detention-designation",
    actor: "marco-rubio",
    excerpt:
      '"It is not safe for Americans to travel to Afghanistan because the Taliban continues to unjustly detain our fellow Americans and other foreign nationals," he said. "The Taliban needs to release Dennis Coyle, Mahmoud Habibi, and all Americans unjustly detained in Afghanistan now and commit to cease the practice of hostage diplomacy forever."',
    url: "https://www.foxnews.com/world/rubio-designates-afghanistan-state-sponsor-wrongful-detention-despicable-tactics",
  },
  {
    event: "afghanistan-wrongful-detention-designation",
    actor: "taliban",
    excerpt:
      "\u201cThe government of Afghanistan underscores that no foreign nationals have been detained for purposes of a deal,\u201d the ministry said. \u201cCertain individuals have been detained on charges of violating established laws, and in many instances, they have been released in the normal course following the completion of legal procedures.\u201d",
    url: "https://www.latimes.com/world-nation/story/2026-03-10/afghanistans-taliban-government-rejects-u-s-allegation-that-it-engages-in-hostage-diplomacy",
  },
  {
    event: "boehler-kabul-talks",
    actor: "taliban",
    excerpt:
      '"Comprehensive discussions were held on ways to develop bilateral relations between the two countries, issues related to citizens, and investment opportunities in Afghanistan," the statement said.',
    url: "https://www.trtworld.com/article/a609378ecf05",
  },
  {
    event: "boehler-kabul-talks",
    actor: "abdul-ghani-baradar",
    excerpt:
      '"Adam Boehler, referring to the issue of detained citizens between Afghanistan and the United States, said that both countries will exchange prisoners," Taliban Deputy Prime Minister Abdul Ghani Baradar\'s office said after the meeting.',
    url: "https://www.rferl.org/a/afghanistan-taliban-prisoners-boehler-habibi-khalilzad/33529680.html",
  },
  {
    event: "boehler-kabul-talks",
    actor: "marco-rubio",
    excerpt:
      "\"Obviously, it'll be the president's decision in terms of any trades or any exchanges, but we most certainly want any Americans or anyone who's being unlawfully detained to be released. And so he went there to explore what that would look like.\"",
    url: "https://www.trtworld.com/article/a609378ecf05",
  },
  {
    event: "trump-bagram-chequers",
    actor: "donald-trump",
    excerpt:
      "\u201cWe\u2019re trying to get it back, that could be a little breaking news. We\u2019re trying to get it back because they need things from us,\u201d Trump said at a press conference with British Prime Minister Keir Starmer. \u201cWe want that base back,\u201d he added, noting that \u201cone of the reasons we want the base is, as you know, it\u2019s an hour away from where China makes its nuclear weapons\u201d.",
    url: "https://www.channelnewsasia.com/world/trump-says-us-seeking-regain-bagram-airbase-in-afghanistan-5356911",
  },
  {
    event: "bagram-demand",
    actor: "donald-trump",
    excerpt:
      "\u201cIf Afghanistan doesn\u2019t give Bagram Air Base back to those that built it, the United States of America, BAD THINGS ARE GOING TO HAPPEN!!!\u201d Trump wrote on Sunday, Sept. 21, on his Truth Social platform.",
    url: "https://themedialine.org/headlines/row-over-bagram-air-base-deepens-as-trump-taliban-trade-threats",
  },
  {
    event: "bagram-demand",
    actor: "taliban",
    excerpt:
      "\u201cIt should be recalled that, under the Doha Agreement, the United States pledged that \u2018it will not use or threaten force against the territorial integrity or political independence of Afghanistan, nor interfere in its internal affairs,\u2019\u201d he said. The U.S. needed to remain faithful to its commitments, he added.",
    url: "https://www.springfieldnewssun.com/news/nation-world/the-taliban-reject-trumps-bid-to-retake-bagram-air-base-in-afghanistan/WC5JXTR6Y5NENOWBQX4BGAQ4WU/",
  },
  {
    event: "bagram-demand",
    actor: "amir-khan-muttaqi",
    excerpt:
      "Afghan Foreign Minister Mullah Amir Khan Muttaqi stressed in a statement that no concessions on Bagram or Afghan soil would be made, declaring, \u201cEven if the United States rebuilds the whole of Afghanistan anew, not even Bagram, not even an inch of land\u2014will be given to anyone.\u201d",
    url: "https://themedialine.org/headlines/row-over-bagram-air-base-deepens-as-trump-taliban-trade-threats",
  },
  {
    event: "bagram-demand",
    actor: "fasihuddin-fitrat",
    excerpt:
      "\u201cWe assure our fellow countrymen that not even an inch of our land is up for negotiation,\u201d Fitrat said.",
    url: "https://themedialine.org/headlines/row-over-bagram-air-base-deepens-as-trump-taliban-trade-threats",
  },
  {
    event: "afghan-immigration-halt",
    actor: "united-states",
    excerpt:
      '"Effective immediately, processing of all immigration requests relating to Afghan nationals is stopped indefinitely pending further review of security and vetting protocols," the USCIS said on social media',
    url: "https://www.fox5ny.com/news/uscis-halts-afghan-immigration-shooting-national-guard-dc",
  },
  {
    event: "afghan-immigration-halt",
    actor: "ahmad-samim-naimi",
    excerpt:
      '"I was deeply distressed when I heard this news. We have completed all the required review procedures," said Ahmad Samim Naimi, 34, from Afghanistan\'s Panjshir province, who had worked as a TV presenter and press adviser under the previous, US-backed government.',
    url: "https://tribune.com.pk/story/2579505/afghans-say-last-path-to-safety-shuts",
  },
  {
    event: "afghan-immigration-halt",
    actor: "ahmad-samim-naimi",
    excerpt:
      'He fled to Pakistan after the Taliban began detaining journalists and former government workers, and had applied for resettlement in the United States. "If I go back, one day you will certainly hear news of either my arrest or my death," he said.',
    url: "https://tribune.com.pk/story/2579505/afghans-say-last-path-to-safety-shuts",
  },
  {
    event: "afghan-immigration-halt",
    actor: "imran-khan-interpreter",
    excerpt:
      "You know there's, I think, kind of discrimination against all Afghans, and thinking that everybody is violent, thinking putting everybody in one category is unjust, I will say, it's discrimination.\u201d",
    url: "https://www.wamc.org/news/2025-12-05/trump-administrations-immigration-crackdown-hits-the-capital-region",
  },
  {
    event: "tps-ended",
    actor: "fouzia-azizi",
    excerpt:
      "\u201cEvery Afghan has their own journey,\u201d said Fouzia Azizi, who left Afghanistan in 1994. She now directs refugee services at Jewish Family and Community Services East Bay, a local office of one of the nation\u2019s largest resettlement agencies. \u201cBut one thing they all have in common is, in one way or another, they have all faced some level of persecution. There is no hope to go back.\u201d",
    url: "https://www.kqed.org/news/12040425/bay-area-afghans-allies-decry-trumps-end-of-tps-theyre-terrified",
  },
];
