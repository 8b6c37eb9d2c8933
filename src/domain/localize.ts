/**
 * A dataset in the reader's language: its reading layer (titles, short titles, summaries, details and notes
 * where given, labels, lessons, the claims' explanations) taken from its `translations` where they have the
 * text, the original wherever they do not. Pure: the same dataset and language give the same object, so
 * the index and the timeline's items built from it are built once per language.
 */
import type { Claim, Dataset, Lesson, TimelineEvent, Translation } from "./schema";

/** Which text a reader sees in which language: `languageOf("events", "doha-agreement", "summary")`. */
export type TextPart = "dataset" | "tracks" | "actors" | "periods" | "presets" | "events" | "lessons" | "claims";

export interface Localized {
  /** The dataset as the page shows it: translated where the translation has the text. */
  dataset: Dataset;
  /** The dataset as written, translations and all: what downloads and links carry. */
  original: Dataset;
  /** The language tag of a text as shown: the page's where translated, else the dataset's own. */
  languageOf(part: TextPart, id: string, field: string): string;
  /** Whether anything at all is shown translated. */
  translated: boolean;
}

/** The primary subtag, lower case: "fa-AF" → "fa". */
const base = (tag: string) => tag.toLowerCase().split("-")[0]!;

/** The translation for a language: its own tag first ("fa-AF"), else one of the same language ("fa"). */
export function translationFor(dataset: Dataset, language: string): { tag: string; translation: Translation } | null {
  const translations = dataset.translations ?? {};
  const tags = Object.keys(translations);
  const tag =
    tags.find((candidate) => candidate.toLowerCase() === language.toLowerCase()) ??
    tags.find((candidate) => base(candidate) === base(language));
  return tag ? { tag, translation: translations[tag]! } : null;
}

const cache = new WeakMap<Dataset, Map<string, Localized>>();

export function localize(dataset: Dataset, language: string): Localized {
  let byLanguage = cache.get(dataset);
  if (!byLanguage) cache.set(dataset, (byLanguage = new Map()));
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const result = build(dataset, language);
  byLanguage.set(language, result);
  return result;
}

function build(original: Dataset, language: string): Localized {
  const found = base(language) === base(original.language) ? null : translationFor(original, language);
  if (!found) {
    return { dataset: original, original, languageOf: () => original.language, translated: false };
  }
  const { tag, translation } = found;
  const shown = new Set<string>();
  /** The translated text when there is one, remembering that this one is shown translated. */
  const pick = <T extends string | undefined>(key: string, originalText: T, text: string | undefined): T => {
    if (text === undefined || originalText === undefined) return originalText;
    shown.add(key);
    return text as T;
  };
  const labelled = <T extends { id: string; label: string }>(
    part: TextPart,
    items: T[],
    texts?: Record<string, { label?: string }>,
  ) =>
    items.map((item) => {
      const label = pick(`${part}|${item.id}|label`, item.label, texts?.[item.id]?.label);
      return label === item.label ? item : { ...item, label };
    });
  const event = (item: TimelineEvent): TimelineEvent => {
    const text = translation.events?.[item.id];
    if (!text) return item;
    const key = (field: string) => `events|${item.id}|${field}`;
    return {
      ...item,
      title: pick(key("title"), item.title, text.title),
      shortTitle: pick(key("shortTitle"), item.shortTitle, text.shortTitle),
      summary: pick(key("summary"), item.summary, text.summary),
      details: pick(key("details"), item.details, text.details),
      notes: pick(key("notes"), item.notes, text.notes),
    };
  };
  const lesson = (item: Lesson): Lesson => {
    const text = translation.lessons?.[item.id];
    if (!text) return item;
    const key = (field: string) => `lessons|${item.id}|${field}`;
    return {
      ...item,
      title: pick(key("title"), item.title, text.title),
      description: pick(key("description"), item.description, text.description),
      steps: item.steps.map((step, index) => ({
        ...step,
        prompt: pick(key(`prompts.${index}`), step.prompt, text.prompts?.[index]),
      })),
    };
  };
  const claim = (item: Claim): Claim => {
    const explanation = pick(
      `claims|${item.id}|explanation`,
      item.explanation,
      translation.claims?.[item.id]?.explanation,
    );
    return explanation === item.explanation ? item : { ...item, explanation };
  };
  const tracks = original.tracks.map((track) => {
    const text = translation.tracks?.[track.id];
    return {
      ...track,
      label: pick(`tracks|${track.id}|label`, track.label, text?.label),
      description: pick(`tracks|${track.id}|description`, track.description, text?.description),
    };
  });
  const dataset: Dataset = {
    ...original,
    title: pick("dataset||title", original.title, translation.title),
    description: pick("dataset||description", original.description, translation.description),
    tracks,
    actors: labelled("actors", original.actors, translation.actors),
    ...(original.periods ? { periods: labelled("periods", original.periods, translation.periods) } : {}),
    ...(original.presets ? { presets: labelled("presets", original.presets, translation.presets) } : {}),
    events: original.events.map(event),
    ...(original.lessons ? { lessons: original.lessons.map(lesson) } : {}),
    ...(original.claims ? { claims: original.claims.map(claim) } : {}),
  };
  return {
    dataset,
    original,
    languageOf: (part, id, field) => (shown.has(`${part}|${id}|${field}`) ? tag : original.language),
    translated: shown.size > 0,
  };
}
