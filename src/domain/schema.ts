/**
 * The dataset format: one zod schema gives the runtime validation of teachers' files, the TypeScript
 * types, and the published JSON Schema (see `toDatasetJsonSchema`). It is a public contract.
 */
import * as z from "zod/mini";
import { HINTS, checkConsistency } from "./dataset-rules";
import { ADVICE, EXPECTED, SAY } from "./schema-messages";
import { ID_PATTERN, PROMPT_MAX, VERDICTS } from "./limits";
import { DATE_PATTERN, isDateText, parsePartialDate } from "./dates";

// Zod probes `new Function` to decide whether to compile its parsers; under the explorer's Content
// Security Policy (no eval) that probe is a reported violation. Interpreted parsing is fast enough.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

// BCP 47 in its common shapes: "en", "en-US", "pt-BR", "zh-Hant-TW".
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

// The messages a teacher reads are in the page's language (schema-messages.ts). The descriptions are not: they
// document the format in the published JSON Schema (json-schema.ts), for developers and editors, in English
// like the format's field names; `described` and `optionalField` keep them out of the catalogue (eslint.config.js).

/** Text that must not be empty; `expected` says what it is: "expected a title as text". */
const text = (expected: () => string) =>
  z.string({ error: expected }).check(z.trim(), z.minLength(1, { error: SAY.empty }));

/** A schema with a description for the published JSON Schema. */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));
const optionalField = <T extends z.ZodMiniType>(schema: T, description?: string) =>
  description === undefined ? z.optional(schema) : described(z.optional(schema), description);

const id = z.string({ error: SAY.id }).check(
  z.regex(ID_PATTERN, {
    error: () => SAY.idShape(),
  }),
);

const datePattern = z.string({ error: SAY.date }).check(
  z.superRefine((value: string, ctx) => {
    if (!isDateText(value)) {
      ctx.addIssue({
        code: "custom",
        message: SAY.notADate(value),
        params: { hint: HINTS.date },
      });
    } else if (parsePartialDate(value) === null) {
      ctx.addIssue({
        code: "custom",
        message: SAY.notReal(value),
        params: { hint: HINTS.calendar },
      });
    }
  }),
  z.meta({ pattern: DATE_PATTERN.source }),
);
const dateText = described(datePattern, '"YYYY-MM-DD", "YYYY-MM" or "YYYY", a real calendar date');

const precision = z.enum(["day", "month", "year"], { error: SAY.precision });

/** Text of at most `max` characters, saying how long it is when it is too long. */
const boundedText = (expected: () => string, max: number, advice: () => string) =>
  text(expected).check(
    z.refine((value: string) => value.length <= max, {
      error: (issue) => SAY.tooLong(max, String(issue.input).length, advice()),
    }),
    z.meta({ maxLength: max }),
  );

/** Room on the timeline: a label this long reads in full beside its date at the widest zoom. */
export const SHORT_TITLE_MAX = 32;

export const SOURCE_KINDS = ["primary", "report", "analysis"] as const;

const sourceRef = described(
  z.strictObject({
    title: text(EXPECTED.title),
    publisher: described(text(EXPECTED.publisher), 'The original publisher, e.g. "Associated Press"'),
    url: optionalField(text(EXPECTED.url), "Where a reader can check it; shown as a link when http: or https:"),
    via: optionalField(
      text(EXPECTED.carrier),
      'When the url is not the publisher\'s own page: the licensed carrier that runs it, e.g. "WTVA"',
    ),
    date: optionalField(dateText),
    kind: optionalField(
      z.enum(SOURCE_KINDS, { error: SAY.sourceKind }),
      '"primary": the document or statement itself; "report": journalism about it; "analysis": commentary',
    ),
  }),
  "A place where a reader can check the event",
);

// Not z.int(): its failure aborts the whole parse, and the consistency checks must still run.
const paragraphNumber = z
  .number({ error: SAY.paragraph })
  .check(
    z.refine(Number.isInteger, { error: SAY.wholeParagraph }),
    z.gte(1, { error: SAY.firstParagraph }),
    z.meta({ type: "integer" }),
  );

const articleQuote = z.strictObject({
  paragraph: described(paragraphNumber, "The number of the source paragraph the words are from"),
  text: described(boundedText(EXPECTED.articleWords, 300, ADVICE.quote), "The source's own words, verbatim"),
});

const perspective = described(
  z.strictObject({
    actor: described(id, "The id of one of the dataset's actors: who said it"),
    words: optionalField(
      boundedText(EXPECTED.actorWords, 450, ADVICE.words),
      "Their own words, verbatim as the source reports them",
    ),
    paraphrase: optionalField(text(EXPECTED.paraphrase), "What they said, in the dataset's words"),
    date: optionalField(dateText, "When they said it"),
    source: sourceRef,
  }),
  "What one side said about the event, in its own words or paraphrased, with where it was reported",
);

const relation = z.strictObject({
  id,
  relation: z.enum(["led-to", "response-to", "part-of", "see-also"], {
    error: SAY.relation,
  }),
});

