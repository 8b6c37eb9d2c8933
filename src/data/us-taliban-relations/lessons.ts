import type { Lesson } from "../../domain/schema";

/**
 * Three lessons for secondary-school students. Each prompt asks for evidence from the cards and their
 * sources, and for what each side said; none suggests an answer.
 */
export const lessons: Lesson[] = [
  {
    id: "how-the-us-left",
    title: "How the U.S. left Afghanistan, 2020–2021",
    description:
      "From the Doha agreement to the last U.S. flight out of Kabul: what was agreed, what was decided, and what happened on the ground.",
    steps: [
      {
        event: "doha-agreement",
        prompt:
          "Read the card and open one of its sources. Name one thing the United States committed to and one thing the Taliban committed to in the Doha agreement, and say which source you used.",
      },
      {
        event: "biden-april-decision",
        prompt:
          "President Biden set a new date for the withdrawal. What reason did he give, and how did the Taliban and the Afghan government respond? Use “How each side saw it”.",
      },
      {
        event: "us-leaves-bagram",
        prompt:
          "How did U.S. forces leave Bagram air base? What do the sources say about whether Afghan commanders were told, and who says so?",
      },
      {
        event: "fall-of-kabul",
        prompt:
          "What happened in Kabul on 15 August 2021? Using the cards just before this one, explain two developments that led up to it.",
      },
      {
        event: "abbey-gate-bombing",
        prompt:
          "Who carried out the attack at Abbey Gate, and how many people were killed? Where do the numbers in the card and its notes differ, and why might counts differ?",
      },
      {
        event: "kabul-drone-strike",
        prompt:
          "Compare how this strike was first described with what the Pentagon said weeks later (see the related card). What changed, and what does that teach about reading early reports?",
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
    title: "Hostage diplomacy: Corbett, McKenty, Glezmann",
    description:
      "Americans detained in Afghanistan after 2021, the exchanges that freed some of them, and how each side describes what happened.",
    steps: [
      {
        event: "frerichs-noorzai-swap",
        prompt: "Who was exchanged for whom in September 2022? What did each side get from the exchange?",
      },
      {
        event: "glezmann-detained",
        prompt:
          "Who is George Glezmann, and what do the sources say about how he came to be held? Note which statements come from the U.S. side and which from the Taliban.",
      },
      {
        event: "biden-swap-talks",
        prompt:
          "What did each side ask for in the talks of late 2024, and why did they end without a deal? Cite the sources you used.",
      },
      {
        event: "corbett-mckenty-exchange",
        prompt:
          "Compare this exchange with the Frerichs–Noorzai exchange of 2022. What is similar, and what is different? Who says the deal was made under which president?",
      },
      {
        event: "glezmann-released",
        prompt:
          "Why did the Taliban free George Glezmann, and what, if anything, did the U.S. give in return? Use the card's sources and each side's statements, and say where the record is unclear.",
      },
      {
        event: "qatar-protecting-power",
        prompt: "What part did Qatar play in these releases, and why is Qatar involved at all? Cite at least one card.",
      },
      {
        event: "afghanistan-wrongful-detention-designation",
        prompt:
          "The U.S. government calls the Taliban's detentions “hostage diplomacy”; the Taliban say no foreigner is held for a deal. Set out each side's position with evidence. What would you need to know to judge between them?",
      },
    ],
  },
  {
    id: "recognition-evidence",
    title: "Should the U.S. recognise the Taliban? Weigh the evidence",
    description:
      "What the Taliban ask for, what the U.S. answers, and the record that governments weigh when they decide.",
    steps: [
      {
        event: "recognition-request",
        prompt: "What exactly did the Taliban ask the United States for, according to the article and the sources?",
      },
      {
        event: "us-response-recognition",
        prompt: "How did the U.S. government answer? Quote or paraphrase its position and name the source.",
      },
      {
        event: "girls-schools-closed",
        prompt:
          "What happened to girls' secondary schools in March 2022? How do the Taliban explain the policy, and how do Afghan women and the U.S. government describe it?",
      },
      {
        event: "women-ngo-ban",
        prompt:
          "What did the Taliban bar Afghan women from doing in December 2022, and what reasons or reactions do the card and its sources record?",
      },
      {
        event: "designations-remain",
        prompt:
          "Which U.S. terrorist designations still apply to the Taliban or its leaders? What would they mean for formal relations?",
      },
      {
        event: "russia-recognition",
        prompt:
          "Russia recognised the Taliban government in 2025. What reasons did Russia give, and how did others respond, according to the card?",
      },
      {
        event: "exploratory-talks",
        prompt:
          "Weigh the evidence from this lesson: write the strongest argument for and the strongest argument against U.S. recognition, each with a card as evidence. Then give your own view, and say what could change it.",
      },
    ],
  },
];
