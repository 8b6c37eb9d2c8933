import type { QuoteEvidence } from "./evidence";

/** Evidence for the quotations in events-2023-2024.ts (see evidence.ts). */
export const evidence: QuoteEvidence[] = [
  // un-staff-ban
  {
    event: "un-staff-ban",
    actor: "marzia-un-aid-worker-2023",
    excerpt:
      "“We noticed that some Taliban came to our office and then our work stopped,” Marzia tells Zan Times. “When all the women left the office, the Taliban delegation was still congregating at the gate of the office, smiling at us and saying, ‘You will stay at home after this.’”",
    url: "https://zantimes.com/2023/04/12/un-tells-its-afghan-staff-to-stay-home-after-taliban-ban-on-female-workers/",
  },
  {
    event: "un-staff-ban",
    actor: "united-nations",
    excerpt:
      '"This is a violation of the inalienable fundamental human rights of women," U.N. spokesperson Stephane Dujarric said.',
    url: "https://www.dailymail.co.uk/wires/reuters/article-11942353/UN-chief-condemns-Taliban-ban-Afghan-women-working-UN.html?ns_mchannel=rss&ns_campaign=1490&ito=1490",
  },
  {
    event: "un-staff-ban",
    actor: "richard-bennett",
    excerpt:
      "“TB (Taliban) decision to ban #Afghanwomen UN staff from working is another gross violation of their fundamental right to non-disc, is against UN Charter & will seriously impact essential services for#Afghans,” he noted.",
    url: "https://kabulnow.com/2023/04/talibans-ban-on-un-women-staff-denounced-as-against-un-charter-and-wrong/",
  },
  {
    event: "un-staff-ban",
    actor: "antony-blinken",
    excerpt:
      "“Disturbed by another reprehensible Taliban decision banning Afghan women from working with the UN. This will threaten vulnerable Afghans who depend on humanitarian assistance. We urge the Taliban to put Afghans first and reverse this decision.” Blinken tweeted on Thursday.",
    url: "https://kabulnow.com/2023/04/us-secretary-of-state-disturbed-by-talibans-ban-on-un-women-staff/",
  },
  {
    event: "un-staff-ban",
    actor: "zabihullah-mujahid",
    excerpt:
      "“The Islamic Emirate does not want to create obstacles for the United Nations; rather, it wants to make it clear that this is an internal issue of Afghanistan, which does not create problem for anyone and should be respected by all sides,” Zabihullah Mujahid stated in a statement on Wednesday.",
    url: "https://kabulnow.com/2023/04/mujahid-the-ban-on-un-female-staff-is-afghanistans-internal-issue/",
  },
  // isis-k-planner-killed
  {
    event: "isis-k-planner-killed",
    actor: "united-states",
    excerpt:
      "“We did not conduct this operation directly with the Taliban. We are not partnering with the Taliban. But we do think the outcome is a significant one,” the official said, adding that the U.S. did not learn of the killing from the Taliban.",
    url: "https://kissnwa.com/news/world/taliban-kills-suspected-isis-k-mastermind-of-kabul-airport-bombing-us-officials",
  },
  // doha-un-meeting-2023
  {
    event: "doha-un-meeting-2023",
    actor: "julia-parsi",
    excerpt:
      '"The United Nations will hold a meeting in Doha and they have not invited any women. They want to hold a meeting to recognize the (government) of the Taliban," Julia Parsi, one of the protesters, told RFE/RL.',
    url: "https://www.rferl.org/amp/afghanistan-women-protest-taliban-un/32385014.html",
  },
  {
    event: "doha-un-meeting-2023",
    actor: "antonio-guterres",
    excerpt:
      "Asked by a journalist if there would be any circumstance under which he’d be willing to directly meet with the Taliban, Guterres said: “When it is the right moment to do so, I will obviously not refuse that possibility — but today is not the right moment to do so.”",
    url: "https://amu.tv/46996/",
  },
  {
    event: "doha-un-meeting-2023",
    actor: "suhail-shaheen",
    excerpt:
      "“If they are not ready to hear us and know our position regarding the issues, how can they reach a convincing and palatable solution?” Shaheen said. “One-sided decisions couldn’t deliver. Afghanistan is an independent country. It has its own voice; we want them to listen to our voice.”",
    url: "https://amu.tv/46996/",
  },
  // us-taliban-doha-talks-2023
  {
    event: "us-taliban-doha-talks-2023",
    actor: "united-states",
    excerpt:
      "The State Department said that the US delegation had “expressed grave concern regarding detentions, media crackdowns, and limits on religious practice. The United States expressed support for the Afghan people’s demands for their rights to be respected and for their voices to shape the future of the country.”",
    url: "https://kabulnow.com/2023/08/us-officials-and-senior-taliban-delegation-discuss-confidence-building-in-doha/",
  },
  {
    event: "us-taliban-doha-talks-2023",
    actor: "abdul-qahar-balkhi",
    excerpt:
      "The Taliban’s Foreign Ministry spokesperson, Abdul Qahar Balkhi, said that the group’s delegation led, by Amir Khan Muttaqi, had discussed “taking practical steps” on “removing blacklists & lifting sanctions, unfreezing DAB reserves, economic stability of Afghanistan, countering narcotics.”",
    url: "https://kabulnow.com/2023/08/us-officials-and-senior-taliban-delegation-discuss-confidence-building-in-doha/",
  },
  {
    event: "us-taliban-doha-talks-2023",
    actor: "rina-amiri",
    excerpt:
      "“Having been urged extensively by Afghans and human rights defenders on the need to directly engage the Taliban on human rights, particularly the extreme restriction on women and girls, I joined my colleagues in talks with the Taliban,’ she tweeted.",
    url: "https://rukhshana.com/?p=19293",
  },
  {
    event: "us-taliban-doha-talks-2023",
    actor: "coalition-of-afghan-womens-protest-movements",
    excerpt:
      "This brought a furious response from the Coalition of Afghan Women’s Protest Movements, who called her remarks “disgraceful and untrue”.",
    url: "https://rukhshana.com/?p=19293",
  },
  // unsc-resolution-2721
  {
    event: "unsc-resolution-2721",
    actor: "abdul-qahar-balkhi",
    excerpt:
      'But foreign ministry spokesman Abdul Qahar Balkhi said a new envoy "is unnecessary as Afghanistan is not a conflict zone and is ruled by a central government that is able to secure its national interests."',
    url: "https://www.tag24.com/politics/taliban-balk-at-un-plan-for-special-afghan-envoy-amid-womens-rights-crisis-3052944",
  },
  // china-accepts-envoy
  {
    event: "china-accepts-envoy",
    actor: "china",
    excerpt:
      "“It is normal diplomatic arrangement,” Foreign Ministry spokesman Wang Wenbin replied when asked about China’s President Xi Jinping accepting ambassadorial credentials from the new Afghan envoy to Beijing appointed by the interim Taliban administration.",
    url: "https://aa.com.tr/en/asia-pacific/china-urges-int-l-community-to-step-up-engagement-with-afghan-taliban/3123969",
  },
  {
    event: "china-accepts-envoy",
    actor: "zabihullah-mujahid",
    excerpt:
      '"China has understood what the rest of the world has not," Zabihullah Mujahid, the Taliban\'s chief spokesperson, said at an event on the social media platform X.',
    url: "https://report.az/en/other-countries/chinese-president-accepts-credentials-from-taliban-envoy",
  },
  // doha-un-meeting-feb-2024
  {
    event: "doha-un-meeting-feb-2024",
    actor: "shah-gul-rezaie",
    excerpt:
      "“In the past two years that the world was waiting for Taliban to change, Taliban increased repression of people, especially vulnerable ethnicities, and women of Afghanistan,” stated Shahgul Rezaie, a former member of parliament and participant at the Doha meeting, in her statement. “The integration of the Taliban into the international system, increasing engagement with them, and recognizing them is not a solution to the problem of Afghanistan, but it will only intensify the problems.”",
    url: "https://zantimes.com/2024/02/20/women-participants-at-doha-meeting-end-gender-apartheid/",
  },
  {
    event: "doha-un-meeting-feb-2024",
    actor: "antonio-guterres",
    excerpt:
      '"I received a letter (from the Taliban) with a set of conditions to be present in this meeting that were not acceptable," Guterres told a news conference. "These conditions denied us the right to talk to other representatives of Afghan society and demanded a treatment that would, to a large extent, be similar to recognition."',
    url: "https://www.dtnpf.com/agriculture/web/ag/news/world-policy/article/2024/02/20/taliban-set-unacceptable-conditions",
  },
  // doha-un-meeting-2024
  {
    event: "doha-un-meeting-2024",
    actor: "shaharzad-akbar",
    excerpt:
      '"The Taliban had a major role in creating the agenda of this meeting and who should be in this meeting,” Shahrazad Akbar, the former head of the Independent Human Rights Commission and currently executive director of the Rawadari rights organization, told RFE/RL\'s Radio Azadi, speaking from Britain. “This in itself is a big problem and is giving power and legitimacy to the Taliban," she said.',
    url: "https://rferl.org/amp/afghanistan-talks-doha-taliban-women-rights/33014343.html",
  },
  {
    event: "doha-un-meeting-2024",
    actor: "habiba-sarabi",
    excerpt:
      "Habiba Sarabi, a prominent women’s rights activist and former member of the negotiating team of the deposed Afghan government, echoed those remarks, saying, “Afghan women are half of Afghan society.” “How can we say that women are not present in important decision-making meetings. When it is specifically related to Afghanistan, women should be present and women should also participate in those decisions,” she told Radio Azadi.",
    url: "https://rferl.org/amp/afghanistan-talks-doha-taliban-women-rights/33014343.html",
  },
  {
    event: "doha-un-meeting-2024",
    actor: "zubaida-akbar",
    excerpt:
      "Akbar echoed this sentiment, expressing her frustration: “I will not be attending the meeting because Afghan women deserve to be at the main meeting table in Doha, shaping the agenda and prioritizing women’s rights.”",
    url: "https://amu.tv/107231/",
  },
  {
    event: "doha-un-meeting-2024",
    actor: "zabihullah-mujahid",
    excerpt:
      "“We urge all countries not to abandon the Afghan people in difficult times, and actively participate in Afghanistan’s reconstruction and economic strengthening,” he said.",
    url: "https://toronto.citynews.ca/2024/06/30/a-taliban-delegation-attends-a-un-led-meeting-in-qatar-on-afghanistan-with-women-excluded/",
  },
  {
    event: "doha-un-meeting-2024",
    actor: "mohammed-al-khulaifi",
    excerpt:
      "“The participation of the caretaker government of Afghanistan in the meeting provides an important opportunity to conduct a meaningful dialogue regarding collective efforts to address the current challenges facing Afghanistan, out of the State of Qatar’s belief in constructive dialogue and considering it an ideal means of achieving the desired international results and goals,” he said.",
    url: "https://amu.tv/?p=107379",
  },
  {
    event: "doha-un-meeting-2024",
    actor: "matthew-miller",
    excerpt:
      "“They only committed to participate once they secured clarity regarding the substantive agenda and, more importantly, confirmed that there would be meaningful engagement at the conference with Afghan women and members of Afghan civil society.”",
    url: "https://amu.tv/106536/",
  },
  {
    event: "doha-un-meeting-2024",
    actor: "tirana-hassan",
    excerpt:
      "“Excluding women risks legitimizing the Taliban’s abuses and triggering irreparable harm to the UN’s credibility as an advocate for women’s rights and women’s meaningful participation,” Hassan added.",
    url: "https://amu.tv/105407",
  },
  {
    event: "doha-un-meeting-2024",
    actor: "rosemary-dicarlo",
    excerpt:
      "“I am aware of the criticism regarding the third Doha meeting,” DiCarlo stated, “but the concerns and perspectives of Afghan women and civil society were at the forefront for us.”",
    url: "https://amu.tv/?p=107471",
  },
  // vice-virtue-law
  {
    event: "vice-virtue-law",
    actor: "maryam-maroof-arwin",
    excerpt:
      "Women’s rights activist Maryam Maroof Arwin condemned the Taliban’s actions. “This is a continuation of gross and widespread human rights violations, specifically against women and girls in Afghanistan,” she said. “This clearly shows that no matter how much opportunity is given to the Taliban, they are incapable of change.”",
    url: "https://amu.tv/128411",
  },
  {
    event: "vice-virtue-law",
    actor: "masouda-bamiyan-2024",
    excerpt: "“I am very afraid. It has become very difficult for me to come to the shop,” Masouda said.",
    url: "https://rukhshana.com/en/threats-and-intimidation-of-afghan-women-rise-as-talibans-new-vice-and-virtue-decree-emboldens-morality-police",
  },
  // uae-accepts-envoy
  {
    event: "uae-accepts-envoy",
    actor: "uae",
    excerpt:
      "“The decision to accept the credentials of the ambassador of Afghanistan reaffirms our determination to contribute to building bridges to help the people of Afghanistan.”",
    url: "https://www.thenews.com.pk/print/1223273-in-rare-move-uae-accepts-taliban-government-ambassador",
  },
  // biden-swap-talks
  {
    event: "biden-swap-talks",
    actor: "sean-savett",
    excerpt:
      "\"The safety and security of Americans overseas is one of the Biden-Harris Administration's top priorities, and we are working around the clock to ensure George, Ryan and Mahmoud's safe return,\" said Sean Savett, a National Security Council spokesman.",
    url: "https://magzter.com/de/stories/newspaper/The-Wall-Street-Journal/US-WEIGHS-SWAP-WITH-TALIBAN-TO-FREE-AMERICAN-HOSTAGES",
  },

  {
    event: "biden-swap-talks",
    actor: "zabihullah-mujahid",
    excerpt:
      "“We should be able to free our citizens in [an] exchange, as American citizens are important for them [the United States], just as Afghans are important for us,” spokesman Zabihullah Mujahid told a press conference in Kabul.",
    url: "https://english.alarabiya.net/News/united-states/2024/07/03/taliban-discussed-prisoner-exchange-with-us-afghan-govt-",
  },
];
