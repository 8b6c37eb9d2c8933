/**
 * Validation of an untrusted dataset: every problem at once, each with its path and a message a
 * teacher can act on. Never throws.
 */
import type * as z from "zod/mini";
import { HINTS } from "./dataset-hints";
import { ID_PATTERN } from "./limits";
import { DatasetSchema, type Dataset } from "./schema";
import { say } from "./say";

export interface Problem {
  /** Where the problem is, as a reader would write it: `events[3].start`; "" for the whole document. */
  path: string;
  message: string;
  /** What to do about it, in plain words. */
  hint?: string;
}

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function validateDataset(input: unknown): Validation {
  const result = DatasetSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, dataset: result.data };
  return { ok: false, problems: result.error.issues.flatMap(toProblems) };
}

/** `["events", 3, "start"]` → `events[3].start`; a key that is not a plain name is quoted: `["my key"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(key))) out += out === "" ? String(key) : `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** "events[3].start: expected …" as one line, for lists and logs. */
export function describeProblem(problem: Problem): string {
  return problem.path === "" ? problem.message : `${problem.path}: ${problem.message}`;
}

/** The advice for each kind of zod issue the schema does not word its own hint for. */
const HINT_BY_CODE: Partial<Record<z.core.$ZodIssue["code"], () => string>> = {
  unrecognized_keys: () => HINTS.unknownField,
  invalid_value: () => HINTS.listed,
  invalid_format: () => HINTS.idShape,
  too_small: () => HINTS.addOne,
};

function toProblems(issue: z.core.$ZodIssue): Problem[] {
  return toMessages(issue).map((problem) => {
    const params = issue.code === "custom" ? (issue.params as { hint?: string } | undefined) : undefined;
    const hint = params?.hint ?? hintFor(issue);
    return hint ? { ...problem, hint } : problem;
  });
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === "invalid_type") return issue.input === undefined ? HINTS.required : HINTS.kind;
  if (issue.code === "too_small" && issue.origin === "string") return HINTS.write;
  // Only an id's pattern has the id's advice (a language tag's has its own message).
  if (issue.code === "invalid_format" && !(issue.format === "regex" && issue.pattern === String(ID_PATTERN)))
    return undefined;
  return HINT_BY_CODE[issue.code]?.();
}

function toMessages(issue: z.core.$ZodIssue): Problem[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      // One problem per unknown field, at the field's own path, so a typo points at itself.
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: say(/*i18n*/ "is not a field of the dataset format (check the spelling, or remove it)"),
      }));
    case "invalid_type": {
      if (issue.input === undefined) return [{ path, message: say(/*i18n*/ "is required") }];
      // The schema words its own messages for text fields; zod's default one (in English) is for programmers.
      const expected = issue.message.startsWith(ZOD_DEFAULT)
        ? say(/*i18n*/ "expected {kind}", { kind: KINDS[issue.expected]?.() ?? issue.expected })
        : issue.message;
      return [{ path, message: say(/*i18n*/ "{expected}, got {kind}", { expected, kind: kindOf(issue.input) }) }];
    }
    case "too_small":
      if (issue.origin === "array" && Number(issue.minimum) === 1 && issue.message.startsWith(ZOD_DEFAULT)) {
        return [{ path, message: say(/*i18n*/ "must not be empty") }];
      }
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

// Zod's own message (zod/mini's, English, for programmers) where the schema words none of its own.
const ZOD_DEFAULT = "Invalid input";

const KINDS: Record<string, () => string> = {
  array: () => say(/*i18n*/ "a list [ … ]"),
  object: () => say(/*i18n*/ "an object { … }"),
  string: () => say(/*i18n*/ "text in quotes"),
  number: () => say(/*i18n*/ "a number"),
  boolean: () => say(/*i18n*/ "true or false"),
};

/** What a JSON value is, in a reader's words. */
function kindOf(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return say(/*i18n*/ "a list");
  if (typeof input === "object") return say(/*i18n*/ "an object");
  if (typeof input === "string") return say(/*i18n*/ "text");
  if (typeof input === "number") return say(/*i18n*/ "a number");
  if (typeof input === "boolean") return say(/*i18n*/ "a boolean");
  return typeof input;
}
