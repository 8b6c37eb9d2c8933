import type { TimelineEvent } from "../../domain/schema";
import type { Speaker } from "./voices";
import { paragraphs } from "./text";

/** Events of 2023 and 2024, to the end of the Biden administration. */
export const laterBidenEvents: TimelineEvent[] = [
  {
    id: "un-staff-ban",
    title: "Taliban extend the ban to Afghan women working for the UN",
    shortTitle: "Ban extended to UN staff",
    start: "2023-04-04",
    end: "2023-04-05",
    precision: "day",
    track: "rights",
    actors: [
      "taliban",
      "zabihullah-mujahid",
      "united-nations",
      "unama",
      "richard-bennett",
      "antony-blinken",
      "united-states",
      "afghan-women",
    ],
    summary:
      "In early April 2023 the Taliban stopped Afghan women employed by the United Nations from going to work, first in Nangarhar province on 4 April and then nationwide. The UN told all its Afghan staff to stay home while it sought an explanation, and on 5 April Secretary-General António Guterres condemned the order.",
    details: paragraphs(
      "On Tuesday 4 April 2023 the UN mission in Afghanistan expressed serious concern after Afghan women on its staff were prevented from reporting to work in the eastern province of Nangarhar. Women working for the UN had not been covered by the December 2022 ban on women working for NGOs. The UN told its Afghan staff, men and women, not to come to its offices while it sought clarity from the Taliban.",
      "On Wednesday 5 April Secretary-General António Guterres condemned the Taliban's decision to bar Afghan women from working for the UN anywhere in Afghanistan and called for it to be revoked at once. UN special rapporteur Richard Bennett called it a violation of the UN Charter, and on 6 April Secretary Blinken urged the Taliban to reverse it.",
      "Zan Times spoke to a woman who had worked for the UN for four years in one of the central provinces and was the sole breadwinner of a family of 11. She said Taliban officials came to her office on the evening of 4 April and stood at the gate as the women left, telling them they would stay at home from then on.",
      "On 12 April Taliban spokesman Zabihullah Mujahid said the ban was an internal matter that all sides should respect, and blamed the humanitarian crisis on sanctions and frozen assets.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "UN: Afghan female staff banned from work in eastern province",
        publisher: "Associated Press",
        url: "https://krdo.com/news/ap-national-news/2023/04/04/un-afghan-female-staff-banned-from-work-in-eastern-province/",
        via: "KRDO",
        date: "2023-04-04",
        kind: "report",
      },
      {
        title: "UN officials condemn Taliban ban on female Afghan staffers",
        publisher: "Associated Press",
        url: "https://kion546.com/news/ap-national-news/2023/04/05/un-officials-condemn-taliban-ban-on-female-afghan-staffers/",
        via: "KION 46",
        date: "2023-04-05",
        kind: "report",
      },
      {
        title:
          "Secretary-General Strongly Condemns Taliban Ban on Afghan Women Working with United Nations (SG/SM/21757)",
        publisher: "United Nations",
        url: "https://press.un.org/en/2023/sgsm21757.doc.htm",
        date: "2023-04-05",
        kind: "primary",
      },
      {
        title: "UN chief condemns Taliban ban on Afghan women working for UN",
        publisher: "Reuters",
        url: "https://www.dailymail.co.uk/wires/reuters/article-11942353/UN-chief-condemns-Taliban-ban-Afghan-women-working-UN.html?ns_mchannel=rss&ns_campaign=1490&ito=1490",
        via: "Daily Mail",
        date: "2023-04-05",
        kind: "report",
      },
      {
        title: "UN seeks explanation from Taliban over banning Afghan female staff",
        publisher: "Daily Times (Pakistan)",
        url: "https://dailytimes.com.pk/1081342/un-seeks-explanation-from-taliban-over-banning-afghan-female-staff/",
        date: "2023-04-05",
        kind: "report",
      },
      {
        title: "UN tells its Afghan staff to stay home after Taliban ban on female workers",
        publisher: "Zan Times",
        url: "https://zantimes.com/2023/04/12/un-tells-its-afghan-staff-to-stay-home-after-taliban-ban-on-female-workers/",
        date: "2023-04-12",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "marzia-un-aid-worker-2023",
        words:
          "We noticed that some Taliban came to our office and then our work stopped … When all the women left the office, the Taliban delegation was still congregating at the gate of the office, smiling at us and saying, ‘You will stay at home after this.’",
        date: "2023-04-12",
        source: {
          title: "UN tells its Afghan staff to stay home after Taliban ban on female workers",
          publisher: "Zan Times",
          url: "https://zantimes.com/2023/04/12/un-tells-its-afghan-staff-to-stay-home-after-taliban-ban-on-female-workers/",
          date: "2023-04-12",
          kind: "report",
        },
      },
      {
        actor: "united-nations",
        words: "This is a violation of the inalienable fundamental human rights of women",
        date: "2023-04-05",
        source: {
          title: "UN chief condemns Taliban ban on Afghan women working for UN",
          publisher: "Reuters",
          url: "https://www.dailymail.co.uk/wires/reuters/article-11942353/UN-chief-condemns-Taliban-ban-Afghan-women-working-UN.html?ns_mchannel=rss&ns_campaign=1490&ito=1490",
          via: "Daily Mail",
          date: "2023-04-05",
          kind: "report",
        },
      },
      {
        actor: "richard-bennett",
        words:
          "TB (Taliban) decision to ban #Afghanwomen UN staff from working is another gross violation of their fundamental right to non-disc, is against UN Charter & will seriously impact essential services for#Afghans",
        date: "2023-04-05",
        source: {
          title: "Taliban’s ban on UN women staff denounced as against UN Charter and wrong",
          publisher: "KabulNow",
          url: "https://kabulnow.com/2023/04/talibans-ban-on-un-women-staff-denounced-as-against-un-charter-and-wrong/",
          date: "2023-04-05",
          kind: "report",
        },
      },
      {
        actor: "antony-blinken",
        words:
          "Disturbed by another reprehensible Taliban decision banning Afghan women from working with the UN. This will threaten vulnerable Afghans who depend on humanitarian assistance. We urge the Taliban to put Afghans first and reverse this decision.",
        date: "2023-04-06",
        source: {
          title: "US Secretary of State “disturbed” by Taliban’s ban on UN women staff",
          publisher: "KabulNow",
          url: "https://kabulnow.com/2023/04/us-secretary-of-state-disturbed-by-talibans-ban-on-un-women-staff/",
          date: "2023-04-06",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        words:
          "The Islamic Emirate does not want to create obstacles for the United Nations; rather, it wants to make it clear that this is an internal issue of Afghanistan, which does not create problem for anyone and should be respected by all sides",
        date: "2023-04-12",
        source: {
          title: "Mujahid: The ban on UN female staff is Afghanistan’s internal issue",
          publisher: "KabulNow",
          url: "https://kabulnow.com/2023/04/mujahid-the-ban-on-un-female-staff-is-afghanistans-internal-issue/",
          date: "2023-04-12",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "women-ngo-ban", relation: "see-also" },
      { id: "doha-un-meeting-2023", relation: "see-also" },
    ],
    notes: paragraphs(
      "The two dates are the first enforcement in Nangarhar (4 April, AP and Daily Times) and the UN's confirmation and condemnation of the nationwide order (5 April, UN statement and Reuters).",
      "The Secretary-General's words were issued in a statement by his spokesman, Stéphane Dujarric. The woman quoted by Zan Times is called Marzia in its report, a name it marks as changed; she asked that her province not be named.",
    ),
    tags: ["women's rights", "United Nations", "humanitarian aid"],
  },
  {
    id: "isis-k-planner-killed",
    title: "Taliban kill the ISIS-K planner of the Abbey Gate bombing, U.S. officials say",
    shortTitle: "Abbey Gate planner killed",
    start: "2023-04",
    precision: "month",
    track: "military",
    actors: ["taliban", "isis-k", "united-states", "abbey-gate-families", "darin-hoover"],
    summary:
      "In April 2023 U.S. officials said that the Taliban had killed the Islamic State Khorasan (ISIS-K) leader they held most responsible for planning the August 2021 suicide bombing at Kabul airport's Abbey Gate. The officials did not name him and said the United States had not taken part in the operation.",
    details: paragraphs(
      "According to one U.S. official quoted by AP, the ISIS-K leader was killed in southern Afghanistan in early April during a series of Taliban operations against the group, and the Taliban did not know at the time whom they had killed. The officials did not name him.",
      "Over the weekend before the announcement the U.S. military began telling the families of the 13 service members killed at Abbey Gate; U.S. officials confirmed the news to reporters on Tuesday 25 April. A senior Biden administration official told ABC News that the United States had not carried out the operation with the Taliban and was not partnering with them.",
      "ISIS-K is an enemy of the Taliban. The bombing on 26 August 2021 killed 13 U.S. service members and about 170 Afghans.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Taliban kills mastermind of deadly Afghan airport bombing that struck U.S. forces",
        publisher: "Associated Press",
        url: "https://www.latimes.com/world-nation/story/2023-04-25/taliban-kills-mastermind-of-suicide-bombing-at-kabul-airport",
        via: "Los Angeles Times",
        date: "2023-04-25",
        kind: "report",
      },
      {
        title: "Taliban kills suspected ISIS-K mastermind of Kabul airport bombing: US officials",
        publisher: "ABC News",
        url: "https://kissnwa.com/news/world/taliban-kills-suspected-isis-k-mastermind-of-kabul-airport-bombing-us-officials",
        via: "KISS 95.1 (Northwest Arkansas)",
        date: "2023-04-25",
        kind: "report",
      },
      {
        title: "Taliban Kills ISIS ‘Mastermind’ Behind Kabul Airport Attack: Report",
        publisher: "The Daily Beast",
        url: "https://www.thedailybeast.com/taliban-reportedly-kill-isis-mastermind-behind-kabul-airport-attack",
        date: "2023-04-25",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words:
          "We did not conduct this operation directly with the Taliban. We are not partnering with the Taliban. But we do think the outcome is a significant one",
        date: "2023-04-25",
        source: {
          title: "Taliban kills suspected ISIS-K mastermind of Kabul airport bombing: US officials",
          publisher: "ABC News",
          url: "https://kissnwa.com/news/world/taliban-kills-suspected-isis-k-mastermind-of-kabul-airport-bombing-us-officials",
          via: "KISS 95.1 (Northwest Arkansas)",
          date: "2023-04-25",
          kind: "report",
        },
      },
      {
        actor: "darin-hoover",
        paraphrase:
          "Darin Hoover, whose son Staff Sgt. Darin Taylor Hoover was killed at Abbey Gate, said the Marines gave him only limited information: they did not name the ISIS-K leader or say how he died.",
        date: "2023-04-25",
        source: {
          title: "Taliban kills mastermind of deadly Afghan airport bombing that struck U.S. forces",
          publisher: "Associated Press",
          url: "https://www.latimes.com/world-nation/story/2023-04-25/taliban-kills-mastermind-of-suicide-bombing-at-kabul-airport",
          via: "Los Angeles Times",
          date: "2023-04-25",
          kind: "report",
        },
      },
    ],
    related: [{ id: "abbey-gate-bombing", relation: "see-also" }],
    notes: paragraphs(
      "The month is that of the killing (early April, according to AP and, through The Daily Beast, The New York Times); U.S. officials made it public on 25 April 2023. No report read here names the man or gives the day he was killed, so the timeline shows the month.",
      "The U.S. account rests on its own intelligence; the officials quoted gave no evidence for it, and the Taliban, according to AP's source, did not know whom they had killed.",
    ),
    tags: ["isis-k", "abbey gate", "counterterrorism"],
  },
  {
    id: "doha-un-meeting-2023",
    title: "UN chief convenes envoys on Afghanistan in Doha, without the Taliban",
    shortTitle: "Doha I: envoys meet, no Taliban",
    start: "2023-05-01",
    end: "2023-05-02",
    precision: "day",
    track: "diplomacy",
    actors: [
      "united-nations",
      "antonio-guterres",
      "united-states",
      "qatar",
      "taliban",
      "suhail-shaheen",
      "afghan-women-activists",
      "julia-parsi",
    ],
    summary:
      "On 1–2 May 2023 UN Secretary-General António Guterres hosted special envoys on Afghanistan from more than 20 countries and organisations in Doha to seek a common approach to the Taliban, who were not invited. Guterres said the meeting was about that common approach, not about recognising the Taliban; days before, women had marched in Kabul against any recognition.",
    details: paragraphs(
      "The closed meeting in the Qatari capital came weeks after the Taliban barred Afghan women from working for the UN. Guterres's spokesman told Reuters that the Secretary-General had not invited the Taliban authorities.",
      "At a press conference on Tuesday 2 May Guterres said the participants were worried about Afghanistan's stability, that the ban on Afghan women working for the UN was unacceptable and put lives in jeopardy, and that the international community could not disengage. Asked whether he would meet the Taliban himself, he said the moment had not yet come.",
      "On Saturday 29 April about two dozen women marched in Kabul, chanting that recognising the Taliban would violate women's rights. Suhail Shaheen, head of the Taliban's political office in Doha, told AP that the Taliban dismissed the talks, asking how a solution could be reached without hearing them.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Secretary-General's press conference following the meeting of special envoys on Afghanistan, Doha",
        publisher: "United Nations",
        date: "2023-05-02",
        kind: "primary",
      },
      {
        title: "UN: The Taliban not invited to UN Doha meeting on Afghanistan",
        publisher: "KabulNow",
        url: "https://kabulnow.com/2023/04/un-the-taliban-not-invited-to-un-doha-meeting-on-afghanistan/",
        date: "2023-04",
        kind: "report",
      },
      {
        title: "Guterres wraps up meeting on Afghanistan, says another is planned",
        publisher: "Amu TV",
        url: "https://amu.tv/46996/",
        date: "2023-05-02",
        kind: "report",
      },
      {
        title: "In Spontaneous Protest, Afghan Women Urge World Not To Recognize Taliban",
        publisher: "RFE/RL",
        url: "https://www.rferl.org/amp/afghanistan-women-protest-taliban-un/32385014.html",
        date: "2023-04-29",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "julia-parsi",
        words:
          "The United Nations will hold a meeting in Doha and they have not invited any women. They want to hold a meeting to recognize the (government) of the Taliban",
        date: "2023-04-29",
        source: {
          title: "In Spontaneous Protest, Afghan Women Urge World Not To Recognize Taliban",
          publisher: "RFE/RL",
          url: "https://www.rferl.org/amp/afghanistan-women-protest-taliban-un/32385014.html",
          date: "2023-04-29",
          kind: "report",
        },
      },
      {
        actor: "antonio-guterres",
        words:
          "When it is the right moment to do so, I will obviously not refuse that possibility — but today is not the right moment to do so.",
        date: "2023-05-02",
        source: {
          title: "Guterres wraps up meeting on Afghanistan, says another is planned",
          publisher: "Amu TV",
          url: "https://amu.tv/46996/",
          date: "2023-05-02",
          kind: "report",
        },
      },
      {
        actor: "suhail-shaheen",
        words:
          "If they are not ready to hear us and know our position regarding the issues, how can they reach a convincing and palatable solution?",
        date: "2023-05-02",
        source: {
          title: "Guterres wraps up meeting on Afghanistan, says another is planned",
          publisher: "Amu TV",
          url: "https://amu.tv/46996/",
          date: "2023-05-02",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "un-staff-ban", relation: "see-also" },
      { id: "unsc-resolution-2721", relation: "see-also" },
      { id: "doha-un-meeting-feb-2024", relation: "see-also" },
    ],
    notes: paragraphs(
      "The days rest on the UN's announcement as reported by KabulNow (1 and 2 May) and on Amu TV's report of Guterres's closing press conference on Tuesday 2 May. Reports give the number of participants differently (21 countries and 3 organisations, more than 20 countries, 25 delegations); the timeline says more than 20.",
      "Suhail Shaheen's words were given to the Associated Press and are quoted here as Amu TV reported them.",
    ),
    tags: ["doha", "United Nations", "recognition", "women's rights"],
  },
  {
    id: "us-taliban-doha-talks-2023",
    title: "U.S. envoys meet a Taliban delegation in Doha on the economy, security and rights",
    shortTitle: "U.S.–Taliban talks in Doha",
    start: "2023-07",
    precision: "month",
    track: "diplomacy",
    actors: [
      "united-states",
      "thomas-west",
      "rina-amiri",
      "taliban",
      "amir-khan-muttaqi",
      "abdul-qahar-balkhi",
      "coalition-of-afghan-womens-protest-movements",
      "purple-saturdays-movement",
    ],
    summary:
      "At the end of July 2023 Thomas West, the U.S. special representative for Afghanistan, and Rina Amiri, the special envoy for Afghan women, girls and human rights, met a Taliban delegation led by acting foreign minister Amir Khan Muttaqi in Doha. They discussed the economy, security, counternarcotics and human rights, and Washington said the talks did not signal recognition of the Taliban.",
    details: paragraphs(
      "Announcing the trip on 26 July, the State Department said the envoys would meet Taliban representatives and technocrats from key Afghan ministries to discuss humanitarian support, economic stabilisation, security, women's rights and counternarcotics. Deputy spokesperson Vedant Patel said the meeting did not indicate recognition, normalisation or legitimacy of the Taliban, nor any change in U.S. policy.",
      "The talks took place on 30 and 31 July, according to the State Department statement quoted by Dawn. Afterwards the State Department said the U.S. side had urged the Taliban to reverse the policies behind the worsening human rights situation, above all for women and girls, voiced grave concern about detentions, media crackdowns and limits on religious practice, and pressed for the release of detained U.S. citizens, calling their detention a significant obstacle to positive engagement. The delegation, which included Karen Decker, head of the U.S. mission to Afghanistan, also met officials of Afghanistan's central bank and finance ministry about the economy. The Taliban said they had sought the lifting of sanctions and blacklists and the unfreezing of the central bank's reserves.",
      "Amiri wrote that Afghans and human rights defenders had urged her to engage the Taliban directly. Afghan women's protest movements answered that they had asked for no such thing: the Coalition of Afghan Women's Protest Movements called her remarks untrue and asked her to apologise, and Purple Saturdays likened engagement with the Taliban to paying ransom to kidnappers.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "US officials to meet Taliban in Doha to discuss economy, rights",
        publisher: "Reuters",
        url: "https://www.todayonline.com/world/us-officials-meet-taliban-doha-discuss-economy-rights-2219931",
        via: "TODAY (Singapore)",
        date: "2023-07-26",
        kind: "report",
      },
      {
        title:
          "State Department statement (spokesperson Matthew Miller) on U.S. officials' meeting with Taliban representatives in Doha, 30–31 July 2023",
        publisher: "U.S. Department of State",
        date: "2023-07-31",
        kind: "primary",
      },
      {
        title: "US, Afghan Taliban officials hold rare talks in Doha",
        publisher: "Dawn",
        url: "https://dawn.com/news/1767772/us-afghan-taliban-officials-hold-rare-talks-in-doha",
        kind: "report",
      },
      {
        title: "US Officials and senior Taliban delegation discuss “confidence building” in Doha",
        publisher: "KabulNow",
        url: "https://kabulnow.com/2023/08/us-officials-and-senior-taliban-delegation-discuss-confidence-building-in-doha/",
        date: "2023-08",
        kind: "report",
      },
      {
        title: "Rukhshana Media report on Afghan women protesters' response to Rina Amiri's talks with the Taliban",
        publisher: "Rukhshana Media",
        url: "https://rukhshana.com/?p=19293",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-states",
        words:
          "expressed grave concern regarding detentions, media crackdowns, and limits on religious practice. The United States expressed support for the Afghan people’s demands for their rights to be respected and for their voices to shape the future of the country.",
        date: "2023-07-31",
        source: {
          title: "US Officials and senior Taliban delegation discuss “confidence building” in Doha",
          publisher: "KabulNow",
          url: "https://kabulnow.com/2023/08/us-officials-and-senior-taliban-delegation-discuss-confidence-building-in-doha/",
          date: "2023-08",
          kind: "report",
        },
      },
      {
        actor: "abdul-qahar-balkhi",
        words:
          "removing blacklists & lifting sanctions, unfreezing DAB reserves, economic stability of Afghanistan, countering narcotics.",
        date: "2023-07-31",
        source: {
          title: "US Officials and senior Taliban delegation discuss “confidence building” in Doha",
          publisher: "KabulNow",
          url: "https://kabulnow.com/2023/08/us-officials-and-senior-taliban-delegation-discuss-confidence-building-in-doha/",
          date: "2023-08",
          kind: "report",
        },
      },
      {
        actor: "rina-amiri",
        words:
          "Having been urged extensively by Afghans and human rights defenders on the need to directly engage the Taliban on human rights, particularly the extreme restriction on women and girls, I joined my colleagues in talks with the Taliban",
        source: {
          title: "Rukhshana Media report on Afghan women protesters' response to Rina Amiri's talks with the Taliban",
          publisher: "Rukhshana Media",
          url: "https://rukhshana.com/?p=19293",
          kind: "report",
        },
      },
      {
        actor: "coalition-of-afghan-womens-protest-movements",
        words: "disgraceful and untrue",
        source: {
          title: "Rukhshana Media report on Afghan women protesters' response to Rina Amiri's talks with the Taliban",
          publisher: "Rukhshana Media",
          url: "https://rukhshana.com/?p=19293",
          kind: "report",
        },
      },
      {
        actor: "purple-saturdays-movement",
        paraphrase:
          "The protest movement Purple Saturdays called Amiri's account a lie, likened engaging the Taliban to paying ransom to kidnappers, and warned that support for the Taliban risked another terrorist attack like 9/11.",
        source: {
          title: "Rukhshana Media report on Afghan women protesters' response to Rina Amiri's talks with the Taliban",
          publisher: "Rukhshana Media",
          url: "https://rukhshana.com/?p=19293",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "doha-talks-oct-2021", relation: "see-also" },
      { id: "glezmann-wrongfully-detained", relation: "see-also" },
      { id: "biden-swap-talks", relation: "see-also" },
    ],
    notes: paragraphs(
      "Only Dawn, quoting the State Department's statement of Monday 31 July, gives the days of the meeting (30 and 31 July); Reuters reported the envoys' trip as running from 26 to 31 July, with a first stop in Astana. With one report for the days, the timeline shows the month.",
      "Dawn described the meeting as the first wide-ranging talks between U.S. officials and the Taliban since the 2021 pullout; earlier in-person meetings had taken place in Doha in October 2021.",
    ),
    tags: ["doha", "talks", "women's rights", "sanctions"],
  },
  {
    id: "glezmann-wrongfully-detained",
    title: "U.S. declares Glezmann wrongfully detained",
    shortTitle: "Glezmann wrongfully detained",
    start: "2023-09",
    precision: "month",
    track: "detainees",
    actors: ["united-states", "antony-blinken", "george-glezmann"],
    summary:
      "The State Department under Antony Blinken formally designated George Glezmann as “wrongfully detained”, a status that commits more U.S. government resources to his case.",
    details:
      "Ryan Corbett was given the same designation; Mahmood Habibi, held since August 2022, had not received it as of August 2024. A congressional resolution in July 2024 recorded that Blinken had made the designation for Glezmann.",
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "American detained by Taliban in Afghanistan is freed in deal mediated by Qatar",
        publisher: "CNN",
        url: "https://wsvn.com/news/us-world/american-detained-by-taliban-in-afghanistan-is-freed-in-deal-mediated-by-qatar/",
        via: "WSVN",
        date: "2025-03-20",
        kind: "report",
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
        title: "Americans detained in Afghanistan remain a priority, says State Dept",
        publisher: "Reuters",
        url: "https://au.news.yahoo.com/americans-detained-afghanistan-remain-priority-191053903.html",
        via: "Yahoo News",
        date: "2024-08-08",
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
        title: "US Congress demands immediate release of American nationals from Taliban custody",
        publisher: "Amu TV",
        url: "https://amu.tv/?p=110149",
        date: "2024-07",
        kind: "report",
      },
    ],
    related: [
      { id: "glezmann-detained", relation: "response-to" },
      { id: "biden-swap-talks", relation: "see-also" },
    ],
    notes:
      "The month is disputed. CNN and UPI give September 2023; the James Foley Foundation and Italy's Tgcom24 give 10 October 2023, Tgcom24 attributing the designation to the White House. AP says only “the following year”. The timeline keeps September 2023, the month CNN gives, and shows no day because the sources do not agree on one.",
    tags: ["glezmann", "wrongful detention"],
  },

  {
    id: "unsc-resolution-2721",
    title: "UN Security Council takes note of the independent assessment and asks for a special envoy",
    shortTitle: "UN resolution 2721",
    start: "2023-12-29",
    precision: "day",
    track: "international",
    actors: ["united-nations", "united-states", "china", "russia", "uae", "taliban", "abdul-qahar-balkhi"],
    summary:
      "On 29 December 2023 the UN Security Council adopted Resolution 2721, which took positive note of the independent assessment on Afghanistan led by UN special coordinator Feridun Sinirlioğlu and asked the Secretary-General to appoint a special envoy for Afghanistan. Thirteen members voted in favour, China and Russia abstained, and the Taliban called a new envoy unnecessary.",
    details: paragraphs(
      "The Council had asked for an integrated, independent assessment earlier in 2023 (Resolution 2679). Sinirlioğlu's report, submitted in November, proposed an architecture for engagement with Afghanistan: meeting basic needs, security cooperation, a roadmap for political engagement, and mechanisms to coordinate them, including regular meetings of special envoys, a smaller contact group and a dedicated UN special envoy.",
      "Resolution 2721, drafted by Japan and the United Arab Emirates, encouraged member states to consider the assessment's recommendations, especially more coordinated international engagement, and recognised the need for the full, equal, meaningful and safe participation of Afghan women throughout. It asked for the special envoy to have robust expertise on human rights and gender, and welcomed the Secretary-General's plan to convene the special envoys again.",
      "On 30 December the Taliban foreign ministry spokesman, Abdul Qahar Balkhi, said the Taliban welcomed more engagement with the UN but that special envoys had complicated matters by imposing outside solutions.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title:
          "Adopting Resolution 2721 (2023), Security Council Requests Secretary-General Appoint Special Envoy for Afghanistan (SC/15548)",
        publisher: "United Nations",
        url: "https://press.un.org/en/2023/sc15548.doc.htm",
        date: "2023-12-29",
        kind: "primary",
      },
      {
        title: "Resolution 2721 (2023): The situation in Afghanistan (S/RES/2721 (2023))",
        publisher: "UN Security Council",
        date: "2023-12-29",
        kind: "primary",
      },
      {
        title: "UN Security Council approves on Afghanistan independent assessment",
        publisher: "Amu TV",
        url: "https://amu.tv/77744/",
        date: "2023-12-29",
        kind: "report",
      },
      {
        title: "Taliban balk at UN plan for special Afghan envoy amid women's rights crisis",
        publisher: "AFP",
        url: "https://www.tag24.com/politics/taliban-balk-at-un-plan-for-special-afghan-envoy-amid-womens-rights-crisis-3052944",
        via: "TAG24",
        date: "2023-12-30",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "united-nations",
        paraphrase:
          "The Security Council stressed the critical importance of a continued UN mission in Afghanistan and asked that the new special envoy bring robust expertise on human rights and gender.",
        date: "2023-12-29",
        source: {
          title:
            "Adopting Resolution 2721 (2023), Security Council Requests Secretary-General Appoint Special Envoy for Afghanistan (SC/15548)",
          publisher: "United Nations",
          url: "https://press.un.org/en/2023/sc15548.doc.htm",
          date: "2023-12-29",
          kind: "primary",
        },
      },
      {
        actor: "abdul-qahar-balkhi",
        words:
          "is unnecessary as Afghanistan is not a conflict zone and is ruled by a central government that is able to secure its national interests.",
        date: "2023-12-30",
        source: {
          title: "Taliban balk at UN plan for special Afghan envoy amid women's rights crisis",
          publisher: "AFP",
          url: "https://www.tag24.com/politics/taliban-balk-at-un-plan-for-special-afghan-envoy-amid-womens-rights-crisis-3052944",
          via: "TAG24",
          date: "2023-12-30",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "doha-un-meeting-2023", relation: "see-also" },
      { id: "doha-un-meeting-feb-2024", relation: "led-to" },
    ],
    notes: paragraphs(
      "The assessment reached the Council on 8 November 2023 according to Amu TV and Xinhua; the Afghanistan Analysts Network says members received it on 9 November. The timeline dates the event by the resolution, whose day all sources give.",
      "The resolution took positive note of the assessment rather than endorsing it in full. Amu TV reported that China and Russia voted against; the UN's record of the meeting shows that they abstained (13 in favour, none against).",
    ),
    tags: ["United Nations", "security council", "special envoy"],
  },
  {
    id: "china-accepts-envoy",
    title: "China's Xi accepts a Taliban ambassador",
    shortTitle: "China accepts Taliban envoy",
    start: "2024-01-30",
    precision: "day",
    track: "international",
    actors: ["china", "taliban", "zabihullah-mujahid"],
    summary:
      "President Xi Jinping received the credentials of Bilal Karimi, the Taliban's envoy to Beijing, at a group ceremony, making Xi the first head of state to formally accept a Taliban ambassador; Beijing called it a normal diplomatic arrangement.",
    details: paragraphs(
      "Karimi, also known as Mawlawi Asadullah, reached Beijing on 24 November 2023 and handed his credentials to Hong Lei, head of protocol at China's foreign ministry, on 1 December. On Tuesday 30 January 2024 he presented them to Xi at the Great Hall of the People together with the envoys of 41 other countries.",
      "Asked the next day whether China now formally recognised the Taliban administration, foreign ministry spokesman Wang Wenbin called the step a normal diplomatic arrangement, said China's Afghanistan policy was consistent and clear, and urged other countries to engage more with the Taliban government. According to RFE/RL, he made clear that the step was not official recognition, which he said would come naturally once the concerns of various parties were addressed.",
    ),
    provenance: "article",
    articleParagraphs: [8],
    articleQuotes: [
      {
        paragraph: 8,
        text: "they have established diplomatic relations with countries like China and the UAE, despite no formal recognition from the U.S.",
      },
    ],
    sources: [
      {
        title: "Chinese president accepts credentials of Taliban-appointed ambassador",
        publisher: "dpa",
        url: "https://gna.org.gh/2024/01/chinese-president-accepts-credentials-of-taliban-appointed-ambassador/",
        via: "Ghana News Agency",
        date: "2024-01-30",
        kind: "report",
      },
      {
        title: "China urges int'l community to 'step up engagement' with Afghan Taliban",
        publisher: "Anadolu Agency",
        url: "https://aa.com.tr/en/asia-pacific/china-urges-int-l-community-to-step-up-engagement-with-afghan-taliban/3123969",
        date: "2024-01-31",
        kind: "report",
      },
      {
        title: "China's acceptance of new Afghan ambassador 'normal diplomatic arrangement': FM spokesperson",
        publisher: "Global Times",
        url: "https://www.globaltimes.cn/page/202401/1306427.shtml",
        date: "2024-01-31",
        kind: "report",
      },
      {
        title: "China's Xi receives credentials of Taliban representative",
        publisher: "Afghanistan International",
        url: "https://afintl.com/en/202401309946",
        kind: "report",
      },
      {
        title: "China accepts credentials of Taliban-appointed Ambassador",
        publisher: "RFE/RL",
        url: "https://dtnext.in/amp/news/world/china-accepts-credentials-of-taliban-appointed-ambassador-765439",
        via: "DT Next",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "china",
        words: "It is normal diplomatic arrangement",
        date: "2024-01-31",
        source: {
          title: "China urges int'l community to 'step up engagement' with Afghan Taliban",
          publisher: "Anadolu Agency",
          url: "https://aa.com.tr/en/asia-pacific/china-urges-int-l-community-to-step-up-engagement-with-afghan-taliban/3123969",
          date: "2024-01-31",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        words: "China has understood what the rest of the world has not",
        date: "2024-01-30",
        source: {
          title: "Chinese president accepts credentials of Taliban envoy",
          publisher: "Voice of America",
          url: "https://report.az/en/other-countries/chinese-president-accepts-credentials-from-taliban-envoy",
          via: "Report.az",
          date: "2024-01-31",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "uae-accepts-envoy", relation: "see-also" },
      { id: "russia-recognition", relation: "see-also" },
      { id: "recognition-request", relation: "see-also" },
    ],
    notes: paragraphs(
      "The article (P8) says the Taliban “have established diplomatic relations with countries like China and the UAE”. That overstates it: China accepted an ambassador but did not formally recognise the Taliban government. When the article appeared no country had done so; Russia was the first, on 3 July 2025.",
      "Whether China said outright that this was not recognition is reported differently (VOA: the spokesman evaded the question; RFE/RL: he clarified it did not mean official recognition). A VOA report described the ceremony as amounting to the first official recognition of the Taliban government by a major nation.",
      "One outlet dates the ceremony 31 January 2024; the reports written at the time say Tuesday 30 January.",
      "Mujahid's remark is rendered differently in English: “China has understood what the rest of the world has not” (VOA, as carried by Report.az) and “China understands what the rest of the world needs to understand” (RFE/RL, as carried by DT Next).",
    ),
    correctsArticle: true,
    tags: ["china", "recognition", "ambassador"],
  },

  {
    id: "doha-un-meeting-feb-2024",
    title: "Second UN Doha meeting on Afghanistan; the Taliban stay away",
    shortTitle: "Doha II: Taliban stay away",
    start: "2024-02-18",
    end: "2024-02-19",
    precision: "day",
    track: "diplomacy",
    actors: ["united-nations", "antonio-guterres", "taliban", "qatar", "afghan-civil-society", "shah-gul-rezaie"],
    summary:
      "UN Secretary-General António Guterres hosted a second meeting of special envoys on Afghanistan in Doha on 18–19 February 2024, this time with Afghan civil-society and women's rights representatives. The Taliban declined to attend after the UN refused their conditions, which Guterres said would have amounted largely to recognition.",
    details: paragraphs(
      "According to Guterres, the Taliban had asked that other representatives of Afghan society be kept out of the talks and that they be treated in a way close to recognition as Afghanistan's rulers; Zan Times reported that they had asked to be the sole representatives of Afghanistan in Doha and to meet Guterres. Guterres said the Taliban's absence did not damage the process and that he expected to find a way for them to take part in future.",
      "Participants agreed, Guterres said, that it was essential to revoke the restrictions on women and girls. Another point of dispute was the special envoy for Afghanistan that the Security Council had asked for in December 2023, which the Taliban opposed; Guterres said he would begin consultations on the appointment.",
      "Civil-society participants included women's rights activists Mahbouba Seraj and Mitra Mehran, former member of parliament Shah Gul Rezaie, journalist Lotfullah Najafizada, head of Amu TV, and Kabul University professor Faiz Muhammad Zaland. Rezaie used the meeting to argue against integrating the Taliban into the international system.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "Taliban Set Unacceptable Conditions for Attending a UN Meeting, Says UN Secretary-general",
        publisher: "Associated Press",
        url: "https://www.dtnpf.com/agriculture/web/ag/news/world-policy/article/2024/02/20/taliban-set-unacceptable-conditions",
        via: "DTN/The Progressive Farmer",
        date: "2024-02-19",
        kind: "report",
      },
      {
        title:
          "Secretary-General's press conference at the close of the second meeting of special envoys on Afghanistan, Doha",
        publisher: "United Nations",
        date: "2024-02-19",
        kind: "primary",
      },
      {
        title: "UN Secretary General to consult on appointment of envoy for Taliban engagement",
        publisher: "Amu TV",
        url: "https://amu.tv/84034/",
        date: "2024-02-19",
        kind: "report",
      },
      {
        title: "Women participants at Doha Meeting: End Gender Apartheid",
        publisher: "Zan Times",
        url: "https://zantimes.com/2024/02/20/women-participants-at-doha-meeting-end-gender-apartheid/",
        date: "2024-02-20",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "shah-gul-rezaie",
        words:
          "In the past two years that the world was waiting for Taliban to change, Taliban increased repression of people, especially vulnerable ethnicities, and women of Afghanistan … The integration of the Taliban into the international system, increasing engagement with them, and recognizing them is not a solution to the problem of Afghanistan, but it will only intensify the problems.",
        date: "2024-02",
        source: {
          title: "Women participants at Doha Meeting: End Gender Apartheid",
          publisher: "Zan Times",
          url: "https://zantimes.com/2024/02/20/women-participants-at-doha-meeting-end-gender-apartheid/",
          date: "2024-02-20",
          kind: "report",
        },
      },
      {
        actor: "antonio-guterres",
        words:
          "I received a letter (from the Taliban) with a set of conditions to be present in this meeting that were not acceptable … These conditions denied us the right to talk to other representatives of Afghan society and demanded a treatment that would, to a large extent, be similar to recognition.",
        date: "2024-02-19",
        source: {
          title: "Taliban Set Unacceptable Conditions for Attending a UN Meeting, Says UN Secretary-general",
          publisher: "Associated Press",
          url: "https://www.dtnpf.com/agriculture/web/ag/news/world-policy/article/2024/02/20/taliban-set-unacceptable-conditions",
          via: "DTN/The Progressive Farmer",
          date: "2024-02-19",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        paraphrase:
          "The Taliban made their attendance conditional on being the sole representatives of Afghanistan at the meeting and on their delegation meeting Guterres, and stayed away when the UN did not accept.",
        source: {
          title: "Women participants at Doha Meeting: End Gender Apartheid",
          publisher: "Zan Times",
          url: "https://zantimes.com/2024/02/20/women-participants-at-doha-meeting-end-gender-apartheid/",
          date: "2024-02-20",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "unsc-resolution-2721", relation: "response-to" },
      { id: "doha-un-meeting-2023", relation: "see-also" },
      { id: "doha-un-meeting-2024", relation: "led-to" },
    ],
    notes: paragraphs(
      "The days are given by AP (a two-day meeting ending on Monday 19 February), Amu TV (Sunday and Monday) and Zan Times (18 and 19 February).",
      "The participants' names are spelled differently from report to report (Mitra Mehran or Metra Mehra; Mahbouba Seraj or Mehbooba Siraj; Shah Gul Rezaie or Rezaee). Lotfullah Najafizada, one of the participants, heads Amu TV, one of the sources cited here.",
    ),
    tags: ["doha", "United Nations", "women's rights", "recognition"],
  },
  {
    id: "doha-un-meeting-2024",
    title: "Taliban attend UN-convened Doha meeting; Afghan women left out",
    shortTitle: "Taliban at UN Doha meeting",
    start: "2024-06-30",
    end: "2024-07-01",
    precision: "day",
    track: "diplomacy",
    actors: [
      "united-nations",
      "rosemary-dicarlo",
      "taliban",
      "zabihullah-mujahid",
      "united-states",
      "qatar",
      "mohammed-al-khulaifi",
      "human-rights-watch",
      "amnesty-international",
      "afghan-women-activists",
      "shaharzad-akbar",
      "habiba-sarabi",
      "zubaida-akbar",
    ],
    summary:
      "The third UN-convened meeting of special envoys on Afghanistan, held in Doha on 30 June and 1 July 2024, was the first the Taliban attended. No Afghan women or civil-society members sat in the main sessions, a condition the Taliban had set, and Afghan women activists and international rights groups condemned their exclusion.",
    details: paragraphs(
      "The Taliban had not been invited to the first Doha meeting, and the UN Secretary-General had rejected their conditions for attending the second, in February 2024. For the third, the UN agreed an agenda centred on the private sector and counter-narcotics, and the Taliban sent a delegation led by chief spokesman Zabihullah Mujahid. The United States was represented by Special Representative Thomas West and Special Envoy Rina Amiri. Opening the meeting, Qatar's minister of state for foreign affairs, Mohammed Al Khulaifi, called the Taliban's participation an important opportunity for meaningful dialogue.",
      "Afghan women and civil society were not at the table. Afghanistan International reported that excluding them had been a Taliban condition that the UN accepted. The UN arranged a separate meeting with Afghan women and civil-society representatives after the main sessions, held on the morning of 2 July; Habiba Sarabi, a former member of the Republic's negotiating team, former deputy minister Nabila Musleh and rights activist Zubaida Akbar declined their invitations in protest, and Afghan women's protest movements called for a boycott. Human Rights Watch and Amnesty International said that leaving women out risked legitimising the Taliban's abuses and damaging the UN's credibility.",
      "Closing the meeting on 1 July, UN Under-Secretary-General Rosemary DiCarlo, who chaired it, said participants had voiced deep concern about the restrictions on women and girls and that the views of Afghan women and civil society had been at the forefront for the UN. Beforehand she had said that engaging with the Taliban did not mean recognising them.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "A Taliban delegation attends a UN-led meeting in Qatar on Afghanistan, with women excluded",
        publisher: "Associated Press",
        url: "https://toronto.citynews.ca/2024/06/30/a-taliban-delegation-attends-a-un-led-meeting-in-qatar-on-afghanistan-with-women-excluded/",
        via: "CityNews Toronto",
        date: "2024-06-30",
        kind: "report",
      },
      {
        title: "Afghan Talks Kick Off In Doha Amid Anger Over Taliban’s Exclusion Of Women",
        publisher: "RFE/RL",
        url: "https://rferl.org/amp/afghanistan-talks-doha-taliban-women-rights/33014343.html",
        date: "2024-06-30",
        kind: "report",
      },
      {
        title:
          "USG DiCarlo highlights Afghan women's concerns at Doha III meeting: press conference following the Third Meeting of Special Envoys on Afghanistan",
        publisher: "United Nations Department of Political and Peacebuilding Affairs",
        url: "https://dppa.un.org/en/press-usg-dicarlo-doha-iii-1-jul-2024",
        date: "2024-07-01",
        kind: "primary",
      },
      {
        title:
          "USG DiCarlo on Afghanistan: press conference following the meeting with members of Afghan civil society and Special Envoys on Afghanistan",
        publisher: "United Nations Department of Political and Peacebuilding Affairs",
        url: "https://dppa.un.org/en/press-usg-dicarlo-doha-iii-2-jul-2024",
        date: "2024-07-02",
        kind: "primary",
      },
      {
        title: "Concerns over restrictions on Afghan women, girls voiced at Doha meeting, says DiCarlo",
        publisher: "Amu TV",
        url: "https://amu.tv/?p=107471",
        date: "2024-07-01",
        kind: "report",
      },
      {
        title: "Doha Meeting Not Aimed at Recognising Taliban, Says UN Under Secretary-General",
        publisher: "Afghanistan International",
        url: "https://afintl.com/en/202406271801",
        date: "2024-06-27",
        kind: "report",
      },
      {
        title: "Women’s group says UN meeting participants in Doha did not represent Afghan women",
        publisher: "Amu TV",
        url: "https://amu.tv/107770",
        kind: "report",
      },
      {
        title: "Three woman activists refuse to attend Doha meeting",
        publisher: "Amu TV",
        url: "https://amu.tv/107231/",
        kind: "report",
      },
      {
        title: "Women excluded from key UN meeting on Afghanistan, HRW says",
        publisher: "Amu TV",
        url: "https://amu.tv/105407",
        kind: "report",
      },
      {
        title: "US special envoys West, Amiri to attend Doha meeting on Afghanistan, State Department says",
        publisher: "Amu TV",
        url: "https://amu.tv/106536/",
        kind: "report",
      },
      {
        title: "HRW Official Accuses UN of Making Concessions to Taliban",
        publisher: "KabulNow",
        url: "https://kabulnow.com/2024/06/hrw-official-accuses-un-of-making-concessions-to-taliban/",
        date: "2024-06-17",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "shaharzad-akbar",
        words:
          "The Taliban had a major role in creating the agenda of this meeting and who should be in this meeting … This in itself is a big problem and is giving power and legitimacy to the Taliban",
        date: "2024-06-30",
        source: {
          title: "Afghan Talks Kick Off In Doha Amid Anger Over Taliban’s Exclusion Of Women",
          publisher: "RFE/RL",
          url: "https://rferl.org/amp/afghanistan-talks-doha-taliban-women-rights/33014343.html",
          date: "2024-06-30",
          kind: "report",
        },
      },
      {
        actor: "habiba-sarabi",
        words:
          "Afghan women are half of Afghan society … When it is specifically related to Afghanistan, women should be present and women should also participate in those decisions",
        date: "2024-06-30",
        source: {
          title: "Afghan Talks Kick Off In Doha Amid Anger Over Taliban’s Exclusion Of Women",
          publisher: "RFE/RL",
          url: "https://rferl.org/amp/afghanistan-talks-doha-taliban-women-rights/33014343.html",
          date: "2024-06-30",
          kind: "report",
        },
      },
      {
        actor: "zubaida-akbar",
        words:
          "I will not be attending the meeting because Afghan women deserve to be at the main meeting table in Doha, shaping the agenda and prioritizing women’s rights.",
        source: {
          title: "Three woman activists refuse to attend Doha meeting",
          publisher: "Amu TV",
          url: "https://amu.tv/107231/",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        words:
          "We urge all countries not to abandon the Afghan people in difficult times, and actively participate in Afghanistan’s reconstruction and economic strengthening",
        date: "2024-06-29",
        source: {
          title: "A Taliban delegation attends a UN-led meeting in Qatar on Afghanistan, with women excluded",
          publisher: "Associated Press",
          url: "https://toronto.citynews.ca/2024/06/30/a-taliban-delegation-attends-a-un-led-meeting-in-qatar-on-afghanistan-with-women-excluded/",
          via: "CityNews Toronto",
          date: "2024-06-30",
          kind: "report",
        },
      },
      {
        actor: "mohammed-al-khulaifi",
        words:
          "The participation of the caretaker government of Afghanistan in the meeting provides an important opportunity to conduct a meaningful dialogue regarding collective efforts to address the current challenges facing Afghanistan",
        date: "2024-06-30",
        source: {
          title: "Amu TV report on Qatari minister Mohammed Al Khulaifi's opening remarks at the third Doha meeting",
          publisher: "Amu TV",
          url: "https://amu.tv/?p=107379",
          kind: "report",
        },
      },
      {
        actor: "matthew-miller",
        words:
          "They only committed to participate once they secured clarity regarding the substantive agenda and, more importantly, confirmed that there would be meaningful engagement at the conference with Afghan women and members of Afghan civil society.",
        source: {
          title: "US special envoys West, Amiri to attend Doha meeting on Afghanistan, State Department says",
          publisher: "Amu TV",
          url: "https://amu.tv/106536/",
          kind: "report",
        },
      },
      {
        actor: "tirana-hassan",
        words:
          "Excluding women risks legitimizing the Taliban’s abuses and triggering irreparable harm to the UN’s credibility as an advocate for women’s rights and women’s meaningful participation",
        source: {
          title: "Women excluded from key UN meeting on Afghanistan, HRW says",
          publisher: "Amu TV",
          url: "https://amu.tv/105407",
          kind: "report",
        },
      },
      {
        actor: "amnesty-international",
        paraphrase:
          "Amnesty International's Secretary-General Agnès Callamard said the meeting would lack credibility without Afghan women, human rights defenders and a focus on human rights, and that yielding to the Taliban's conditions risked legitimising their repression.",
        source: {
          title: "Doha Meet Lacks Credibility Without Participation of Women & Civil Society, Says Amnesty",
          publisher: "Afghanistan International",
          url: "https://www.afintl.com/en/202406226737",
          date: "2024-06-22",
          kind: "report",
        },
      },
      {
        actor: "rosemary-dicarlo",
        words:
          "I am aware of the criticism regarding the third Doha meeting … but the concerns and perspectives of Afghan women and civil society were at the forefront for us.",
        date: "2024-07-01",
        source: {
          title: "Concerns over restrictions on Afghan women, girls voiced at Doha meeting, says DiCarlo",
          publisher: "Amu TV",
          url: "https://amu.tv/?p=107471",
          date: "2024-07-01",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "doha-talks-oct-2021", relation: "see-also" },
      { id: "doha-un-meeting-feb-2024", relation: "see-also" },
      { id: "girls-schools-closed", relation: "see-also" },
      { id: "vice-virtue-law", relation: "see-also" },
      { id: "biden-swap-talks", relation: "see-also" },
    ],
    notes: paragraphs(
      "Afghanistan International (27 June) said the UN's meeting with Afghan women and civil society was scheduled for 1 July, the second day; DiCarlo, as reported by Amu TV, said it would be held on Tuesday 2 July, and the UN's transcript of her press conference in Doha on 2 July says it was held that morning.",
      "The U.S. State Department said it agreed to take part only after being assured of meaningful engagement with Afghan women and civil society at the conference (spokesman Matthew Miller, as reported by Amu TV). DiCarlo's words here are those Amu TV reported from her closing press conference; an earlier quotation attributed to her could not be found in the words given.",
    ),
    tags: ["doha", "United Nations", "women's rights", "recognition"],
  },
  {
    id: "vice-virtue-law",
    title: "Taliban publish the “vice and virtue” law",
    shortTitle: "“Vice and virtue” law",
    start: "2024-08-21",
    precision: "day",
    track: "rights",
    actors: [
      "taliban",
      "haibatullah-akhundzada",
      "zabihullah-mujahid",
      "unama",
      "roza-otunbayeva",
      "afghan-women",
      "maryam-maroof-arwin",
    ],
    summary:
      "On 21 August 2024 the Taliban published a law on the propagation of virtue and prevention of vice, approved by supreme leader Haibatullah Akhundzada, that requires women to hide their faces and voices in public. After the UN mission criticised it, the Taliban's vice ministry said it would stop cooperating with the mission.",
    details: paragraphs(
      "The 114-page document, approved by Akhundzada, was the first formal vice and virtue law since the Taliban returned to power in 2021. It requires women to cover their faces and bodies and to keep their voices from being heard outside the home, and gives the Ministry for the Propagation of Virtue and Prevention of Vice powers to enforce it, with punishments ranging from warnings to arrest.",
      "In the weeks after the law was published, women in Kabul told Amu TV that the ministry's morality police were questioning them in markets and streets over masks and strands of hair, and a shopkeeper in Bamiyan told Rukhshana Media that officers had tried to arrest her at a checkpoint for wearing her hijab improperly and made her father sign a pledge. Women activists in exile campaigned against the law under the slogan “My voice is not ‘awrah’, my face is not a provocation; your eyes are the problem.”",
      "On 25 August the head of the UN mission in Afghanistan, Roza Otunbayeva, said the law offered a distressing vision of the country's future. On 26 August Taliban spokesman Zabihullah Mujahid rejected the criticism, and at the end of the week the vice ministry said it would no longer cooperate with the UN mission. The UN said it would keep engaging with all sides.",
    ),
    provenance: "context",
    articleParagraphs: [],
    sources: [
      {
        title: "The Taliban publish vice laws that ban women's voices and bare faces in public",
        publisher: "Associated Press",
        url: "https://localnews8.com/news/2024/08/22/the-taliban-publish-vice-laws-that-ban-womens-voices-and-bare-faces-in-public/",
        via: "KIFI (Local News 8)",
        date: "2024-08-22",
        kind: "report",
      },
      {
        title: "Taliban reject UN concerns over laws banning women’s voices and bare faces in public",
        publisher: "Associated Press",
        url: "https://kvia.com/news/2024/08/26/taliban-reject-un-concerns-over-laws-banning-womens-voices-and-bare-faces-in-public",
        via: "KVIA",
        date: "2024-08-26",
        kind: "report",
      },
      {
        title: "UN will continue to engage the Taliban in Afghanistan despite new laws restricting women",
        publisher: "Associated Press",
        url: "https://kesq.com/news/2024/08/31/un-will-continue-to-engage-the-taliban-in-afghanistan-despite-new-laws-restricting-women/",
        via: "KESQ",
        date: "2024-08-31",
        kind: "report",
      },
      {
        title: "UNAMA chief visits Kandahar amid controversy over Taliban’s new law",
        publisher: "Amu TV",
        url: "https://amu.tv/119529/",
        kind: "report",
      },
      {
        title: "Law on the Propagation of Virtue and Prevention of Vice",
        publisher: "Taliban Ministry of Justice",
        date: "2024-08-21",
        kind: "primary",
      },
      {
        title: "Statement by SRSG Roza Otunbayeva on the law on the propagation of virtue and prevention of vice",
        publisher: "United Nations Assistance Mission in Afghanistan (UNAMA)",
        date: "2024-08-25",
        kind: "primary",
      },
      {
        title: "Amu TV report on women in Kabul facing the Taliban's morality police after the vice and virtue law",
        publisher: "Amu TV",
        url: "https://amu.tv/128411",
        kind: "report",
      },
      {
        title: "Women activists continue campaign against Taliban’s ban on female voices",
        publisher: "Amu TV",
        url: "https://amu.tv/119975",
        kind: "report",
      },
      {
        title:
          "Threats and intimidation of Afghan women rise as Taliban's new vice and virtue decree emboldens morality police",
        publisher: "Rukhshana Media",
        url: "https://rukhshana.com/en/threats-and-intimidation-of-afghan-women-rise-as-talibans-new-vice-and-virtue-decree-emboldens-morality-police",
        kind: "report",
      },
      {
        title: "Taliban morality police rejects UN cooperation",
        publisher: "AFP",
        url: "https://tribune.com.pk/story/2492223/taliban-morality-police-rejects-un-cooperation?amp=1",
        via: "The Express Tribune",
        date: "2024-08-30",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "maryam-maroof-arwin",
        words:
          "This is a continuation of gross and widespread human rights violations, specifically against women and girls in Afghanistan … This clearly shows that no matter how much opportunity is given to the Taliban, they are incapable of change.",
        source: {
          title: "Amu TV report on women in Kabul facing the Taliban's morality police after the vice and virtue law",
          publisher: "Amu TV",
          url: "https://amu.tv/128411",
          kind: "report",
        },
      },
      {
        actor: "masouda-bamiyan-2024",
        words: "I am very afraid. It has become very difficult for me to come to the shop",
        source: {
          title:
            "Threats and intimidation of Afghan women rise as Taliban's new vice and virtue decree emboldens morality police",
          publisher: "Rukhshana Media",
          url: "https://rukhshana.com/en/threats-and-intimidation-of-afghan-women-rise-as-talibans-new-vice-and-virtue-decree-emboldens-morality-police",
          kind: "report",
        },
      },
      {
        actor: "roza-otunbayeva",
        paraphrase:
          "Otunbayeva called the law a distressing vision of Afghanistan's future that adds to already intolerable limits on women and girls, apparently treating even a woman's voice heard outside the home as a moral offence.",
        date: "2024-08-25",
        source: {
          title: "Taliban reject UN concerns over laws banning women’s voices and bare faces in public",
          publisher: "Associated Press",
          url: "https://kvia.com/news/2024/08/26/taliban-reject-un-concerns-over-laws-banning-womens-voices-and-bare-faces-in-public",
          via: "KVIA",
          date: "2024-08-26",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        paraphrase:
          "Mujahid rejected the UN's concerns and warned against what he called arrogance from people unfamiliar with Islamic law, particularly non-Muslims raising objections.",
        date: "2024-08-26",
        source: {
          title: "Taliban reject UN concerns over laws banning women’s voices and bare faces in public",
          publisher: "Associated Press",
          url: "https://kvia.com/news/2024/08/26/taliban-reject-un-concerns-over-laws-banning-womens-voices-and-bare-faces-in-public",
          via: "KVIA",
          date: "2024-08-26",
          kind: "report",
        },
      },
      {
        actor: "taliban",
        paraphrase:
          "The Taliban's Ministry of Virtue said it would no longer cooperate with the UN mission in Afghanistan because of the mission's criticism of the law.",
        date: "2024-08-30",
        source: {
          title: "UN will continue to engage the Taliban in Afghanistan despite new laws restricting women",
          publisher: "Associated Press",
          url: "https://kesq.com/news/2024/08/31/un-will-continue-to-engage-the-taliban-in-afghanistan-despite-new-laws-restricting-women/",
          via: "KESQ",
          date: "2024-08-31",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "icc-warrants", relation: "see-also" },
      { id: "doha-un-meeting-2024", relation: "see-also" },
    ],
    notes: paragraphs(
      "The day is the one on which the law was made public: AP (a ministry spokesman announced the leader's approval on Wednesday 21 August) and Amu TV (the Justice Ministry made the law public “last Wednesday”). AFP, and one Indian outlet, reported that it had first appeared in the official gazette on 31 July 2024; the timeline keeps the day it was announced.",
      "The vice ministry's statement ending cooperation with the UN mission was posted late on Thursday 29 August according to AFP; AP reported it on Friday 30 August.",
      "The shopkeeper quoted by Rukhshana Media is called Masouda in its report, a name it marks as changed. The reports of the women's experiences (Amu TV, Rukhshana Media) were published in the weeks after the law; their exact dates are not given here.",
    ),
    tags: ["women's rights", "vice and virtue", "United Nations"],
  },

  {
    id: "uae-accepts-envoy",
    title: "UAE accepts a Taliban ambassador",
    shortTitle: "UAE accepts Taliban envoy",
    start: "2024-08-21",
    precision: "day",
    track: "international",
    actors: ["uae", "taliban"],
    summary:
      "The United Arab Emirates accepted the credentials of Badruddin Haqqani as the Taliban's ambassador, the Taliban's biggest diplomatic gain since China accepted their envoy in January 2024; the UAE did not formally recognise the Taliban government.",
    details: paragraphs(
      "Badruddin Haqqani, who had earlier represented the Taliban in the Emirates, handed his credentials to the official in charge of protocol at the UAE foreign ministry, an assistant undersecretary; the Taliban said he would later present them to the UAE's head of state at a formal ceremony.",
      "AP reports that he is no relative of Sirajuddin Haqqani, the Taliban's acting interior minister, but belongs to Sirajuddin's team. Sirajuddin, whom the U.S. lists as a Specially Designated Global Terrorist, had been received in Abu Dhabi in June 2024 by the UAE's president, Sheikh Mohamed bin Zayed Al Nahyan. An Emirati company already ran operations at Kabul airport.",
    ),
    provenance: "article",
    articleParagraphs: [8],
    articleQuotes: [
      {
        paragraph: 8,
        text: "they have established diplomatic relations with countries like China and the UAE, despite no formal recognition from the U.S.",
      },
    ],
    sources: [
      {
        title: "The UAE accepts credentials of Taliban ambassador in major diplomatic coup for Afghanistan's rulers",
        publisher: "Associated Press",
        url: "https://independent.co.uk/news/taliban-ap-afghanistan-islamabad-uae-b2599694.html",
        via: "The Independent",
        date: "2024-08-21",
        kind: "report",
      },
      {
        title: "In rare move, UAE accepts Taliban government ambassador",
        publisher: "AFP",
        url: "https://www.thenews.com.pk/print/1223273-in-rare-move-uae-accepts-taliban-government-ambassador",
        via: "The News International",
        date: "2024-08-23",
        kind: "report",
      },
      {
        title: "Taliban appoint ambassador to UAE",
        publisher: "Reuters",
        url: "https://www.thenews.com.pk/print/1222919-taliban-appoint-ambassador-to-uae",
        via: "The News International",
        kind: "report",
      },
      {
        title: "UAE accepts credentials of Taliban ambassador in major diplomatic coup for Afghanistan's rulers",
        publisher: "Associated Press",
        url: "https://www.outlookindia.com/international/uae-accepts-credentials-of-taliban-ambassador-in-major-diplomatic-coup-for-afghanistans-rulers",
        via: "Outlook India",
        date: "2024-08-21",
        kind: "report",
      },
    ],
    perspectives: [
      {
        actor: "uae",
        words:
          "The decision to accept the credentials of the ambassador of Afghanistan reaffirms our determination to contribute to building bridges to help the people of Afghanistan.",
        date: "2024-08-22",
        source: {
          title: "In rare move, UAE accepts Taliban government ambassador",
          publisher: "AFP",
          url: "https://www.thenews.com.pk/print/1223273-in-rare-move-uae-accepts-taliban-government-ambassador",
          via: "The News International",
          date: "2024-08-23",
          kind: "report",
        },
      },
      {
        actor: "united-states",
        paraphrase:
          "Washington did not criticise the UAE's decision and said it would not affect U.S. relations with the Emirates.",
        source: {
          title: "In rare move, UAE accepts Taliban government ambassador",
          publisher: "AFP",
          url: "https://www.thenews.com.pk/print/1223273-in-rare-move-uae-accepts-taliban-government-ambassador",
          via: "The News International",
          date: "2024-08-23",
          kind: "report",
        },
      },
      {
        actor: "united-nations",
        paraphrase:
          "The UN said recognition of the Taliban was nearly impossible while its restrictions on women and girls remained in place.",
        source: {
          title: "UAE accepts credentials of Taliban ambassador in major diplomatic coup for Afghanistan's rulers",
          publisher: "Associated Press",
          url: "https://www.outlookindia.com/international/uae-accepts-credentials-of-taliban-ambassador-in-major-diplomatic-coup-for-afghanistans-rulers",
          via: "Outlook India",
          date: "2024-08-21",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "china-accepts-envoy", relation: "see-also" },
      { id: "russia-recognition", relation: "see-also" },
      { id: "haqqani-rewards-removed", relation: "see-also" },
    ],
    notes: paragraphs(
      "The article (P8) says the Taliban “have established diplomatic relations with countries like China and the UAE”. Accepting an envoy's credentials is not formal recognition; the first country to recognise the Taliban government was Russia, on 3 July 2025.",
      "The Taliban foreign ministry announced the step on Wednesday 21 August 2024; an Emirati official confirmed it to AFP late on Thursday 22 August.",
      "Outlook India runs the same AP story as The Independent; the two count as one source.",
    ),
    correctsArticle: true,
    tags: ["uae", "recognition", "ambassador"],
  },

  {
    id: "biden-swap-talks",
    title: "Biden-era talks on trading Muhammad Rahim end without a deal",
    shortTitle: "Rahim swap talks end",
    start: "2024-11",
    end: "2025-01",
    precision: "month",
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
      "muhammad-rahim-al-afghani",
      "michael-mccaul",
    ],
    summary:
      "In November 2024 the Biden administration offered to free Guantánamo detainee Muhammad Rahim al-Afghani in return for Corbett, Glezmann and Habibi; the Taliban asked instead for Rahim plus two more prisoners in exchange for Corbett and Glezmann alone.",
    details: paragraphs(
      "The two sides had been discussing a trade since at least July 2024. According to The Wall Street Journal, the U.S. put its offer on 14 November and the Taliban countered the same day, denying that they held Habibi. National security adviser Jake Sullivan told House members in a classified session on 17 December that Biden had not yet decided, and hostage envoy Roger Carstens made a new offer to Taliban representatives in Doha in early January.",
      "On Sunday 12 January 2025 Biden spoke by phone with the three families. According to Habibi's brother, Ahmad, Biden said he would not give up Rahim unless the Taliban also freed Mahmood Habibi; relatives said no agreement had been reached. A separate exchange, of Khan Mohammed for Corbett and William McKenty, was completed nine days later.",
      "Rahim has been held at Guantánamo since 2008; the U.S. government alleges that he was a senior aide in al-Qaeda.",
    ),
    provenance: "article",
    articleParagraphs: [7],
    articleQuotes: [
      {
        paragraph: 7,
        text: "Previous negotiations had also outlined the Taliban’s requests for prisoner releases and financial aid",
      },
    ],
    sources: [
      {
        title: "U.S. Weighs Swap With Taliban to Free American Hostages",
        publisher: "The Wall Street Journal",
        url: "https://magzter.com/de/stories/newspaper/The-Wall-Street-Journal/US-WEIGHS-SWAP-WITH-TALIBAN-TO-FREE-AMERICAN-HOSTAGES",
        via: "Magzter",
        date: "2025-01-08",
        kind: "report",
      },
      {
        title: "US, Taliban in talks to swap detainees",
        publisher: "Reuters",
        url: "https://tribune.com.pk/story/2520752/us-taliban-in-talks-to-swap-detainees",
        via: "The Express Tribune",
        date: "2025-01-08",
        kind: "report",
      },
      {
        title: "Biden speaks with relatives of Americans held by Taliban, but deal to bring them home still elusive",
        publisher: "Associated Press",
        url: "https://archives.lincolndailynews.com/2025/Jan/13/NEWS/news_r.shtml",
        via: "Lincoln Daily News",
        date: "2025-01-13",
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
        title:
          "White House statement on President Biden's call with the families of Ryan Corbett, George Glezmann and Mahmood Habibi",
        publisher: "The White House",
        date: "2025-01-12",
        kind: "primary",
      },
    ],
    perspectives: [
      {
        actor: "sean-savett",
        words:
          "The safety and security of Americans overseas is one of the Biden-Harris Administration's top priorities, and we are working around the clock to ensure George, Ryan and Mahmoud's safe return",
        date: "2025-01-07",
        source: {
          title: "U.S. Weighs Swap With Taliban to Free American Hostages",
          publisher: "The Wall Street Journal",
          url: "https://magzter.com/de/stories/newspaper/The-Wall-Street-Journal/US-WEIGHS-SWAP-WITH-TALIBAN-TO-FREE-AMERICAN-HOSTAGES",
          via: "Magzter",
          date: "2025-01-08",
          kind: "report",
        },
      },
      {
        actor: "michael-mccaul",
        paraphrase:
          "According to one person present at the classified briefing of 17 December 2024, Rep. Michael McCaul, the Republican chairman of the House Foreign Affairs Committee, said he was concerned that the Taliban's counteroffer was not a good deal; his office declined to comment.",
        date: "2024-12-17",
        source: {
          title: "U.S. Weighs Swap With Taliban to Free American Hostages",
          publisher: "The Wall Street Journal",
          url: "https://magzter.com/de/stories/newspaper/The-Wall-Street-Journal/US-WEIGHS-SWAP-WITH-TALIBAN-TO-FREE-AMERICAN-HOSTAGES",
          via: "Magzter",
          date: "2025-01-08",
          kind: "report",
        },
      },
      {
        actor: "joe-biden",
        paraphrase:
          "According to Habibi's brother, Biden told the families he would not trade Rahim unless the Taliban also released Mahmood Habibi.",
        date: "2025-01-12",
        source: {
          title: "Biden speaks with relatives of Americans held by Taliban, but deal to bring them home still elusive",
          publisher: "Associated Press",
          url: "https://archives.lincolndailynews.com/2025/Jan/13/NEWS/news_r.shtml",
          via: "Lincoln Daily News",
          date: "2025-01-13",
          kind: "report",
        },
      },
      {
        actor: "zabihullah-mujahid",
        words:
          "We should be able to free our citizens in [an] exchange, as American citizens are important for them [the United States], just as Afghans are important for us",
        date: "2024-07-03",
        source: {
          title: "Taliban says discussed US prisoner ‘exchange’ in return of Guantanamo Bay inmates",
          publisher: "AFP",
          url: "https://english.alarabiya.net/News/united-states/2024/07/03/taliban-discussed-prisoner-exchange-with-us-afghan-govt-",
          via: "Al Arabiya English",
          date: "2024-07-03",
          kind: "report",
        },
      },
    ],
    related: [
      { id: "corbett-mckenty-exchange", relation: "led-to" },
      { id: "habibi-detained", relation: "see-also" },
      { id: "rubio-bounty-threat", relation: "see-also" },
      { id: "doha-un-meeting-2024", relation: "see-also" },
      { id: "us-taliban-doha-talks-2023", relation: "see-also" },
    ],
    notes: paragraphs(
      "The article says earlier negotiations had “outlined the Taliban’s requests for prisoner releases and financial aid” (P7). The prisoner part matches this record: the Taliban asked for Rahim and two others, and on 3 July 2024, after the UN meeting in Doha, their spokesman said Afghan prisoners held by the U.S. should be freed in exchange for the Americans. No report cited here mentions a request for financial aid.",

      "Only The Wall Street Journal gives the day of the U.S. offer (14 November); other reports say November. The dates are therefore shown to the month, November 2024 to January 2025.",
    ),
    correctsArticle: true,
    tags: ["prisoner swap", "guantanamo", "biden"],
  },
];

/** The speakers this era's events add to the dataset's actors, each with the voice it speaks in (voices.ts). */
export const laterBidenSpeakers: Speaker[] = [
  {
    actor: {
      id: "marzia-un-aid-worker-2023",
      label: "Marzia (name changed by Zan Times: an Afghan woman working for the UN in a central province)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: { id: "julia-parsi", label: "Julia Parsi (Afghan women's rights protester in Kabul)", kind: "person" },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "coalition-of-afghan-womens-protest-movements",
      label: "Coalition of Afghan Women's Protest Movements",
      kind: "organisation",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "purple-saturdays-movement",
      label: "Purple Saturdays (Afghan women's protest movement)",
      kind: "organisation",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "shah-gul-rezaie",
      label:
        "Shah Gul Rezaie (former Afghan member of parliament, civil-society participant at the February 2024 Doha meeting)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "habiba-sarabi",
      label: "Habiba Sarabi (Afghan women's rights activist, former member of the Republic's negotiating team)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: { id: "zubaida-akbar", label: "Zubaida Akbar (Afghan human rights activist)", kind: "person" },
    voice: "afghan-civil-society",
  },
  {
    actor: { id: "maryam-maroof-arwin", label: "Maryam Maroof Arwin (Afghan women's rights activist)", kind: "person" },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "masouda-bamiyan-2024",
      label: "Masouda (name changed by Rukhshana Media: a 25-year-old shopkeeper in Bamiyan)",
      kind: "person",
    },
    voice: "afghan-civil-society",
  },
  {
    actor: {
      id: "rosemary-dicarlo",
      label: "Rosemary DiCarlo (UN Under-Secretary-General for Political and Peacebuilding Affairs)",
      kind: "person",
    },
    voice: "international",
  },
  {
    actor: { id: "tirana-hassan", label: "Tirana Hassan (executive director, Human Rights Watch)", kind: "person" },
    voice: "international",
  },
  {
    actor: { id: "thomas-west", label: "Thomas West (U.S. special representative for Afghanistan)", kind: "person" },
    voice: "us-government",
  },
  {
    actor: {
      id: "rina-amiri",
      label: "Rina Amiri (U.S. special envoy for Afghan women, girls and human rights)",
      kind: "person",
    },
    voice: "us-government",
  },
  {
    actor: { id: "matthew-miller", label: "Matthew Miller (U.S. State Department spokesperson)", kind: "person" },
    voice: "us-government",
  },
  {
    actor: {
      id: "darin-hoover",
      label: "Darin Hoover (father of Staff Sgt. Darin Taylor Hoover, killed at Abbey Gate)",
      kind: "person",
    },
    voice: "us-critic",
  },
  {
    actor: {
      id: "sean-savett",
      label: "Sean Savett (White House National Security Council spokesman)",
      kind: "person",
    },
    voice: "us-government",
  },
  {
    actor: {
      id: "abdul-qahar-balkhi",
      label: "Abdul Qahar Balkhi (Taliban foreign ministry spokesman)",
      kind: "person",
    },
    voice: "taliban",
  },
];
