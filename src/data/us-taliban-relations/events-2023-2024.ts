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
    ],
    summary:
      "In early April 2023 the Taliban stopped Afghan women employed by the United Nations from going to work, first in Nangarhar province on 4 April and then nationwide. The UN told all its Afghan staff to stay home while it sought an explanation, and on 5 April Secretary-General António Guterres condemned the order.",
    details: paragraphs(
      "On Tuesday 4 April 2023 the UN mission in Afghanistan expressed serious concern after Afghan women on its staff were prevented from reporting to work in the eastern province of Nangarhar. Women working for the UN had not been covered by the December 2022 ban on women working for NGOs. The UN told its Afghan staff, men and women, not to come to its offices while it sought clarity from the Taliban.",
      "On Wednesday 5 April Secretary-General António Guterres condemned the Taliban's decision to bar Afghan women from working for the UN anywhere in Afghanistan and called for it to be revoked at once. UN special rapporteur Richard Bennett called it a violation of the UN Charter, and on 6 April Secretary Blinken urged the Taliban to reverse it.",
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
    ],
    perspectives: [
      {
        actor: "united-nations",
        words: "This is a violation of the inalienable fundamental human rights of women.",
        date: "2023-04-05",
        source: {
          title:
            "Secretary-General Strongly Condemns Taliban Ban on Afghan Women Working with United Nations (SG/SM/21757)",
          publisher: "United Nations",
          url: "https://press.un.org/en/2023/sgsm21757.doc.htm",
          date: "2023-04-05",
          kind: "primary",
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
    related: [{ id: "women-ngo-ban", relation: "see-also" }],
    notes: paragraphs(
      "The two dates are the first enforcement in Nangarhar (4 April, AP and Daily Times) and the UN's confirmation and condemnation of the nationwide order (5 April, UN statement and Reuters).",
    ),
    tags: ["women's rights", "United Nations", "humanitarian aid"],
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
      "Asked the next day whether China now formally recognised the Taliban administration, foreign ministry spokesman Wang Wenbin called the step a normal diplomatic arrangement, said China's Afghanistan policy was consistent and clear, and urged other countries to engage more with the Taliban government. Reports differ on how far he went: VOA said he sidestepped the question, while RFE/RL reported that he made clear the step was not official recognition, which he said would come naturally once the concerns of various parties were addressed.",
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
        title: "China's Xi receives credentials from interim Taliban administration's first envoy to Beijing",
        publisher: "The Nation (Pakistan)",
        url: "https://www.nation.com.pk/31-Jan-2024/china-s-xi-receives-credentials-from-interim-taliban-administration-s-first-envoy-to-beijing",
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
        publisher: "DT Next",
        url: "https://dtnext.in/amp/news/world/china-accepts-credentials-of-taliban-appointed-ambassador-765439",
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
          publisher: "Report.az",
          url: "https://report.az/en/other-countries/chinese-president-accepts-credentials-from-taliban-envoy",
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
    ),
    correctsArticle: true,
    tags: ["china", "recognition", "ambassador"],
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
      "taliban",
      "zabihullah-mujahid",
      "united-states",
      "qatar",
      "human-rights-watch",
      "amnesty-international",
      "afghan-women-activists",
    ],
    summary:
      "The third UN-convened meeting of special envoys on Afghanistan, held in Doha on 30 June and 1 July 2024, was the first the Taliban attended. No Afghan women or civil-society members sat in the main sessions, a condition the Taliban had set, and rights groups condemned their exclusion.",
    details: paragraphs(
      "The Taliban had not been invited to the first Doha meeting, and the UN Secretary-General had rejected their conditions for attending the second, in February 2024. For the third, the UN agreed an agenda centred on the private sector and counter-narcotics, and the Taliban sent a delegation led by chief spokesman Zabihullah Mujahid. The United States was represented by Special Representative Thomas West and Special Envoy Rina Amiri.",
      "Afghan women and civil society were not at the table. Afghanistan International reported that excluding them had been a Taliban condition that the UN accepted. The UN arranged a separate meeting with Afghan women and civil-society representatives. Human Rights Watch and Amnesty International said that leaving women out risked legitimising the Taliban's abuses and damaging the UN's credibility.",
      "Closing the meeting on 1 July, UN Under-Secretary-General Rosemary DiCarlo, who chaired it, said envoys had raised their concern about the restrictions on women and girls in every discussion. Beforehand she had said that engaging with the Taliban did not mean recognising them.",
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
        title:
          "USG DiCarlo highlights Afghan women's concerns at Doha III meeting: press conference following the Third Meeting of Special Envoys on Afghanistan",
        publisher: "United Nations Department of Political and Peacebuilding Affairs",
        url: "https://dppa.un.org/en/press-usg-dicarlo-doha-iii-1-jul-2024",
        date: "2024-07-01",
        kind: "primary",
      },
      {
        title: "Doha Meeting Not Aimed at Recognising Taliban, Says UN Under Secretary-General",
        publisher: "Afghanistan International",
        url: "https://afintl.com/en/202406271801",
        date: "2024-06-27",
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
        actor: "united-states",
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
        actor: "human-rights-watch",
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
        actor: "united-nations",
        words:
          "Afghanistan cannot return to the international fold, or fully develop economically and socially, if it is deprived of the contributions and potential of half its population.",
        date: "2024-07-01",
        source: {
          title:
            "USG DiCarlo highlights Afghan women's concerns at Doha III meeting: press conference following the Third Meeting of Special Envoys on Afghanistan",
          publisher: "United Nations Department of Political and Peacebuilding Affairs",
          url: "https://dppa.un.org/en/press-usg-dicarlo-doha-iii-1-jul-2024",
          date: "2024-07-01",
          kind: "primary",
        },
      },
    ],
    related: [
      { id: "doha-talks-oct-2021", relation: "see-also" },
      { id: "girls-schools-closed", relation: "see-also" },
      { id: "vice-virtue-law", relation: "see-also" },
    ],
    notes: paragraphs(
      "Afghanistan International (27 June) said the UN's meeting with Afghan women and civil society was scheduled for 1 July, the second day; other Afghan outlets placed it on 2 July. We give no day for it.",
      "The U.S. State Department said it agreed to take part only after being assured of meaningful engagement with Afghan women and civil society at the conference (as reported by Amu TV).",
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
    actors: ["taliban", "haibatullah-akhundzada", "zabihullah-mujahid", "unama", "roza-otunbayeva"],
    summary:
      "On 21 August 2024 the Taliban published a law on the propagation of virtue and prevention of vice, approved by supreme leader Haibatullah Akhundzada, that requires women to hide their faces and voices in public. After the UN mission criticised it, the Taliban's vice ministry said it would stop cooperating with the mission.",
    details: paragraphs(
      "The 114-page document, approved by Akhundzada, was the first formal vice and virtue law since the Taliban returned to power in 2021. It requires women to cover their faces and bodies and to keep their voices from being heard outside the home, and gives the Ministry for the Propagation of Virtue and Prevention of Vice powers to enforce it, with punishments ranging from warnings to arrest.",
      "On 25 August the head of the UN mission in Afghanistan, Roza Otunbayeva, said the law offered a distressing vision of the country's future. On 26 August Taliban spokesman Zabihullah Mujahid rejected the criticism, and on 30 August the vice ministry said it would no longer cooperate with the UN mission. The UN said it would keep engaging with all sides.",
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
    ],
    perspectives: [
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
      "The day rests on AP (a ministry spokesman announced the leader's approval on Wednesday 21 August) and Amu TV (the Justice Ministry made the law public “last Wednesday”). One Indian outlet gives 31 July 2024 as the date of official publication; this is not confirmed by a wire or major outlet and may refer to the date the leader signed it.",
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
        publisher: "The News International",
        url: "https://www.thenews.com.pk/print/1222919-taliban-appoint-ambassador-to-uae",
        kind: "report",
      },
      {
        title: "UAE accepts credentials of Taliban ambassador in major diplomatic coup for Afghanistan's rulers",
        publisher: "Outlook India",
        url: "https://www.outlookindia.com/international/uae-accepts-credentials-of-taliban-ambassador-in-major-diplomatic-coup-for-afghanistans-rulers",
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
          publisher: "Outlook India",
          url: "https://www.outlookindia.com/international/uae-accepts-credentials-of-taliban-ambassador-in-major-diplomatic-coup-for-afghanistans-rulers",
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
        actor: "united-states",
        words:
          "The safety and security of Americans overseas is one of the Biden-Harris Administration's top priorities, and we are working around the clock to ensure George, Ryan and Mahmoud's safe return",
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
          "We should free our prisoners in exchange for them. Just as their prisoners are important to America, Afghans are equally important to us",
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
      { id: "rubio-bounty-threat", relation: "see-also" },
    ],
    notes: paragraphs(
      "The article says earlier negotiations had “outlined the Taliban’s requests for prisoner releases and financial aid” (P7). The prisoner part matches this record: the Taliban asked for Rahim and two others, and in July 2024 their spokesman said Afghan prisoners held by the U.S. should be freed in exchange for the Americans. No report cited here mentions a request for financial aid.",

      "Only The Wall Street Journal gives the day of the U.S. offer (14 November); other reports say November. The dates are therefore shown to the month, November 2024 to January 2025.",
    ),
    correctsArticle: true,
    tags: ["prisoner swap", "guantanamo", "biden"],
  },
];

/** The speakers this era's events add to the dataset's actors, each with the voice it speaks in (voices.ts). */
export const laterBidenSpeakers: Speaker[] = [];
