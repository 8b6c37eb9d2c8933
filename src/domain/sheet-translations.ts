/**
 * A dataset's translations in the explorer's spreadsheet. What is long and belongs to one row is in that
 * row, one column per field and language, after the others: `title_es`, `short_title_es`, `summary_es`,
 * `details_es`, `notes_es` on an event's row; `title_es` and `summary_es` (the description) on the dataset's
 * row; `summary_es` (the explanation) on a claim's row; and the rest of a language's translation (the
 * labels of tracks, actors, periods and presets, and the lessons) as JSON in `settings_es` on the dataset's
 * row. A translator sees each summary beside its original, and no cell outgrows what Excel (32,767
 * characters) or Google Sheets keep. A settings cell written before (every translation in it) is still read.
 */
import type { Translation } from "./schema";

type EventFields = NonNullable<Translation["events"]>[string];
type Translations = Record<string, Translation>;

/** The translated event fields, as columns (before the language) and as the dataset names them. */
export const TRANSLATED_EVENT_FIELDS = [
  ["title", "title"],
  ["short_title", "shortTitle"],
  ["summary", "summary"],
  ["details", "details"],
  ["notes", "notes"],
] as const satisfies readonly (readonly [string, keyof EventFields])[];

type Field = (typeof TRANSLATED_EVENT_FIELDS)[number][0] | "settings";

const COLUMN = /^(title|short[_ ]title|summary|details|notes|settings)[_ ]([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/;

/** The translation columns for these languages, a language's together, in the order given; then their settings. */
export function translationColumns(languages: readonly string[]): string[] {
  return [
    ...languages.flatMap((language) => TRANSLATED_EVENT_FIELDS.map(([column]) => `${column}_${language}`)),
    ...languages.map((language) => `settings_${language}`),
  ];
}

/** Reads a header cell as a translation column: its field and language, or null for any other column. */
export function readTranslationColumn(name: string): { field: Field; language: string } | null {
  const match = COLUMN.exec(name.trim());
  if (!match) return null;
  return { field: match[1]!.toLowerCase().replace(" ", "_") as Field, language: match[2]! };
}

/** A row's translation cells, by column name, for one kind of row. */
export function translationCells(
  translations: Translations | undefined,
  row: { type: "dataset" } | { type: "event"; id: string } | { type: "claim"; id: string },
): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [language, translation] of Object.entries(translations ?? {})) {
    const set = (field: Field, value: string | undefined) => {
      if (value) cells[`${field}_${language}`] = value;
    };
    if (row.type === "dataset") {
      set("title", translation.title);
      set("summary", translation.description);
      const rest = settingsTranslations({ [language]: translation })?.[language];
      if (rest) set("settings", JSON.stringify(rest));
    } else if (row.type === "claim") set("summary", translation.claims?.[row.id]?.explanation);
    else {
      const event = translation.events?.[row.id];
      for (const [column, key] of TRANSLATED_EVENT_FIELDS) set(column, event?.[key]);
    }
  }
  return cells;
}

/** A language's translation but what the rows carry (its settings_ cell); nothing when nothing is left. */
export function settingsTranslations(translations: Translations | undefined): Translations | undefined {
  if (!translations) return undefined;
  const kept = Object.entries(translations).flatMap(([language, translation]) => {
    const { title: _t, description: _d, events: _e, claims: _c, ...rest } = translation;
    return Object.keys(rest).length > 0 ? [[language, rest] as const] : [];
  });
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * The translations of a sheet: the settings cell's, with the rows' translation cells (the header's columns
 * such as summary_fa) added; a row's cell wins over the same text in settings. Rows without an id are left
 * out (an event's id is the one the reader made).
 */
export function readTranslations(
  fromSettings: unknown,
  header: readonly string[],
  rows: { dataset?: readonly string[]; events: { id: string; cells: readonly string[] }[]; claims: typeof rows.events },
  onBadSettings: (language: string) => void = () => {},
): Translations | undefined {
  const out: Record<string, Record<string, unknown>> = fromSettings &&
  typeof fromSettings === "object" &&
  !Array.isArray(fromSettings)
    ? structuredClone(fromSettings as Record<string, Record<string, unknown>>)
    : {};
  const columns = header.flatMap((name, at) => {
    const column = readTranslationColumn(name);
    return column ? [{ ...column, at }] : [];
  });
  const language = (tag: string) => (out[tag] ??= {});
  const byId = (tag: string, part: "events" | "claims", id: string) => {
    const translation = language(tag);
    const all = (translation[part] ??= {}) as Record<string, Record<string, string>>;
    return (all[id] ??= {});
  };
  for (const { field, language: tag, at } of columns) {
    const datasetCell = rows.dataset?.[at]?.trim();
    if (field === "settings") {
      if (!datasetCell) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(datasetCell);
      } catch {
        parsed = undefined;
      }
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) Object.assign(language(tag), parsed);
      else onBadSettings(tag);
      continue;
    }
    if (datasetCell && (field === "title" || field === "summary"))
      language(tag)[field === "title" ? "title" : "description"] = datasetCell;
    for (const { id, cells } of rows.events) {
      const value = cells[at]?.trim();
      const key = TRANSLATED_EVENT_FIELDS.find(([column]) => column === field)![1];
      if (value && id) byId(tag, "events", id)[key] = value;
    }
    for (const { id, cells } of rows.claims) {
      const value = cells[at]?.trim();
      if (value && id && field === "summary") byId(tag, "claims", id).explanation = value;
    }
  }
  return Object.keys(out).length > 0 ? (out as Translations) : undefined;
}