const eventSchema = described(
  z.strictObject({
    id: described(id, "Kebab-case, unique in the dataset"),
    title: described(text(EXPECTED.title), "A short headline"),
    shortTitle: optionalField(
      boundedText(EXPECTED.shortTitle, SHORT_TITLE_MAX, ADVICE.shortTitle),
      "A few words for the timeline's label, where the title would not fit; the title when absent",
    ),
    start: dateText,
    end: optionalField(dateText, "Makes the event a range; not before start"),
    precision: described(precision, "How exact the date is, shown to the reader"),
    track: described(id, "The id of one of the dataset's tracks"),
    actors: described(z.array(id), "Ids of the dataset's actors"),
    summary: described(text(EXPECTED.summary), "One or two sentences, plain text"),
    details: optionalField(z.string(), "Plain text; paragraphs separated by a blank line"),
    provenance: described(
      z.enum(["article", "context", "after-article"], {
        error: SAY.provenance,
      }),
      '"article": the source reports it; "context": background; "after-article": happened later',
    ),
    articleParagraphs: described(
      z.array(paragraphNumber),
      "Numbers of the source paragraphs it draws on; [] when provenance is not article",
    ),
    articleQuotes: optionalField(
      z.array(articleQuote),
      "The source's own words this event relies on, each with its paragraph (one of articleParagraphs)",
    ),
    sources: z.array(sourceRef),
    perspectives: optionalField(z.array(perspective), "How each side saw it: statements by the actors involved"),
    related: optionalField(z.array(relation)),
    notes: optionalField(z.string(), "Where the source and the record differ, disputed figures, uncertainty"),
    correctsArticle: optionalField(
      z.boolean({ error: SAY.boolean }),
      "true when the notes correct or qualify what the source says (needs notes and provenance article)",
    ),
    tags: optionalField(z.array(text(EXPECTED.tag))),
    media: optionalField(
      z.strictObject({
        url: described(text(EXPECTED.pictureAddress), "An http: or https: address of an image"),
        alt: described(text(EXPECTED.alt), "What the picture shows, for readers who cannot see it"),
        credit: optionalField(text(EXPECTED.credit), "Who made it, or holds its rights"),
        caption: optionalField(text(EXPECTED.caption)),
      }),
      "A picture for the event, shown on its card",
    ),
  }),
  "One event: a dated point or, with end, a range",
);

const periodSchema = z.strictObject({ id, label: text(EXPECTED.label), start: dateText, end: dateText });

/** A guided path through the events: an ordered set of them, each with a question or task for the student. */
export const LessonSchema = described(
  z.strictObject({
    id: described(id, "Kebab-case, unique among the dataset's lessons; used in links (lesson=…)"),
    title: text(EXPECTED.title),
    description: optionalField(z.string({ error: EXPECTED.description }), "What the lesson is for"),
    steps: z
      .array(
        z.strictObject({
          event: described(id, "The id of one of the dataset's events"),
          prompt: boundedText(EXPECTED.prompt, PROMPT_MAX, ADVICE.prompt),
          claim: optionalField(
            described(id, "The id of one of the dataset's claims"),
            "A claim of the source article for the student to judge at this step; its verdict is shown on request",
          ),
        }),
      )
      .check(z.minLength(1, { error: SAY.oneStep })),
  }),
  "A lesson: steps through the events, each with a question or task",
);

/** One claim of the source article held against the record ("Check the article", view=claims). */
export const ClaimSchema = described(
  z.strictObject({
    id: described(id, "Kebab-case, unique among the dataset's claims; used in links (claim=…)"),
    paragraph: described(paragraphNumber, "The number of the source paragraph the claim is in"),
    text: described(boundedText(EXPECTED.articleWords, 300, ADVICE.claim), "The source's own words, verbatim"),
    verdict: described(
      z.enum(VERDICTS, { error: SAY.verdict }),
      "What the record shows of the claim: accurate, imprecise, wrong, unsupported, or an opinion",
    ),
    explanation: described(text(EXPECTED.explanation), "What the record shows, in the dataset's own words"),
    events: described(
      z.array(id).check(z.minLength(1, { error: SAY.oneShowingEvent })),
      "The ids of the events that show it",
    ),
    sources: optionalField(z.array(sourceRef), "Where a reader can check the verdict, beyond the events' sources"),
  }),
  "A claim of the source article, with what the record shows of it",
);

const label = z.strictObject({ label: optionalField(text(EXPECTED.label)) });
const byId = <T extends z.ZodMiniType>(value: T) => z.record(id, value);

