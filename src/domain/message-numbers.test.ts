import { describe, expect, it } from "vitest";
import { selectorNames, withLocalNumbers } from "./message-numbers";

const dari = (value: number) => new Intl.NumberFormat("fa-AF").format(value);

describe("numbers in the interface's sentences", () => {
  it("writes a plain placeholder's number in the language's digits", () => {
    const step = ["گام ", ["number"], " از ", ["total"]];
    expect(withLocalNumbers({ number: 1, total: 7 }, step, dari)).toEqual({ number: "۱", total: "۷" });
  });

  it("keeps the numbers a message chooses its form by, wherever they are", () => {
    const shown = [["shown"], " of ", ["total", "plural", { one: ["#", " event"], other: ["#", " events"] }]];
    expect(withLocalNumbers({ shown: 3, total: 75 }, shown, dari)).toEqual({ shown: "۳", total: 75 });
    const nested = [["kind", "select", { a: [["n", "plural", { other: ["#"] }]], other: ["x"] }]];
    expect([...selectorNames(nested)]).toEqual(["kind", "n"]);
    // The ICU source, when the catalogue lacks the message.
    expect([...selectorNames("{count, plural, one {# step} other {# steps}} in {n}")]).toEqual(["count"]);
  });

  it("leaves text and the values object alone when there is no number to write", () => {
    const values = { name: "Kabul 2021" };
    expect(withLocalNumbers(values, [["name"]], dari)).toBe(values);
  });
});
