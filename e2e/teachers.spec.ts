import { readFileSync } from "node:fs";
import { parseCsv } from "../src/domain/csv-import";
import { SHEET_COLUMNS } from "../src/domain/explorer-sheet";
import { PROVENANCE_ENGLISH } from "../src/domain/provenance-words";
import { validateDataset } from "../src/domain/validate-dataset";
import { TOTAL, eventById, ids, searchableText } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

// The host-page snippet exactly as the README gives it to teachers.

test("printing gives a handout of the view: title, filters, link and every matching event with its sources", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open("tracks=detainees&q=glezmann");
  const matching = ids((event) => event.track === "detainees" && searchableText(event).includes("glezmann"));
  await page.emulateMedia({ media: "print" });
  const handout = page.getByRole("article", { name: "Printable handout" });
  await expect(handout).toBeVisible();
  await expect(handout.getByRole("heading", { level: 1 })).toHaveText("U.S.–Taliban relations, 2020–2026");
  await expect(handout).toContainText(
    `${matching.length} of ${TOTAL} events. Filters: Search: “glezmann”; Track: Detainees and hostages.`,
  );
  await expect(handout).toContainText(page.url());
  await expect(handout.getByRole("listitem").filter({ has: page.getByRole("heading") })).toHaveCount(matching.length);
  await expect(handout).toContainText("Source: ");
  // Sources short enough to read on paper: the site's name, linked to the page for a PDF.
  const sites = handout.getByRole("link");
  expect(await sites.count()).toBeGreaterThan(matching.length);
  for (const site of await sites.all()) {
    await expect(site).toHaveText(/^[a-z0-9.-]+\.[a-z]+$/);
    await expect(site).toHaveAttribute("href", /^https?:\/\//);
  }
  await expect(handout).not.toContainText("https://www.");
  // No controls and no timeline on paper.
  await expect(explorer.button("Copy link")).toBeHidden();
  await expect(explorer.timeline).toBeHidden();
  await expect(explorer.search).toBeHidden();

  await page.emulateMedia({ media: "screen" });
  await expect(handout).toBeHidden();
});

test("the article's words, how each side saw it and each source's kind reach the card, the handout and the CSV", async ({
  page,
}) => {
  const glezmann = eventById("glezmann-released");
  const quote = glezmann.articleQuotes![0]!;
  const taliban = glezmann.perspectives!.find((view) => view.actor === "taliban")!;
  const explorer = new ExplorerPage(page);
  await explorer.open("event=glezmann-released&tracks=detainees");
  const card = explorer.card("glezmann-released");
  await expect(card.getByRole("list", { name: "The article's words" })).toContainText(
    `The article says: ${quote.text} (paragraph ${quote.paragraph})`,
  );
  const sides = card.getByRole("heading", { name: "How each side saw it" });
  await expect(sides).toBeVisible();
  await expect(card).toContainText(taliban.words ?? taliban.paraphrase!);
  await expect(card.getByText("Primary source", { exact: true }).first()).toBeVisible();
  await expect(card.getByText("Report", { exact: true }).first()).toBeVisible();
  await explorer.expectNoAxeViolations();

  await page.emulateMedia({ media: "print" });
  const handout = page.getByRole("article", { name: "Printable handout" });
  await expect(handout).toContainText(`The article says: “${quote.text}” (paragraph ${quote.paragraph})`);
  await expect(handout).toContainText("Notes on the record:");
  await expect(handout).toContainText("How each side saw it:");
  await expect(handout).toContainText(
    `Taliban, Mar 20, 2025: ${taliban.words ? `“${taliban.words}”` : taliban.paraphrase}`,
  );
  await expect(handout).toContainText("Primary source.");
  await page.emulateMedia({ media: "screen" });

  const [download] = await Promise.all([page.waitForEvent("download"), explorer.button("Download CSV").click()]);
  const csv = readFileSync((await download.path())!, "utf8");
  const [header, ...rows] = parseCsv(csv);
  const row = Object.fromEntries(
    header!.map((name, at) => [name, rows.find((cells) => cells[0] === "glezmann-released")![at]]),
  );
  // Every part a spreadsheet reader needs: the article's words by paragraph, one source per line, each side's view.
  expect(row.article_quotes).toContain(`P${quote.paragraph} | ${quote.text}`);
  expect(row.sources).toMatch(/^.+ \| U\.S\. Department of State \| .* \| 2025-03-20 \| primary$/m);
  expect(JSON.parse(row.perspectives!)).toEqual(eventById("glezmann-released").perspectives);
});

test("the downloads hold exactly the view's events, as CSV and as a valid dataset", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open("tracks=international,sanctions&prov=article,context");
  const expected = ids(
    (event) => ["international", "sanctions"].includes(event.track) && event.provenance !== "after-article",
  );
  await explorer.expectShowing(expected, TOTAL);

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), explorer.button("Download CSV").click()]);
  expect(csvDownload.suggestedFilename()).toBe("us-taliban-relations-view.csv");
  const file = readFileSync((await csvDownload.path())!, "utf8");
  // The byte-order mark makes Excel read UTF-8, so dashes and curly quotes survive.
  expect(file.charCodeAt(0)).toBe(0xfeff);
  const csv = file.slice(1);
  const [header, ...records] = parseCsv(csv);
  // The explorer's columns, then the translations' in their rows (summary_fa beside summary).
  expect(header!.slice(0, SHEET_COLUMNS.length)).toEqual([...SHEET_COLUMNS]);
  expect(header).toEqual(expect.arrayContaining(["title_es", "summary_fa", "short_title_ps", "settings_fa"]));
  // Values as the page words them.
  const first = records.find((cells) => cells[0] === expected[0])!;
  expect(first[header!.indexOf("provenance")]).toBe(PROVENANCE_ENGLISH[eventById(expected[0]!).provenance]);
  // The dataset's own row (its title, tracks, actors), then the view's events in order, then the article's
  // claims about those events, each a row of type claim naming only events the view keeps.
  const type = header!.indexOf("type");
  const claims = records.filter((cells) => cells[type] === "claim");
  expect(records.filter((cells) => cells[type] !== "claim").map((cells) => cells[0])).toEqual([
    "us-taliban-relations",
    ...expected,
  ]);
  expect(records.slice(-claims.length)).toEqual(claims);
  expect(claims.length).toBeGreaterThan(0);
  for (const claim of claims) {
    const events = claim[header!.indexOf("related")]!.split(";").map((id) => id.trim());
    expect(events.every((id) => expected.includes(id))).toBe(true);
  }

  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), explorer.button("Download JSON").click()]);
  expect(jsonDownload.suggestedFilename()).toBe("us-taliban-relations-view.json");
  const json = JSON.parse(readFileSync((await jsonDownload.path())!, "utf8"));
  expect(validateDataset(json).ok).toBe(true);
  expect(json.events.map((event: { id: string }) => event.id)).toEqual(expected);
});

test("the single-file build works opened from disk, offline", async ({ browser }) => {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on("request", (request) => {
    if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const file = new URL("../dist-single/index.html", import.meta.url).href;
  await page.goto(`${file}?tracks=military&event=abbey-gate-bombing`);
  const explorer = new ExplorerPage(page);
  await explorer.ready();
  await explorer.expectShowing(
    ids((event) => event.track === "military"),
    TOTAL,
  );
  await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "abbey-gate-bombing");
  await explorer.checkbox("Diplomacy and recognition").check();
  await expect(explorer.status).toHaveText(
    `${ids((event) => ["military", "diplomacy"].includes(event.track)).length} of ${TOTAL} events`,
  );
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
