/**
 * The dataset format: one zod schema gives the runtime validation of teachers' files, the TypeScript
 * types, and the published JSON Schema (see `toDatasetJsonSchema`). It is a public contract.
 */
import * as z from "zod/mini";
import { HINTS, checkConsistency } from "./dataset-rules";
import { ID_PATTERN, PROMPT_MAX, VERDICTS } from "./limits";
import { DATE_PATTERN, isDateText, parsePartialDate } from "./dates";

// Zod probes `new Function` to decide whether to compile its parsers; under the explorer's Content
// Security Policy (no eval) that probe is a reported violation. Interpreted parsing is fast enough.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

// BCP 47 in its common shapes: "en", "en-US", "pt-BR", "zh-Hant-TW".
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const text = (what: string) =>
  z.string({ error: `expected ${what} as text` }).check(z.trim(), z.minLength(1, { error: "must not be empty" }));

/** A schema with a description for the published JSON Schema. */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));
const optional = <T extends z.ZodMiniType>(schema: T, description?: string) =>
  description === undefined ? z.optional(schema) : described(z.optional(schema), description);

const id = z
  .string({ error: "expected an id as text" })
  .check(
    z.regex(ID_PATTERN, { error: 'expected a kebab-case id such as "doha-agreement" (a–z, 0–9 and single hyphens)' }),
  );