/** The reading layer in one other language; whatever it leaves out is shown in the original. */
export const TranslationSchema = described(
  z.strictObject({
    title: optionalField(text(EXPECTED.title)),
    description: optionalField(z.string({ error: EXPECTED.description })),
    tracks: optionalField(
      byId(z.strictObject({ label: optionalField(text(EXPECTED.label)), description: optionalField(z.string()) })),
    ),
    actors: optionalField(byId(label)),
    periods: optionalField(byId(label)),
    presets: optionalField(byId(label)),
    events: optionalField(
      byId(
        z.strictObject({
          title: optionalField(text(EXPECTED.title)),
          shortTitle: optionalField(boundedText(EXPECTED.shortTitle, SHORT_TITLE_MAX, ADVICE.shortTitleTranslated)),
          summary: optionalField(text(EXPECTED.summary)),
          details: optionalField(text(EXPECTED.details)),
          notes: optionalField(text(EXPECTED.notes)),
        }),
      ),
    ),
    lessons: optionalField(
      byId(
        z.strictObject({
          title: optionalField(text(EXPECTED.title)),
          description: optionalField(z.string({ error: EXPECTED.description })),
          prompts: optionalField(
            described(
              z.array(boundedText(EXPECTED.prompt, PROMPT_MAX, ADVICE.prompt)),
              "The steps' prompts, in step order",
            ),
          ),
        }),
      ),
    ),
    claims: optionalField(byId(z.strictObject({ explanation: optionalField(text(EXPECTED.explanation)) }))),
  }),
  "The dataset's reading layer in one other language: labels, titles, summaries and lessons, by id",
);

const languageTag = z.string({ error: SAY.languageTag }).check(z.regex(LANGUAGE_PATTERN, { error: SAY.languageShape }));

export const DatasetSchema = described(
  z
    .strictObject({
      $schema: optionalField(z.string(), "Where editors find this schema; ignored by the explorer"),
      schemaVersion: z.literal(SCHEMA_VERSION, {
        error: SAY.version(SCHEMA_VERSION),
      }),
      id,
      title: text(EXPECTED.title),
      description: z.string({ error: EXPECTED.description }),
      language: described(languageTag, "The language the dataset is written in"),
      source: optionalField(
        z.strictObject({
          title: text(EXPECTED.title),
          publisher: text(EXPECTED.publisher),
          url: optionalField(text(EXPECTED.url)),
          published: optionalField(dateText),
        }),
        "The article the data is drawn from",
      ),
      tracks: described(
        z
          .array(z.strictObject({ id, label: text(EXPECTED.label), description: optionalField(z.string()) }))
          .check(z.minLength(1, { error: SAY.oneTrack })),
        "The timeline's rows",
      ),
      actors: z.array(
        z.strictObject({
          id,
          label: text(EXPECTED.label),
          kind: z.enum(["state", "group", "person", "organisation"], {
            error: SAY.actorKind,
          }),
        }),
      ),
      periods: optionalField(z.array(periodSchema), "Eras drawn as background bands"),
      presets: optionalField(
        z.array(z.strictObject({ id, label: text(EXPECTED.label), from: dateText, to: dateText })),
        "Date ranges offered beside the From and To filters as one-click shortcuts",
      ),
      events: z.array(eventSchema).check(z.minLength(1, { error: SAY.oneEvent })),
      lessons: optionalField(z.array(LessonSchema), "Guided paths through the events, opened by lesson=<id>"),
      translations: optionalField(
        z.record(languageTag, TranslationSchema),
        'The reading layer in other languages, by language tag ("es", "fa" for Dari, "ps" for Pashto)',
      ),
      claims: optionalField(z.array(ClaimSchema), "The source article's claims held against the record (view=claims)"),
    })
    // The rules that span fields run even when other fields failed, so a teacher sees every problem in
    // one pass; z.infer still types the result, since the check only adds issues.
    .check(z.superRefine((dataset, ctx) => checkConsistency(dataset, ctx), { when: () => true })),
  "A timeline dataset for the timeline explorer",
);

export type Dataset = z.infer<typeof DatasetSchema>;
/** What a page header shows of a dataset. */
export type DatasetHeading = Pick<Dataset, "id" | "title" | "description" | "language" | "source">;
export type TimelineEvent = Dataset["events"][number];
export type Track = Dataset["tracks"][number];
export type Actor = Dataset["actors"][number];
export type Period = NonNullable<Dataset["periods"]>[number];
export type Preset = NonNullable<Dataset["presets"]>[number];
export type SourceRef = TimelineEvent["sources"][number];
export type SourceKind = NonNullable<SourceRef["kind"]>;
export type ArticleQuote = NonNullable<TimelineEvent["articleQuotes"]>[number];
export type Perspective = NonNullable<TimelineEvent["perspectives"]>[number];
export type Lesson = NonNullable<Dataset["lessons"]>[number];
export type Media = NonNullable<TimelineEvent["media"]>;
export type LessonStep = Lesson["steps"][number];
export type Provenance = TimelineEvent["provenance"];
export type Relation = NonNullable<TimelineEvent["related"]>[number]["relation"];
export type Translation = NonNullable<Dataset["translations"]>[string];
export type Claim = NonNullable<Dataset["claims"]>[number];
export type Verdict = Claim["verdict"];
