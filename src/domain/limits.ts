/** The largest dataset file the explorer opens: enough for tens of thousands of events. */
export const MAX_DATASET_BYTES = 10 * 1024 * 1024;

/** Every id in a dataset and a link: kebab-case, lower-case letters and digits. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lesson step's prompt: a question or task, plain text, short enough to read at a glance. */
export const PROMPT_MAX = 500;

/**
 * The longest link the explorer makes: what browsers, learning platforms and chat apps all carry. A
 * timeline carried in a link (pack=) fits in it with the view, or the link is not made.
 */
export const MAX_LINK_LENGTH = 8000;

/** Verdicts on the source article's claims, from borne out to not a matter of fact (no zod here: the view of claims needs them before the schema loads). */
export const VERDICTS = ["accurate", "imprecise", "wrong", "unsupported", "opinion"] as const;
