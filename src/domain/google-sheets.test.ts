import { describe, expect, it } from "vitest";
import { googleSheetCsvUrl } from "./google-sheets";

describe("a Google Sheets link", () => {
  const csv = (href: string) => googleSheetCsvUrl(new URL(href))?.href ?? null;
  it("is turned into its CSV address, keeping the sheet (gid)", () => {
    expect(csv("https://docs.google.com/spreadsheets/d/1AbC_d-9/edit#gid=42")).toBe(
      "https://docs.google.com/spreadsheets/d/1AbC_d-9/export?format=csv&gid=42",
    );
    expect(csv("https://docs.google.com/spreadsheets/d/1AbC_d-9/edit?usp=sharing")).toBe(
      "https://docs.google.com/spreadsheets/d/1AbC_d-9/export?format=csv",
    );
    expect(csv("https://docs.google.com/spreadsheets/d/e/2PACX-1vQx/pubhtml?gid=0&single=true")).toBe(
      "https://docs.google.com/spreadsheets/d/e/2PACX-1vQx/pub?gid=0&single=true&output=csv",
    );
    expect(csv("https://docs.google.com/spreadsheets/d/e/2PACX-1vQx/pub?output=csv")).toBe(
      "https://docs.google.com/spreadsheets/d/e/2PACX-1vQx/pub?output=csv",
    );
  });

  it("leaves every other address alone", () => {
    expect(csv("https://docs.google.com/document/d/1AbC/edit")).toBeNull();
    expect(csv("https://example.org/spreadsheets/d/1AbC/edit")).toBeNull();
  });
});
