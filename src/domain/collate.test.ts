import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ROOT_ASCII_LANGUAGES, textComparer } from "./collate";

const sign = (value: number) => Math.sign(value);
const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) });
/** Names that differ where it counts: a few letters in both cases, signs, digits and spaces. */
const nameLike = fc.string({ unit: fc.constantFrom(..."aAbBzZ09 -.'_(#~"), maxLength: 6 });

describe("textComparer", () => {
  afterEach(() => vi.restoreAllMocks());

  it("orders ASCII names exactly as Intl.Collator does, in every language it compares by its table", () => {
    for (const language of ROOT_ASCII_LANGUAGES) {
      const collator = new Intl.Collator(language);
      const comparer = textComparer(language);
      for (const names of [ascii, nameLike]) {
        fc.assert(
          fc.property(names, names, (a, b) => sign(comparer.compare(a, b)) === sign(collator.compare(a, b))),
          { numRuns: 2000 },
        );
      }
    }
  });

  it("makes no Intl.Collator for ASCII names, and one, once, for any other", () => {
    const Real = Intl.Collator;
    const made = vi.fn();
    vi.spyOn(Intl, "Collator").mockImplementation(function (...args: ConstructorParameters<typeof Intl.Collator>) {
      made();
      return new Real(...args);
    } as never);
    const comparer = textComparer("en");
    const names = ["United States", "Taliban", "U.N.", "al-Qaeda", "Zalmay Khalilzad", "taliban"];
    expect([...names].sort(comparer.compare)).toEqual([
      "al-Qaeda",
      "taliban",
      "Taliban",
      "U.N.",
      "United States",
      "Zalmay Khalilzad",
    ]);
    expect(made).not.toHaveBeenCalled();
    expect(comparer.compare("Émile", "Eve")).toBe(new Real("en").compare("Émile", "Eve"));
    expect(comparer.compare("Ana", "Ángel")).toBeLessThan(0);
    expect(made).toHaveBeenCalledTimes(1);
  });

  it("leaves languages that order ASCII their own way to Intl.Collator", () => {
    // Danish sorts "aa" as å, after z; Lithuanian puts y between i and j.
    expect(textComparer("da").compare("aa", "z")).toBeGreaterThan(0);
    expect(textComparer("lt").compare("y", "j")).toBeLessThan(0);
    expect(textComparer("es-MX").compare("b", "a")).toBeGreaterThan(0);
  });
});