const dateText = z.string({ error: 'expected a date as text, "YYYY-MM-DD", "YYYY-MM" or "YYYY"' }).check(
  z.superRefine((value: string, ctx) => {
    if (!isDateText(value)) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY"`,
        params: { hint: HINTS.date },
      });
    } else if (parsePartialDate(value) === null) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a real calendar date`,
        params: { hint: HINTS.calendar },
      });
    }
  }),
  z.meta({ pattern: DATE_PATTERN.source, description: '"YYYY-MM-DD", "YYYY-MM" or "YYYY", a real calendar date' }),
);

const precision = z.enum(["day", "month", "year"], { error: 'expected "day", "month" or "year"' });

/** Text of at most `max` characters, saying how long it is when it is too long. */
const boundedText = (what: string, max: number, advice: string) =>
  text(what).check(
    z.refine((value: string) => value.length <= max, {
      error: (issue) => `at most ${max} characters (this is ${String(issue.input).length}): ${advice}`,
    }),
    z.meta({ maxLength: max }),
  );

/** Room on the timeline: a label this long reads in full beside its date at the widest zoom. */
export const SHORT_TITLE_MAX = 32;

export const SOURCE_KINDS = ["primary", "report", "analysis"] as const;

const sourceRef = described(
  z.strictObject({
    title: text("a title"),
    publisher: described(text("a publisher"), 'The original publisher, e.g. "Associated Press"'),
    url: optional(text("a URL"), "Where a reader can check it; shown as a link when http: or https:"),
    via: optional(
      text("the carrier's name"),
      'When the url is not the publisher\'s own page: the licensed carrier that runs it, e.g. "WTVA"',
    ),
    date: optional(dateText),
    kind: optional(
      z.enum(SOURCE_KINDS, { error: 'expected "primary", "report" or "analysis"' }),
      '"primary": the document or statement itself; "report": journalism about it; "analysis": commentary',
    ),
  }),
  "A place where a reader can check the event",
);

// Not z.int(): its failure aborts the whole parse, and the consistency checks must still run.
const paragraphNumber = z
  .number({ error: "expected a paragraph number" })
  .check(
    z.refine(Number.isInteger, { error: "expected a whole paragraph number" }),
    z.gte(1, { error: "paragraph numbers start at 1" }),
    z.meta({ type: "integer" }),
  );

const articleQuote = z.strictObject({
  paragraph: described(paragraphNumber, "The number of the source paragraph the words are from"),
  text: described(
    boundedText("the article's words", 300, "quote the sentence or phrase the event relies on"),
    "The source's own words, verbatim",
  ),
});

const perspective = described(
  z.strictObject({
    actor: described(id, "The id of one of the dataset's actors: who said it"),
    words: optional(
      boundedText("the actor's words", 450, "quote the key sentence and paraphrase the rest"),
      "Their own words, verbatim as the source reports them",
    ),
    paraphrase: optional(text("a paraphrase"), "What they said, in the dataset's words"),
    date: optional(dateText, "When they said it"),
    source: sourceRef,
  }),
  "What one side said about the event, in its own words or paraphrased, with where it was reported",
);

const relation = z.strictObject({
  id,
  relation: z.enum(["led-to", "response-to", "part-of", "see-also"], {
    error: 'expected "led-to", "response-to", "part-of" or "see-also"',
  }),
});

const eventSchema = described(
  z.strictObject({
    id: described(id, "Kebab-case, unique in the dataset"),
    title: described(text("a title"), "A short headline"),
    shortTitle: optional(
      boundedText("a short title", SHORT_TITLE_MAX, "the timeline has room for a few words"),
      "A few words for the timeline's label, where the title would not fit; the title when absent",
    ),
    start: dateText,
    end: optional(dateText, "Makes the event a range; not before start"),
    precision: described(precision, "How exact the date is, shown to the reader"),
    track: described(id, "The id of one of the dataset's tracks"),
    actors: described(z.array(id), "Ids of the dataset's actors"),
    summary: described(text("a summary"), "One or two sentences, plain text"),
    details: optional(z.string(), "Plain text; paragraphs separated by a blank line"),
    provenance: described(
      z.enum(["article", "context", "after-article"], {
        error: 'expected "article", "context" or "after-article"',
      }),
      '"article": the source reports it; "context": background; "after-article": happened later',
    ),
    articleParagraphs: described(
      z.array(paragraphNumber),
      "Numbers of the source paragraphs it draws on; [] when provenance is not article",
    ),
    articleQuotes: optional(
      z.array(articleQuote),
      "The source's own words this event relies on, each with its paragraph (one of articleParagraphs)",
    ),
    sources: z.array(sourceRef),
    perspectives: optional(z.array(perspective), "How each side saw it: statements by the actors involved"),
    related: optional(z.array(relation)),
    notes: optional(z.string(), "Where the source and the record differ, disputed figures, uncertainty"),
    correctsArticle: optional(
      z.boolean({ error: "expected true or false" }),
      "true when the notes correct or qualify what the source says (needs notes and provenance article)",
    ),
    tags: optional(z.array(text("a tag"))),
    media: optional(
      z.strictObject({
        url: described(text("a picture's address"), "An http: or https: address of an image"),
        alt: described(text("alt text"), "What the picture shows, for readers who cannot see it"),
        credit: optional(text("a credit"), "Who made it, or holds its rights"),
        caption: optional(text("a caption")),
      }),
      "A picture for the event, shown on its card",
    ),
  }),
  "One event: a dated point or, with end, a range",
);

const periodSchema = z.strictObject({ id, label: text("a label"), start: dateText, end: dateText });

/** A guided path through the events: an ordered set of them, each with a question or task for the student. */
export const LessonSchema = described(
  z.strictObject({
    id: described(id, "Kebab-case, unique among the dataset's lessons; used in links (lesson=…)"),
    title: text("a title"),
    description: optional(z.string({ error: "expected a description as text" }), "What the lesson is for"),
    steps: z
      .array(
        z.strictObject({
          event: described(id, "The id of one of the dataset's events"),
          prompt: boundedText("a prompt", PROMPT_MAX, "ask one question; the cards hold the rest"),
          claim: optional(
            described(id, "The id of one of the dataset's claims"),
            "A claim of the source article for the student to judge at this step; its verdict is shown on request",
          ),
        }),
      )
      .check(z.minLength(1, { error: "needs at least one step" })),
  }),
  "A lesson: steps through the events, each with a question or task",
);

/** One claim of the source article held against the record ("Check the article", view=claims). */
export const ClaimSchema = described(
  z.strictObject({
    id: described(id, "Kebab-case, unique among the dataset's claims; used in links (claim=…)"),
    paragraph: described(paragraphNumber, "The number of the source paragraph the claim is in"),
    text: described(
      boundedText("the article's words", 300, "quote the claim itself; the explanation holds the rest"),
      "The source's own words, verbatim",
    ),
    verdict: described(
      z.enum(VERDICTS, { error: `expected ${VERDICTS.map((verdict) => `"${verdict}"`).join(", ")}` }),
      "What the record shows of the claim: accurate, imprecise, wrong, unsupported, or an opinion",
    ),
    explanation: described(text("an explanation"), "What the record shows, in the dataset's own words"),
    events: described(
      z.array(id).check(z.minLength(1, { error: "needs at least one event that shows it" })),
      "The ids of the events that show it",
    ),
    sources: optional(z.array(sourceRef), "Where a reader can check the verdict, beyond the events' sources"),
  }),
  "A claim of the source article, with what the record shows of it",
);

const label = z.strictObject({ label: optional(text("a label")) });
const byId = <T extends z.ZodMiniType>(value: T) => z.record(id, value);

/** The reading layer in one other language; whatever it leaves out is shown in the original. */
export const TranslationSchema = described(
  z.strictObject({
    title: optional(text("a title")),
    description: optional(z.string({ error: "expected a description as text" })),
    tracks: optional(byId(z.strictObject({ label: optional(text("a label")), description: optional(z.string()) }))),
    actors: optional(byId(label)),
    periods: optional(byId(label)),
    presets: optional(byId(label)),
    events: optional(
      byId(
        z.strictObject({
          title: optional(text("a title")),
          shortTitle: optional(
            boundedText("a short title", SHORT_TITLE_MAX, "the timeline has room for a few words, in any language"),
          ),
          summary: optional(text("a summary")),
          details: optional(text("details")),
          notes: optional(text("notes")),
        }),
      ),
    ),
    lessons: optional(
      byId(
        z.strictObject({
          title: optional(text("a title")),
          description: optional(z.string({ error: "expected a description as text" })),
          prompts: optional(
            described(
              z.array(boundedText("a prompt", PROMPT_MAX, "ask one question; the cards hold the rest")),
              "The steps' prompts, in step order",
            ),
          ),
        }),
      ),
    ),
    claims: optional(byId(z.strictObject({ explanation: optional(text("an explanation")) }))),
  }),
  "The dataset's reading layer in one other language: labels, titles, summaries and lessons, by id",
);

const languageTag = z
  .string({ error: 'expected a language tag such as "en"' })
  .check(z.regex(LANGUAGE_PATTERN, { error: 'expected a BCP 47 language tag such as "en" or "en-US"' }));

export const DatasetSchema = described(
  z
    .strictObject({
      $schema: optional(z.string(), "Where editors find this schema; ignored by the explorer"),
      schemaVersion: z.literal(SCHEMA_VERSION, { error: `expected schemaVersion ${SCHEMA_VERSION}` }),
      id,
      title: text("a title"),
      description: z.string({ error: "expected a description as text" }),
      language: described(languageTag, "The language the dataset is written in"),
      source: optional(
        z.strictObject({
          title: text("a title"),
          publisher: text("a publisher"),
          url: optional(text("a URL")),
          published: optional(dateText),
        }),
        "The article the data is drawn from",
      ),
      tracks: described(
        z
          .array(z.strictObject({ id, label: text("a label"), description: optional(z.string()) }))
          .check(z.minLength(1, { error: "needs at least one track" })),
        "The timeline's rows",
      ),
      actors: z.array(
        z.strictObject({
          id,
          label: text("a label"),
          kind: z.enum(["state", "group", "person", "organisation"], {
            error: 'expected "state", "group", "person" or "organisation"',
          }),
        }),
      ),
      periods: optional(z.array(periodSchema), "Eras drawn as background bands"),
      presets: optional(
        z.array(z.strictObject({ id, label: text("a label"), from: dateText, to: dateText })),
        "Date ranges offered beside the From and To filters as one-click shortcuts",
      ),
      events: z.array(eventSchema).check(z.minLength(1, { error: "needs at least one event" })),
      lessons: optional(z.array(LessonSchema), "Guided paths through the events, opened by lesson=<id>"),
      translations: optional(
        z.record(languageTag, TranslationSchema),
        'The reading layer in other languages, by language tag ("es", "fa" for Dari, "ps" for Pashto)',
      ),
      claims: optional(z.array(ClaimSchema), "The source article's claims held against the record (view=claims)"),
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
