import type { QuoteEvidence } from "./evidence";

/** Evidence for the quotations in events-2021-2022.ts (see evidence.ts). */
export const evidence: QuoteEvidence[] = [
  {
    event: "interim-government",
    actor: "diba-farahmand",
    excerpt:
      "“We are not women of yesterday. We want our rights. We faced violence yesterday, but will continue our fight,” said Diba Farahmand, another activist.",
    url: "https://ariananews.af/women-protest-against-all-male-government-appointments/",
  },
  {
    event: "interim-government",
    actor: "masooma-rasooli",
    excerpt:
      "“The cabinet was announced yesterday. Unfortunately no women have been appointed to the cabinet,” said Masooma Rasooli, another protestor.",
    url: "https://ariananews.af/women-protest-against-all-male-government-appointments/",
  },
  {
    event: "interim-government",
    actor: "abdul-farid-ahmad",
    excerpt:
      'The same was also pointed out by deputy director for operations of the Afghanistan-based Tolo News, Abdul Farid Ahmad. "There is no female included in the Taliban Cabinet and they have eliminated women\'s ministry from the Afghanistan cabinet. Also, there is no ethnic balance in the Taliban cabinet," he tweeted.',
    url: "https://www.dawn.com/news/1645054/nobody-except-the-taliban-journalists-react-to-womens-absence-from-interim-taliban-govt",
  },
  {
    event: "drone-strike-admission",
    actor: "kenneth-mckenzie",
    excerpt:
      '“The strike was a tragic mistake," Marine Gen. Frank McKenzie, head of U.S. Central Command, told a Pentagon news conference Friday.',
    url: "https://www.sheltonherald.com/news/article/Pentagon-reverses-itself-calls-deadly-Kabul-16469040.php",
  },
  {
    event: "drone-strike-admission",
    actor: "lloyd-austin",
    excerpt:
      "We now know that there was no connection between Mr. Ahmadi and ISIS-Khorasan, that his activities on that day were completely harmless and not at all related to the imminent threat we believed we faced, and that Mr. Ahmadi was just as innocent a victim as were the others tragically killed. We apologize, and we will endeavor to learn from this horrible mistake.",
    url: "https://www.defense.gov/News/Releases/Release/Article/2780404/statement-by-secretary-of-defense-lloyd-j-austin-iii-on-the-results-of-central/",
  },
  {
    event: "drone-strike-admission",
    actor: "emal-ahmadi",
    excerpt:
      "Emal Ahmadi, whose brother Zemerai Ahmadi and 3-year-old daughter Malika Ahmadi were among those killed in the Aug. 29 strike, told The Associated Press that “whoever did this should be punished.”",
    url: "https://thehill.com/policy/international/middle-east-north-africa/572883-relative-of-afghans-killed-in-us-drone-strike/",
  },
  {
    event: "drone-strike-admission",
    actor: "amnesty-international",
    excerpt:
      '"This admission is an important step towards accountability for the killings in Kabul, but much more remains to be done," said Brian Castner, Amnesty International’s Senior Crisis Adviser, in a statement on Friday.',
    url: "https://english.alaraby.co.uk/news/amnesty-urges-real-accountability-over-us-kabul-strike",
  },
  {
    event: "doha-talks-oct-2021",
    actor: "amir-khan-muttaqi",
    excerpt:
      'The minister added that the Afghan delegation and U.S. counterparts discussed "opening a new page" between the two countries, adversaries during the United States\' two-decade long occupation of Afghanistan.',
    url: "https://www.marketscreener.com/news/latest/Afghan-acting-FM-asked-U-S-to-lift-ban-on-cbank-reserves-Al-Jazeera--36646673/?utm_medium=RSS&utm_content=20211009",
  },
  {
    event: "doha-talks-oct-2021",
    actor: "suhail-shaheen",
    excerpt:
      '"We are able to tackle Daesh independently," Taliban political spokesman Suhail Shaheen told the Associated Press, using the Arabic acronym for the terrorist group.',
    url: "https://www.newsweek.com/taliban-rule-out-cooperation-us-contain-islamic-state-1637325",
  },
  {
    event: "qatar-protecting-power",
    actor: "mohammed-bin-abdulrahman-al-thani",
    excerpt:
      "Al Thani said: “We are dedicated to contributing to the stability of Afghanistan and the safety and wellbeing of the Afghan people.”",
    url: "https://www.aljazeera.com/news/2021/11/12/qatar-to-act-as-us-diplomatic-representative-in-afghanistan",
  },
  {
    event: "unsc-2615-aid-exemption",
    actor: "mahbouba-seraj",
    excerpt:
      "But we will not be silenced, and you have a tremendous responsibility for keeping the promises you have made to us, the women of Afghanistan, over the years.",
    url: "https://www.womenpeacesecurity.org/resource/un-security-council-briefing-afghanistan-mahbouba-seraj-01-2022/",
  },
  {
    event: "eo-14064-reserves",
    actor: "united-states",
    excerpt:
      'The White House said in a statement that the order "is designed to provide a path for the funds to reach the people of Afghanistan, while keeping them out of the hands of the Taliban and malicious actors."',
    url: "https://www.arkansasonline.com/news/2022/feb/12/7b-in-seized-assets-to-go-for-afghan-aid-911/",
  },
  {
    event: "eo-14064-reserves",
    actor: "mohammad-naeem",
    excerpt:
      "Mohammad Naeem, spokesman of the Taliban political office in Qatar, tweeted on Friday that “Stealing the blocked funds of Afghan nation by the US and its seizure is indicative of the lowest level of human and moral decay of a country and a nation.”",
    url: "https://www.dailyexcelsior.com/taliban-slams-us-decision-on-afghan-assets/",
  },
  {
    event: "eo-14064-reserves",
    actor: "taliban",
    excerpt:
      "“If the United States does not deviate from its position and continues its provocative actions, the Islamic Emirate will also be forced to reconsider its policy towards the country,” said a statement from the Taliban released by its spokesman on Monday.",
    url: "https://nationalpost.com/pmn/news-pmn/crime-pmn/taliban-call-on-biden-to-reverse-move-to-halve-frozen-afghan-funds",
  },
  {
    event: "eo-14064-reserves",
    actor: "hamid-karzai",
    excerpt:
      "“We commiserate with them [but] Afghan people are as much victims as those families who lost their lives. Withholding money or seizing money from the people of Afghanistan in their name is unjust and unfair and an atrocity against Afghan people.”",
    url: "https://www.aljazeera.com/news/2022/2/14/former-afghan-president-karzai-calls-on-us-not-to-withhold-funds",
  },
  {
    event: "eo-14064-reserves",
    actor: "abdul-rahman-kabul-activist",
    excerpt:
      'The demonstration\'s organiser, activist Abdul Rahman, asked: "What about our Afghan people who gave many sacrifices and thousands of losses of lives?" "This money belongs to the people of Afghanistan, not to the United States. This is the right of Afghans," he said.',
    url: "https://www.forces.net/news/afghanistan/afghans-protest-over-us-order-give-billions-dollars-911-victims",
  },
  {
    event: "eo-14064-reserves",
    actor: "terry-strada",
    excerpt:
      "“If it is handled appropriately, this is an important first step towards finally securing justice from foreign actors that aided, abetted and encouraged al-Qaeda, and we commend President Biden for his executive order,” Strada said.",
    url: "https://911familiesunited.org/9-11-families-united-statement-on-president-bidens-executive-order-ongoing-fight-for-accountability/",
  },
  {
    event: "girls-schools-closed",
    actor: "antony-blinken",
    excerpt:
      "Education is a human right, and the United States rejects the Taliban’s excuses for reversing their commitment to the people of Afghanistan that all Afghans would be able to return to school at all levels today.",
    url: "https://af.usembassy.gov/women-and-girls-education-in-afghanistan/",
  },
  {
    event: "girls-schools-closed",
    actor: "suhail-shaheen",
    excerpt:
      'Speaking to AFP, a Taliban spokesperson Suhail Shaheen, said "our policy is not against girls\' education." "There are some practical problems….that had not been solved before the deadline for the opening", he added.',
    url: "https://www.euronews.com/2022/03/27/dozens-protest-in-kabul-demanding-the-taliban-reopens-girls-secondary-schools",
  },
  {
    event: "girls-schools-closed",
    actor: "united-nations",
    excerpt:
      "I deeply regret today’s announcement by Taliban authorities in Afghanistan that girls’ education from the sixth grade has been suspended until further notice.",
    url: "https://www.un.org/press/en/2022/sgsm21199.doc.htm",
  },
  {
    event: "girls-schools-closed",
    actor: "un-human-rights",
    excerpt:
      "“I share the profound frustration and disappointment of Afghan high school girls and women, who after six months of anticipation were prevented from returning to school today,” UN High Commissioner for Human Rights Michelle Bachelet said in a statement.",
    url: "https://www.scmp.com/yp/discover/news/global/article/3171597/profound-frustration-taliban-shuts-afghan-girls-schools-un",
  },
  {
    event: "girls-schools-closed",
    actor: "halima-nasari",
    excerpt:
      '"We call on the authorities to reopen the schools for secondary school girls within a week," said activist Halima Nasari.',
    url: "https://www.euronews.com/2022/03/27/dozens-protest-in-kabul-demanding-the-taliban-reopens-girls-secondary-schools",
  },
  {
    event: "us-cancels-doha-meetings",
    actor: "united-states",
    excerpt:
      '"Their decision was a deeply disappointing and inexplicable reversal of commitments to the Afghan people, first and foremost, and also to the international community," the spokesperson said. "We have cancelled some of our engagements, including planned meetings in Doha, and made clear that we see this decision as a potential turning point in our engagement."',
    url: "https://www.devdiscourse.com/article/education/1977161-exclusive--us-officials-cancel-talks-with-taliban-over-bar-on-girls-education---state-department",
  },
  {
    event: "zawahiri-strike",
    actor: "joe-biden",
    excerpt: "Speaking Monday evening from the White House, Biden says, “This terrorist leader is no more.”",
    url: "https://www.wtva.com/news/biden-drone-strike-on-al-qaida-leader-delivered-justice/article_9507bf2d-81c0-54f5-8dcc-243e9e869e40.html",
  },
  {
    event: "zawahiri-strike",
    actor: "zabihullah-mujahid",
    excerpt:
      '“It is a clear violation of international principles and the Doha agreement,” said Zabihullah Mujahid, spokesperson for the interim government, in a statement. The US drone strike killed al-Qaeda leader Ayman al-Zawahiri in the capital Kabul in what US President Joe Biden said was a "clear demonstration" of American resolve to carry out its fight against the terrorist group. However, Mujahid said: “Such actions are a repetition of the failed experiences of the past 20 years and are against the interests of the USA, Afghanistan, and the region.”',
    url: "https://www.aa.com.tr/en/asia-pacific/taliban-administration-at-odds-with-us-over-kabul-attack/2651384",
  },
  {
    event: "zawahiri-strike",
    actor: "michael-mccaul",
    excerpt:
      "“It is a great day for America when the leader of al Qaeda is taken out. I commend those security and intelligence professionals who bravely carried out this operation. Unfortunately, today’s attack also serves as a reminder the American people were lied to by President Biden. Al Qaeda is not ‘gone’ from Afghanistan as Biden falsely claimed a year ago. And worse, the head of al Qaeda, who was one of the masterminds behind 9/11, was given safe harbor in the capitol city of Kabul – just as al Qaeda was given safe harbor there before 9/11. Our chaotic and deadly withdrawal from Afghanistan opened the door for al Qaeda to operate freely inside the country to conduct external operations against the United States and our allies again.”",
    url: "https://foreignaffairs.house.gov/press-release/mccaul-reacts-to-death-of-al-qaeda-leader-al-zawahiri/",
  },
  {
    event: "corbett-detained",
    actor: "matthew-miller",
    excerpt:
      '"We are deeply concerned about the well-being of Americans unjustly detained in Afghanistan - Mahmood, Ryan and George Glezmann - and raise their detentions at every engagement we have with the Taliban," Miller said at a press briefing, ahead of the two-year anniversary of Corbett and Habibi\'s detention on Aug. 10.',
    url: "https://au.news.yahoo.com/americans-detained-afghanistan-remain-priority-191053903.html",
  },
  {
    event: "corbett-detained",
    actor: "hamdullah-fitrat",
    excerpt:
      "Hamdullah Fitrat, the deputy spokesperson for the Islamic Emirate Afghanistan, told The Media Line, “Both American nationals violated the country’s law, and discussion has been held with the US officials in this regard.”",
    url: "https://www.jpost.com/middle-east/article-810365",
  },
  {
    event: "habibi-detained",
    actor: "united-states",
    excerpt:
      "Last month, the FBI issued a notice seeking information on Habibi’s disappearance, stating: “It is believed that Mr. Habibi was taken by Taliban military or security forces and has not been heard from since.”",
    url: "https://amu.tv/?p=126319",
  },
  {
    event: "habibi-detained",
    actor: "zabihullah-mujahid",
    excerpt:
      "“Mr. Habibi is considered an Afghan citizen. No evidence has been uncovered indicating that he is being held by any entity affiliated with the Islamic Emirate,” Mujahid said, referring to the Taliban’s formal name for their government.",
    url: "https://kabulnow.com/2025/07/taliban-deny-role-in-disappearance-of-afghan-american-businessman-as-us-pressure-grows/",
  },
  {
    event: "afghan-fund",
    actor: "united-states",
    excerpt:
      "The U.S. Treasury and State departments say robust safeguards have been put in place “to prevent the funds from being used for illicit activity.”",
    url: "https://keyt.com/news/2022/09/14/us-sets-up-afghan-relief-fund-with-frozen-central-bank-money/",
  },
  {
    event: "afghan-fund",
    actor: "zabihullah-mujahid",
    excerpt:
      '"The assets of the people of Afghanistan have been usurped by the United States," Taliban spokesperson Zabihullah Mujahid told the AFP news agency.',
    url: "https://www.trtworld.com:443/article/12784548",
  },
  {
    event: "frerichs-noorzai-swap",
    actor: "amir-khan-muttaqi",
    excerpt:
      "“Today, Mark Frerichs was handed over to the US and Haji Bashar was handed over to us at Kabul airport,” Muttaqi told reporters in Kabul. He said the exchange happened “after long negotiations”, adding that Frerichs was given to a US delegation.",
    url: "https://www.aljazeera.com/news/2022/9/19/taliban-us-swap-prisoners-guantanamo-detainee-for-navy-veteran",
  },
  {
    event: "women-universities-ban",
    actor: "antony-blinken",
    excerpt: '"There are going to be costs if this is not reversed," he said of the ban announced on Tuesday.',
    url: "https://www.reuters.com/world/asia-pacific/blinken-calls-afghan-taliban-reverse-ban-women-universities-2022-12-22/",
  },
  {
    event: "women-universities-ban",
    actor: "neda-mohammad-nadeem",
    excerpt:
      "“Those female students who were coming to universities from home were also not following instructions on hijab... They were dressing like they were going to a wedding,” Mr Neda Mohammad Nadeem said, in an interview on state television.",
    url: "https://www.straitstimes.com/asia/south-asia/afghan-women-banned-from-university-for-not-following-dress-code",
  },
  {
    event: "women-universities-ban",
    actor: "maryam-political-science-student",
    excerpt:
      "“He told me, ‘I am very sorry, you will not be able to take your final exams; universities have closed for you.’ My heart has been bleeding since I heard those words,” she told Al Jazeera, choking back tears.",
    url: "https://www.aljazeera.com/news/2022/12/21/afghan-women-devastated-by-taliban-university-ban?traffic_source=KeepReading",
  },
  {
    event: "women-universities-ban",
    actor: "wurranga-arif",
    excerpt:
      "“My dreams are over forever. I think the weight of the sky is on my shoulders, and I am very sad,” Arif said via WhatsApp, speaking in Persian.",
    url: "https://www.thestar.com/news/world/2022/12/21/my-dreams-are-over-taliban-ban-on-women-in-university-sparks-private-anguish-public-protests.html",
  },
  {
    event: "women-universities-ban",
    actor: "zohra-madadi",
    excerpt:
      "“The Taliban that day were not allowing male doctors to treat or draw blood from women,” she says. “Don’t they realise that by closing schools and universities today, there is not going to be any female doctors tomorrow?”",
    url: "https://rukhshana.com/?p=15196",
  },
  {
    event: "women-universities-ban",
    actor: "saeeda-husaini-sadaat",
    excerpt: "“It’s been very difficult for me,” she says. “I was completely devastated.”",
    url: "https://rukhshana.com/?p=15196",
  },
  {
    event: "women-ngo-ban",
    actor: "zabihullah-mujahid",
    excerpt:
      "Mr. Mujahid on his Twitter handle said, “American officials should stop interfering in our internal matters. All those institutions wanting to operate in Afghanistan are obliged to comply with the rules and regulations of our country.”",
    url: "https://bakhtarnews.af/en/us-should-stop-interfering-in-afghanistan-internal-issues-mujahid/",
  },
  {
    event: "women-ngo-ban",
    actor: "maliha-niazai",
    excerpt:
      '"It\'s a heartbreaking announcement," said Maliha Niazai, a master trainer at an NGO teaching young people abou',
    url: "https://www.1news.co.nz/2022/12/25/afghanistan-taliban-ban-women-from-working-for-ngos/",
  },
];
