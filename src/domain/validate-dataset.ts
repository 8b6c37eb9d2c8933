/**
 * Validation of an untrusted dataset: every problem at once, each with its path and a message a
 * teacher can act on. Never throws.
 */
import type * as z from "zod/mini";
import { DatasetSchema, type Dataset } from "./schema";

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

const HINT_BY_CODE: Partial<Record<z.core.$ZodIssue["code"], string>> = {
  unrecognized_keys: "Remove this field, or check its spelling: the published schema lists every field.",
  invalid_value: "Use one of the values listed.",
  invalid_format: "Ids use lower-case letters, digits and single hyphens, like doha-agreement.",
  too_small: "Add at least one.",
};

function toProblems(issue: z.core.$ZodIssue): Problem[] {
  return toMessages(issue).map((problem) => {
    const params = issue.code === "custom" ? (issue.params as { hint?: string } | undefined) : undefined;
    const hint = params?.hint ?? hintFor(issue, problem.message);
    return hint ? { ...problem, hint } : problem;
  });
}

function hintFor(issue: z.core.$ZodIssue, message: string): string | undefined {
  if (issue.code === "invalid_type") {
    return message === "is required"
      ? "Add this field: every item needs it."
      : "Change the value to the kind expected.";
  }
  if (issue.code === "too_small" && issue.origin === "string")
    return "Write something here, or remove the field if it is optional.";
  if (issue.code === "invalid_format" && !/kebab-case/.test(message)) return undefined;
  return HINT_BY_CODE[issue.code];
}

function toMessages(issue: z.core.$ZodIssue): Problem[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      // One problem per unknown field, at the field's own path, so a typo points at itself.
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: "is not a field of the dataset format (check the spelling, or remove it)",
      }));
    case "invalid_type": {
      if (issue.input === undefined) return [{ path, message: "is required" }];
      // The schema words its own messages for text fields; zod's default one is for programmers.
      const expected = issue.message.startsWith("Invalid input")
        ? `expected ${KINDS[issue.expected] ?? issue.expected}`
        : issue.message;
      return [{ path, message: `${expected}, got ${kindOf(issue.input)}` }];
    }
    case "too_small":
      if (issue.origin === "array" && Number(issue.minimum) === 1 && !/needs/.test(issue.message)) {
        return [{ path, message: "must not be empty" }];
      }
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

const KINDS: Record<string, string> = {
  array: "a list [ … ]",
  object: "an object { … }",
  string: "text in quotes",
  number: "a number",
  boolean: "true or false",
};

function kindOf(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "an object";
  if (typeof input === "string") return "text";
  return `a ${typeof input}`;
}
