import type { QuoteEvidence } from "./evidence";

/** Evidence for the quotations in events-2020-2021.ts (see evidence.ts). */
export const evidence: QuoteEvidence[] = [
  // doha-agreement
  {
    event: "doha-agreement",
    actor: "mike-pompeo",
    excerpt:
      "The agreement that we will sign today is the true test of this effort. We will closely watch the Taliban’s compliance with their commitments and calibrate the pace of our withdrawal to their actions. This is how we will ensure that Afghanistan never again serves as a base for international terrorists.",
    url: "https://2017-2021.state.gov/secretary-michael-r-pompeo-at-afghanistan-signing-ceremony/index.html",
  },
  {
    event: "doha-agreement",
    actor: "donald-trump",
    excerpt:
      "Trump in a statement also called on the Taliban and the Afghan government to “seize this opportunity for peace,” and said that if they fulfill their commitments, “We will have a powerful path forward to end the war in Afghanistan and bring our troops home.”",
    url: "https://www.reuters.com/article/us-usa-afghanistan-trump/pompeo-to-witness-signing-of-u-s-taliban-deal-trump-idUSKCN20M31Z?feedType=RSS&feedName=worldNews&utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+Reuters%2FworldNews+%28Reuters+World+News%29",
  },
  {
    event: "doha-agreement",
    actor: "taranom-saeedi",
    excerpt:
      "“Today’s Afghan women are well educated and holding different positions in government and nongovernment originations, so they won’t force us to stay at home, so we want full protection of our rights in peace negotiations,” said Women and Civil Activist, Taranom Saeedi.",
    url: "http://www.afghanistantimes.af/womens-rights-must-not-be-sacrificed-in-taliban-peace-deal/",
  },
  // trump-baradar-call
  {
    event: "trump-baradar-call",
    actor: "donald-trump",
    excerpt:
      "“I spoke to the leader of the Taliban today,” Trump told reporters on the South Lawn. “We had a very good talk.”",
    url: "https://www.sheltonherald.com/news/article/Trump-says-he-spoke-to-Taliban-leader-had-good-15102267.php",
  },
  {
    event: "trump-baradar-call",
    actor: "zabihullah-mujahid",
    excerpt:
      "In a later emailed statement, Mujahid said that Trump told Baradar that Secretary of State Mike Pompeo would soon speak to Afghan President Ashraf Ghani “so that the barriers against the inter-Afghan talks get removed.”",
    url: "https://nationalpost.com/pmn/news-pmn/politics-news-pmn/trump-chief-taliban-negotiator-speak-by-phone-after-accord",
  },
  // loya-jirga-prisoners
  {
    event: "loya-jirga-prisoners",
    actor: "afghan-republic",
    excerpt:
      "“In order to remove an obstacle, allow the start of the peace process and an end of bloodshed, the Loya Jirga approves the release of 400 Taleban,” the assembly said in a resolution.",
    url: "https://www.straitstimes.com/asia/south-asia/afghan-mega-gathering-approves-release-of-taleban-prisoners",
  },
  {
    event: "loya-jirga-prisoners",
    actor: "ashraf-ghani",
    excerpt:
      "Minutes later, Afghan President Ashraf Ghani said, “Today, I will sign the release order of these 400 prisoners.”",
    url: "https://www.straitstimes.com/asia/south-asia/afghan-mega-gathering-approves-release-of-taleban-prisoners",
  },
  // intra-afghan-talks
  {
    event: "intra-afghan-talks",
    actor: "mike-pompeo",
    excerpt:
      "Today is truly a momentous occasion. Afghans have at long last chosen to sit together and chart a new course for your country. This is a moment that we must dare to hope.",
    url: "https://en.didpress.com/full-statement-of-us-secretary-pompeo-at-ian-opening-ceremony",
  },
  {
    event: "intra-afghan-talks",
    actor: "abdul-ghani-baradar",
    excerpt:
      "The ongoing peace process can only attain success with the complete implementation of the Doha agreement.",
    url: "https://www.afghanistan-analysts.org/en/resources/peace-process/speech-by-mullah-baradar-at-the-opening-of-the-afghan-peace-negotiations-in-doha/",
  },
  // miller-drawdown
  {
    event: "miller-drawdown",
    actor: "christopher-miller",
    excerpt:
      "“This is consistent with our established plans and strategic objectives; supported by the American people; and does not equate to a change in U.S. policy or objectives,” stated Acting Defense Secretary Miller.",
    url: "https://editorials.voa.gov/a/u-s-troop-draw-down-in-afghanistan-and-iraq/5708078.html",
  },
  {
    event: "miller-drawdown",
    actor: "zabihullah-mujahid",
    excerpt:
      "“It is a good step and in the interest of the people of both countries,” Taliban spokesman Zabihullah Mujahid told AFP, referring to the US and Afghanistan.",
    url: "https://www.thenews.com.pk/print/745941-taliban-welcome-us-troop-drawdown-as-good-step",
  },
  {
    event: "miller-drawdown",
    actor: "mahdi-mosawi",
    excerpt:
      "“The Taliban will escalate violence in a bid to seize more political power in Afghanistan, putting Afghanistan on a dangerous path,” bookseller Mahdi Mosawi said.",
    url: "https://www.thenews.com.pk/print/745941-taliban-welcome-us-troop-drawdown-as-good-step",
  },
  // biden-april-decision
  {
    event: "biden-april-decision",
    actor: "taliban",
    excerpt:
      "“This decision is a clear violation of the Doha Agreement and non-compliance with its commitments,” the Taliban said in a statement on Thursday.",
    url: "https://tolonews.com/afghanistan-171477",
  },
  {
    event: "biden-april-decision",
    actor: "ashraf-ghani",
    excerpt:
      '"Tonight, I had a call with President Biden in which we discussed the U.S. decision to withdraw its forces from Afghanistan by early September. The Islamic Republic of Afghanistan respects the U.S. decision and we will work with our U.S. partners to ensure a smooth transition," Ghani tweeted.',
    url: "http://www.naharnet.com/stories/en/280902-ghani-says-afghanistan-fully-capable-of-defending-itself",
  },
  {
    event: "biden-april-decision",
    actor: "bob-menendez",
    excerpt:
      "“I share the President’s desire to get our troops out of Afghanistan, but I continue to have concerns about our ability to protect the hard fought gains made for the rights of Afghan women and minorities, as well as our confidence level that Afghanistan will not again become a haven for terrorists.  How we withdraw and what political arrangement is left in our wake is critically important.",
    url: "https://www.foreign.senate.gov/press/dem/release/statement-from-chairman-menendez-following-classified-committee-briefing-on-afghanistan",
  },
  // may-1-deadline
  {
    event: "may-1-deadline",
    actor: "zabihullah-mujahid",
    excerpt:
      'What they\'re saying: "As withdrawal of foreign forces from [Afghanistan] by agreed upon May 1st deadline has passed, this violation in principle has opened the way for IEA Mujahidin to take every counteraction it deems appropriate against the occupying forces," Zabiullah Mujahid, a Taliban spokesperson, said in a statement on Saturday.',
    url: "https://news.yahoo.com/taliban-threatens-attack-u-nato-195920239.html",
  },
  {
    event: "may-1-deadline",
    actor: "joe-biden",
    excerpt:
      "\"The fact is that, that was not a very solidly negotiated deal that the president — the former president — worked out. And so we're in consultation with our allies as well as the government, and that decision's going to be — it's in process now,\" Biden said.",
    url: "https://www.scpr.org/news/2021/03/17/97061/biden-says-u-s-may-miss-deadline-for-withdrawing-t/",
  },
  // us-leaves-bagram
  {
    event: "us-leaves-bagram",
    actor: "mir-asadullah-kohistani",
    excerpt:
      "\"We (heard) some rumor that the Americans had left Bagram ... and finally by 7 o'clock in the morning, we understood that it was confirmed that they had already left Bagram,\" Gen. Mir Asadullah Kohistani, Bagram's new commander said.",
    url: "https://www.dispatch.com/story/news/world/2021/07/06/us-left-bagram-airfield-night-without-warning-afghan-military-says/7871154002/",
  },
  // biden-july-decision
  {
    event: "biden-july-decision",
    actor: "joe-biden",
    excerpt:
      '"I will not send another generation of Americans to war in Afghanistan, with no reasonable expectation of achieving a different outcome."',
    url: "https://www.cbc.ca/news/world/afghanistan-biden-troop-withdrawal-1.6095074",
  },
  // taliban-offensive
  {
    event: "taliban-offensive",
    actor: "john-kirby",
    excerpt: "They have the material, the physical, the tangible advantages. It's time now to use those advantages.",
    url: "https://transcripts.cnn.com/show/cnr/date/2021-08-13/segment/08",
  },
  {
    event: "taliban-offensive",
    actor: "deborah-lyons",
    excerpt:
      "“The Security Council must issue an unambiguous statement that attacks against cities must stop now,” Deborah Lyons told the 15-member council via video-link from Kabul.",
    url: "https://english.alarabiya.net/News/world/2021/08/06/UN-Afghan-envoy-Lyons-says-Taliban-attacks-on-cities-must-stop-now-",
  },
  {
    event: "taliban-offensive",
    actor: "ali-latifi",
    excerpt:
      "But there have been some really worrying developments in the province of Logar, which borders Kabul, the province that President Ashraf Ghani is actually from. The Taliban stormed\n\nthe provincial governor's office, took over and essentially forced the governor to surrender, saying that if you don't give in, we, you know,\n\neveryone here in this building will suffer.",
    url: "https://transcripts.cnn.com/show/wrn/date/2021-08-13/segment/01",
  },
  // operation-allies-refuge
  {
    event: "operation-allies-refuge",
    actor: "russ-travers",
    excerpt:
      "“This flight represents the fulfillment of the U.S. commitment and honors these Afghans’ brave service in helping support our mission in Afghanistan” and “in turn, helping to keep our country safe,” Russ Travers, senior deputy homeland security adviser at the National Security Council, told reporters on Thursday as the Afghan families were en route.",
    url: "https://www.fox61.com/article/news/nation-world/first-us-evacuation-flight-brings-200-afghans-to-new-home-in-america/507-7c9841c3-29b3-460f-b4f5-04c77bf8fb67",
  },
  {
    event: "operation-allies-refuge",
    actor: "afghan-interpreter-khan",
    excerpt:
      'Khan and his wife now keep a 24-hour watch. "During the night, I\'m watching from my roof of my home for enemies to not place IEDs [bombs] or mines on my doors," he says. During the day, when he sleeps, his wife takes his place. "We are watching out for anyone that wants to kill us," he says.',
    url: "https://mprnews.org/story/2021/06/19/npr-afghan-interpreters-who-await-visas-after-helping-the-u-s-now-fear-for-their-liv",
  },
  // kabul-airlift
  {
    event: "kabul-airlift",
    actor: "antony-blinken",
    excerpt:
      'The result, he said, was "one of the biggest airlifts in history, with 124,000 people evacuated to safety," followed by massive efforts by U.S. personnel to house and process tens of thousands of Afghan refugees.',
    url: "https://www.upi.com/Top_News/US/2021/09/13/Blinken-defends-Afghanistan-withdrawal-House-hearing/6831631557239/",
  },
  {
    event: "kabul-airlift",
    actor: "haseeb-kamal",
    excerpt:
      '"I just rushed out to the airport. But the only people I could get in was my father and older sister. There was US soldiers shooting at the gate, Taliban soldiers at the gate. People running out left and right. It was a really bad situation," said evacuee Haseeb Kamal.',
    url: "https://abc7chicago.com/amp/united-airlines-afghanistan-evacuation-afghan-refugees-refugee-flights/10970290",
  },
  {
    event: "kabul-airlift",
    actor: "lolwah-al-khater",
    excerpt:
      "Al Khater said: “I can only speak on Qatar evacuation missions, they will continue! In the past 72 hours we evacuated over 300 mostly female students & over 200 media personnel; many of them with their families & kids who are now safe in comfortable accommodation in Doha.”",
    url: "https://qatar-tribune.com/news-details/id/218806/evacuation-missions-will-continue-al-khater",
  },
  {
    event: "kabul-airlift",
    actor: "michael-mccaul",
    excerpt:
      "The administration “abandoned Americans behind enemy lines. I can summarize that in one word: betrayal,” McCaul said.",
    url: "https://www.latimes.com/politics/story/2021-09-13/blinken-testifies-congress-afghanistan-withdrawal",
  },
  // fall-of-kabul
  {
    event: "fall-of-kabul",
    actor: "ashraf-ghani",
    excerpt:
      '"To avoid bloodshed, I thought it would be better to leave," he said in his first comments since quitting the presidential palace and flying out of the country. read more',
    url: "https://www.reuters.com/world/asia-pacific/afghan-president-ghani-says-he-left-country-order-avoid-bloodshed-2021-08-15/",
  },
  {
    event: "fall-of-kabul",
    actor: "ashraf-ghani",
    excerpt:
      "“I had to sacrifice myself in order to save Kabul,” he said. The Taliban took full control of Kabul hours after Ghani’s escape and the collapse of his security forces.",
    url: "https://www.bostonglobe.com/2021/12/30/world/former-afghan-president-says-he-fled-nation-save-kabul/",
  },
  {
    event: "fall-of-kabul",
    actor: "abdullah-abdullah",
    excerpt:
      "Abdullah Abdullah, his long-time rival who had twice buried his animosity to partner with Ghani in government, said that “God will hold him accountable” for abandoning the capital.",
    url: "https://wcfcourier.com/news/national/afghan-president-was-isolated-before-slipping-into-exile/article_a15d5ac7-8f5a-5b38-ba7c-a1947faf7662.html",
  },
  {
    event: "fall-of-kabul",
    actor: "zabihullah-mujahid",
    excerpt: '"We don\'t want any internal or external enemies," Taleban spokesman Zabihullah Mujahid said.',
    url: "https://www.straitstimes.com/asia/south-asia/taleban-striking-dovish-tone-pledge-peace-and-womens-rights-under-islam",
  },
  {
    event: "fall-of-kabul",
    actor: "stephane-dujarric",
    excerpt:
      'In response, United Nations (UN) spokesman Stephane Dujarric told reporters in New York: "We will need to see what actually happens and I think we will need to see acts on the ground in terms of promises kept."',
    url: "https://www.straitstimes.com/asia/south-asia/taleban-striking-dovish-tone-pledge-peace-and-womens-rights-under-islam",
  },
  {
    event: "fall-of-kabul",
    actor: "aisha-khurram",
    excerpt:
      "“The future is at stake. Our lives are at stake,” she said, speaking from her home in Kabul. Electricity in her neighborhood had been out all day as she spoke to The Associated Press over her mobile phone.",
    url: "https://www.pressreader.com/usa/arkansas-democrat-gazette/20210816/281552293930151",
  },
  {
    event: "fall-of-kabul",
    actor: "human-rights-watch",
    excerpt:
      "The Taliban takeover of Afghanistan has “accelerated the country’s human rights crisis and humanitarian catastrophe,” said the Human Rights Watch 2022 World Report released on Thursday.",
    url: "https://rukhshana.com/en/afghans-are-caught-between-taliban-oppression-and-the-spectre-of-starvation-says-human-rights-watch",
  },
  {
    event: "fall-of-kabul",
    actor: "bob-menendez",
    excerpt:
      "“Congress was told repeatedly that the Afghan Defense and Security Forces were up to the task,” Menendez wrote in a statement released Tuesday. “The American and Afghan people clearly have not been told the truth,” he wrote, adding that the committee will hold a hearing on “the Trump administration’s flawed negotiations with Taliban, and the Biden administration’s flawed execution of the U.S. withdrawal.”",
    url: "https://www.thedailybeast.com/sen-menendez-vows-hearing-on-biden-admins-flawed-execution-of-afghanistan-withdrawal",
  },
  // taliban-reject-extension
  {
    event: "taliban-reject-extension",
    actor: "suhail-shaheen",
    excerpt:
      "“It’s a red line,” Qatar-based Taliban spokesman and negotiator Suhail Shaheen said in an interview with Sky News. If the U.S. or U.K. were to seek additional time to continue evacuations “the answer is no. Or there would be consequences,” he added.",
    url: "https://www.bloomberglinea.com/2021/08/23/taliban-reject-extending-aug-31-withdrawal-afghanistan-update/",
  },
  // abbey-gate-bombing
  {
    event: "abbey-gate-bombing",
    actor: "joe-biden",
    excerpt:
      "“We will not forgive, we will not forget. We will hunt you down and make you pay,” he said in remarks at the White House.",
    url: "https://globalnews.ca/news/8144504/biden-afghanistan-kabul-airport-explosions/",
  },
  {
    event: "abbey-gate-bombing",
    actor: "united-nations",
    excerpt:
      "The members of the Security Council reaffirmed that terrorism in all its forms and manifestations constitutes one of the most serious threats to international peace and security. Deliberately targeting civilians and personnel assisting in the evacuation of civilians is especially abhorrent and must be condemned.",
    url: "https://reliefweb.int/report/afghanistan/security-council-press-statement-terrorist-attacks-near-kabul-airport",
  },
  {
    event: "abbey-gate-bombing",
    actor: "kenneth-mckenzie",
    excerpt:
      "McKenzie acknowledged the conclusion was different from what the Pentagon initially believed.\n“At the time, the best information we had in the immediate aftermath of the attack indicated that it was a complex attack by both a suicide bomber and ISIS-K gunmen,” he said.",
    url: "https://ksltv.com/483361/pentagon-says-deadly-afghan-airport-attack-was-carried-out-by-a-single-suicide-bomber-and-not-a-complex-operation/",
  },
  {
    event: "abbey-gate-bombing",
    actor: "shana-chappell",
    excerpt:
      "“All those Marines who were there will tell you that they felt scared,” Chappell said. “They were surrounded by the freaking Taliban. They were out in the wide open, and they were sitting ducks.”",
    url: "https://www.washingtonpost.com/national-security/2022/02/19/kabul-airport-bombing-marines/?itid=lk_interstitial_manual_19",
  },
  {
    event: "abbey-gate-bombing",
    actor: "inamullah-samangani",
    excerpt:
      '"Before the arrival of Afghanistan Islamic Emirate’s Mujahideen, the prisons were broken out, and prisoners were able to escape because security guards escaped before, and this facilitated the escape for prisoners," said Anamullah Samangani, the deputy spokesm',
    url: "https://www.euronews.com/2022/01/04/taliban-denies-freeing-suicide-bomber-before-deadly-kabul-attack",
  },
  // kabul-drone-strike
  {
    event: "kabul-drone-strike",
    actor: "united-states",
    excerpt:
      "We are still assessing the results of this strike, which we know disrupted an imminent ISIS-K threat to the airport. We know that there were substantial and powerful subsequent explosions resulting from the destruction of the vehicle, indicating a large amount of explosive material inside that may have caused additional casualties. It is unclear what may have happened, and we are investigating further.\n\nWe would be deeply saddened by any potential loss of innocent life.",
    url: "https://www.centcom.mil/MEDIA/STATEMENTS/Statements-View/Article/2756293/update-us-central-command-statement-on-defensive-strike-in-kabul/",
  },
  {
    event: "kabul-drone-strike",
    actor: "samia-ahmadi",
    excerpt:
      "Ahmadi’s daughter, Samia, 21, was in a room adjoining the courtyard when she was struck by the blast wave. “At first I thought it was the Taliban,” she said.",
    url: "https://bdnews24.com/world/south-asia/2021/08/31/family-says-10-of-its-members-were-killed-in-us-drone-strike-in-kabul",
  },
  {
    event: "kabul-drone-strike",
    actor: "romal-ahmadi",
    excerpt:
      "“It is so hard to describe the depth of the sorrow we are going through. I could never imagine this can happen to our family,” Romal, Ahmadi’s 25-year-old brother, told VICE World News. “We lost 10 members of our family.”",
    url: "https://www.vice.com/en/article/v7eaga/we-spoke-to-the-afghan-family-who-lost-10-members-to-a-botched-us-drone-strike",
  },
  {
    event: "kabul-drone-strike",
    actor: "zabihullah-mujahid",
    excerpt:
      '"If there was any potential threat in Afghanistan, it should have been reported to us, not an arbitrary attack that has resulted in civilian casualties," Mujahid said in a written response to CGTN.',
    url: "http://indiatoday.in/world/story/us-drone-strike-kabul-sunday-killed-civilians-unlawful-taliban-1847192-2021-08-30",
  },
  // operation-allies-welcome
  {
    event: "operation-allies-welcome",
    actor: "hias",
    excerpt:
      "“We are outraged that Congress has failed to pass the Afghan Adjustment Act (AAA), leaving refugees evacuated from Afghanistan a year and a half ago in legal limbo with no clear pathway to permanent residency when their humanitarian parole status expires in the coming months.",
    url: "https://hias.org/statements/congress-failure-pass-afghan-adjustment-act-outrage/",
  },
  {
    event: "operation-allies-welcome",
    actor: "fort-mccoy-evacuee-abdul",
    excerpt:
      "Abdul, a father of three who has worked with Afghan security forces, said he was “terrorised” by the Taliban’s sweep across the country. “We knew what the Taliban are and how they behave,” he told Al Jazeera.",
    url: "https://www.aljazeera.com/news/2021/9/29/i-was-panicking-afghans-at-us-base-share-escape-stories?traffic_source=KeepReading",
  },
  {
    event: "operation-allies-welcome",
    actor: "afghan-womens-rights-advocate-refugee",
    excerpt:
      "My asylum case took more than a year to process from the time I applied until I received the decision, and that time for me was like walking on a razor’s edge. I was living in uncertainty and not knowing what the future held. Every day, the whispers that the future of those who came to the U.S. on humanitarian parole was unknown, put me and my family under so much strain.",
    url: "https://humanrightsfirst.org/library/a-letter-to-congress-from-a-womens-rights-advocate-and-afghan-refugee",
  },
  // last-us-flight
  {
    event: "last-us-flight",
    actor: "kenneth-mckenzie",
    excerpt: "“Every single U.S. service member is now out of Afghanistan,” he later added.",
    url: "https://thehill.com/policy/defense/570100-pentagon-releases-photo-of-last-soldier-to-leave-afghanistan",
  },
  {
    event: "last-us-flight",
    actor: "antony-blinken",
    excerpt:
      '"We will help them leave," Secretary of State Antony Blinken said about Americans who contact the U.S. about getting out of Afghanistan.',
    url: "https://denver7.com/news/national/taliban-celebrate-victory-as-u-s-troops-leave-afghanistan",
  },
  {
    event: "last-us-flight",
    actor: "taliban",
    excerpt:
      '"The last U.S. soldier has left Kabul airport and our country gained complete independence," a Taliban spokesperson was quoted by Al Jazeera TV.',
    url: "https://denver7.com/news/national/taliban-celebrate-victory-as-u-s-troops-leave-afghanistan",
  },
  {
    event: "last-us-flight",
    actor: "zabihullah-mujahid",
    excerpt:
      "“Congratulations to Afghanistan… this victory belongs to us all,” Mujahid told reporters. “America was defeated, they could not achieve their targets through military operations,” he said.",
    url: "https://www.aljazeera.com/gallery/2021/8/31/photos-triumphant-taliban-parades-at-kabul-airport-after-us-exit",
  },
  // biden-end-of-war-address
  {
    event: "biden-end-of-war-address",
    actor: "joe-biden",
    excerpt:
      "“I was not going to extend this forever war,” Biden declared Tuesday from the White House. “And I was not going to extend a forever exit.”",
    url: "https://www.iolaregister.com/news/biden-defends-departure-from-a-forever-war",
  },
  // reserves-frozen
  {
    event: "reserves-frozen",
    actor: "united-states",
    excerpt:
      "As US forces were evacuating Afghanistan’s capital after the Taliban's swift takeover, the official said, “Any Central Bank assets the Afghan government have in the United States will not be made available to the Taliban.”",
    url: "https://english.alarabiya.net/business/economy/2021/08/16/Taliban-will-be-denied-access-to-Afghan-reserves-held-in-US-says-official-",
  },
  {
    event: "reserves-frozen",
    actor: "amir-khan-muttaqi",
    excerpt:
      'In an open letter, Taliban Foreign Minister Amir Khan Muttaqi said the biggest challenge facing Afghanistan was financial insecurity, "and the roots of this concern lead back to the freezing of assets of our people by the American government".',
    url: "https://www.observerbd.com/news.php?id=340343",
  },
  {
    event: "reserves-frozen",
    actor: "zabihullah-mujahid",
    excerpt:
      '"The United States must respond positively to the international voice and release Afghan capital," Taliban government spokesman Zabihullah Mujahid said on Twitter.',
    url: "https://www.thenews.com.pk/print/925295-taliban-urge-us-to-unlock-afghan-funds",
  },
  {
    event: "reserves-frozen",
    actor: "antonio-guterres",
    excerpt:
      "He told reporters on Thursday that “freezing temperatures and frozen assets are a lethal combination.” Guterres said “rules and conditions that prevent money from being used to save lives and the economy must be suspended in this emergency situation.”",
    url: "https://keyt.com/news/national-world/ap-national-news/2022/01/13/un-chief-warns-millions-of-afghans-are-on-verge-of-death/",
  },
];
