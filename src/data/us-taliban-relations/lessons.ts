import type { Lesson } from "../../domain/schema";
import { checkTheArticleLesson } from "./claims";

/**
 * Five lessons for secondary-school students. Titles are in neutral words, and where a term is one side's
 * own (the U.S. "wrongfully detained", the Taliban's "Islamic Emirate"), a prompt says whose it is. Each
 * prompt sets one task on the card's own facts and points to its parts by the names the page shows them
 * under ("Details", "Notes on the record", "How each side saw it", "Sources"); where a fact is disputed it
 * asks what each side says, never why one side did it. The ids are those of shared links: keep them.
 * lessons.test.ts checks the rules that can be checked. The fifth, "Check the article", walks through the
 * article's claims (claims.ts): each step names a claim for the student to judge before revealing its verdict.
 */
export const lessons: Lesson[] = [
  {
    id: "how-the-us-left",
    title: "How the U.S. left Afghanistan, 2020–2021",
    description:
      "Follow the U.S. withdrawal from the Doha agreement of February 2020 to the last U.S. flight out of Kabul in August 2021. By the end you can explain what was agreed, what was decided later and what happened on the ground, with a card for each point.",
    steps: [
      {
        event: "doha-agreement",
        prompt:
          "Using the “Details”, write down one thing the United States committed to in the Doha agreement and one thing the Taliban committed to. Then find the agreement itself under “Sources” (it is marked “Primary source”) and write down its title.",
      },
      {
        event: "biden-april-decision",
        prompt:
          "President Biden moved the date for the full withdrawal from 1 May to 11 September 2021. Under “How each side saw it”, find what Biden, the Taliban and President Ghani each said about the decision, and write one sentence for each.",
      },
      {
        event: "us-leaves-bagram",
        prompt:
          "The base's new Afghan commander and the U.S. military describe the departure from Bagram differently. Using “How each side saw it” and the “Notes on the record”, write down what each side says about whether the Afghan commander was told, and who said it.",
      },
      {
        event: "fall-of-kabul",
        prompt:
          "Using the summary and the “Details”, describe in two or three sentences what happened in Kabul on 15 August 2021. Then name one earlier card in this lesson that helps explain how it came about, and say how.",
      },
      {
        event: "abbey-gate-bombing",
        prompt:
          "Who carried out the attack at Abbey Gate, according to the card? Using the “Notes on the record”, write down which casualty figures all the sources agree on and which figures they give differently.",
      },
      {
        event: "kabul-drone-strike",
        prompt:
          "Compare what U.S. Central Command said on the day of the strike (under “How each side saw it”) with what Gen. McKenzie said on 17 September (open the related event “Pentagon admits the Kabul drone strike killed only civilians”). What changed between the two statements?",
      },
      {
        event: "last-us-flight",
        prompt:
          "Looking back over this lesson: was the way the U.S. left shaped more by the Doha agreement of 2020 or by decisions taken in 2021? Support your answer with at least two cards, and give one point for the other view.",
      },
    ],
  },
  {
    id: "hostage-diplomacy",
    title: "Americans detained in Afghanistan and how some were freed",
    description:
      "You will look at Americans held in Afghanistan since 2020, the exchanges and talks that freed some of them, and what the U.S. government and the Taliban each say about why they were held. By the end you can compare the releases and set out each side's account with evidence from the cards.",
    steps: [
      {
        event: "frerichs-noorzai-swap",
        prompt:
          "Who was exchanged for whom at Kabul airport in September 2022? Using the summary and the “Details”, write down what the United States received and what the Taliban received.",
      },
      {
        event: "glezmann-detained",
        prompt:
          "Who is George Glezmann, and how did he come to be held? Write down what U.S. lawmakers said about his detention (in the “Details”) and what Taliban deputy spokesman Hamdullah Fitrat said (under “How each side saw it”).",
      },
      {
        event: "biden-swap-talks",
        prompt:
          "Compare the U.S. offer of November 2024 with the Taliban's counter-offer: whom was each side willing to exchange, and for whom? According to the “Details”, which detained American did the two sides disagree about?",
      },
      {
        event: "corbett-mckenty-exchange",
        prompt:
          "Compare this exchange with the Frerichs–Noorzai exchange of 2022: name one thing that is similar and one that is different. Then use the “Details” and the “Notes on the record” to say under which president the deal was agreed, and who says so.",
      },
      {
        event: "glezmann-released",
        prompt:
          "Using “How each side saw it”, write down how the Taliban, Zalmay Khalilzad and Secretary of State Marco Rubio each describe George Glezmann's release. Then use the “Details” to say what the record shows the U.S. gave in return, if anything, and what is not known.",
      },
      {
        event: "qatar-protecting-power",
        prompt:
          "What did Qatar agree to do for the United States in Afghanistan in November 2021, according to the “Details”? Then find one release in this lesson in which Qatar took part, and say what Qatar did.",
      },
      {
        event: "afghanistan-wrongful-detention-designation",
        prompt:
          "In March 2026 Secretary Rubio said the Taliban hold Americans to win concessions and called it “hostage diplomacy”; the Taliban foreign ministry said foreigners are held only for breaking Afghan law. Set out each side's position, each with one piece of evidence from this lesson's cards, and name one fact you would need to check to judge between them.",
      },
    ],
  },
  {
    id: "recognition-evidence",
    title: "Should the U.S. recognise the Taliban government? Evidence on both sides",
    description:
      "You will look at what the Taliban ask of Washington for their government (which they call the Islamic Emirate of Afghanistan), what talks and contacts with them have produced, and what the U.S. and the UN say stands in the way of recognition. By the end you can weigh both sides and support your view with evidence from two events.",
    steps: [
      {
        event: "recognition-request",
        prompt:
          "What did the Taliban ask the United States for in March 2025? Using the “Notes on the record”, write down how CNN's report of the request and spokesman Zabihullah Mujahid's account of it differ.",
      },
      {
        event: "us-response-recognition",
        prompt:
          "How did the U.S. government answer the Taliban's requests on 4 April 2025? Under “How each side saw it”, quote or paraphrase the State Department's statement and name the news outlet that reported it.",
      },
      {
        event: "glezmann-released",
        prompt:
          "What did the meeting of U.S. envoys and Taliban officials in Kabul on 20 March 2025 lead to, according to the “Details”? Write down the result, what the Taliban foreign ministry said the release showed, and one thing the card says was not made public.",
      },
      {
        event: "amiri-released",
        prompt:
          "Under “How each side saw it” and in the “Details”, find what Qatar's minister Mohammed Al Khulaifi, Secretary of State Marco Rubio and Foreign Minister Amir Khan Muttaqi each said about Amir Amiri's release, and write one sentence for each. According to the summary, how many U.S. citizens had the Taliban freed in 2025 by then?",
      },
      {
        event: "isis-k-planner-killed",
        prompt:
          "U.S. officials said in April 2023 that the Taliban had killed the ISIS-K leader behind the Abbey Gate bombing. Using the “Details” and the “Notes on the record”, write down what the officials said about working with the Taliban on this, and what evidence they gave for their account.",
      },
      {
        event: "girls-schools-closed",
        prompt:
          "According to the summary and the “Details”, what did the State Department and the UN say the ban on girls' secondary schooling would mean for the Taliban's hopes of recognition? Then write down how Suhail Shaheen explained the policy, under “How each side saw it”.",
      },
      {
        event: "un-staff-ban",
        prompt:
          "Using “How each side saw it”, compare what Marzia, an Afghan woman working for the UN, says happened at her office with what Taliban spokesman Zabihullah Mujahid said about the ban. What did Secretary of State Antony Blinken say the ban would mean for Afghans who depend on aid?",
      },
      {
        event: "designations-remain",
        prompt:
          "In March 2025 the State Department said that the U.S. terrorism designations still applied, even though the reward offers had been withdrawn. Using the “Details”, write down which designation applies to the Taliban and which apply to the Haqqani network.",
      },
      {
        event: "exploratory-talks",
        prompt:
          "A U.S. official called the 2025 contacts “exploratory”. Choose two events from this lesson: one that shows what engagement with the Taliban has produced, and one that shows what the U.S. or the UN says stands in the way of recognition. Using the two events, write the strongest case for each side, say which you find stronger, and name one piece of evidence that could change your view.",
      },
    ],
  },
  {
    id: "womens-rights-and-recognition",
    title: "Afghan women's rights and the question of recognition",
    description:
      "You will look at the Taliban's rules on girls' schooling, women's study and work and women's voices in public, and at how they come up in talks about recognition. In each step you compare what the Taliban, the U.S. or the UN, and Afghan women quoted by name say with what the card's “Details” and “Sources” show.",
    steps: [
      {
        event: "girls-schools-closed",
        prompt:
          "Taliban official Suhail Shaheen says “our policy is not against girls' education”. Compare his words with what the “Details” and the “Notes on the record” show happened to girls above the sixth grade from 23 March 2022 on, and with what Halima Nasari and the student Safa say under “How each side saw it”.",
      },
      {
        event: "women-universities-ban",
        prompt:
          "What reasons did Higher Education Minister Neda Mohammad Nadeem give for barring women from universities (see the “Details” and “How each side saw it”)? Compare them with what the students Wurranga Arif and Zohra Madadi say the ban means for them, and with the warning of Secretary of State Antony Blinken.",
      },
      {
        event: "women-ngo-ban",
        prompt:
          "Compare the reason the Taliban's Ministry of Economy gave for barring women from working for NGOs with what NGO trainer Maliha Niazai and Secretary Blinken said about the ban. Then use the “Details” and the “Sources” to say what happened to the aid groups' work the next day.",
      },
      {
        event: "vice-virtue-law",
        prompt:
          "What does the law published in August 2024 require of women, according to the “Details”? Compare what Taliban spokesman Zabihullah Mujahid said in reply to the UN's criticism with what Masouda, a shopkeeper in Bamiyan, and the activist Maryam Maroof Arwin say under “How each side saw it”.",
      },
      {
        event: "us-taliban-doha-talks-2023",
        prompt:
          "U.S. envoy Rina Amiri says Afghans and rights defenders urged her to talk to the Taliban directly. Compare her words with the answers of the Coalition of Afghan Women's Protest Movements and of Purple Saturdays, under “How each side saw it”. Then use the “Details” to write down one thing each side said it raised in the talks.",
      },
      {
        event: "doha-un-meeting-2024",
        prompt:
          "No Afghan women sat in the main sessions of this UN meeting in Doha. Compare what Shaharzad Akbar and Habiba Sarabi say about that with what the UN's Rosemary DiCarlo and the State Department's Matthew Miller say. According to the summary and the “Details”, whose condition was it that women be left out, and which source reported it?",
      },
      {
        event: "russia-recognition",
        prompt:
          "Using “How each side saw it”, compare Russia's reason for recognising the Taliban government with the warnings of Fawzia Koofi, UN special rapporteur Richard Bennett and nearly 90 Afghan civil-society groups. Then choose one earlier step of this lesson and say whether its evidence supports or weakens one of these arguments.",
      },
    ],
  },
  checkTheArticleLesson,
];
