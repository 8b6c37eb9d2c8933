import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("the CSV writer", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['the "exploratory" talks', '"the ""exploratory"" talks"'],
    ["line one\nline two", '"line one\nline two"'],
    ["carriage\r\nreturn", '"carriage\r\nreturn"'],
    ["", ""],
    ["“curly” quotes, kept", '"“curly” quotes, kept"'],
  ])("writes %j as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("writes numbers and missing values", () => {
    expect(csvField(42)).toBe("42");
    expect(csvField(-1)).toBe("-1");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("=x", { defuseFormulas: false })).toBe("=x");
  });

  it("writes a header row and one record per row, each ended by CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["1", "x,y"],
          ["2", ""],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n2,\r\n');
  });
});
