import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { TOTAL, inDateOrder } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";
import { PNG, fixture, serve } from "./serve";

const ALL = inDateOrder.map((event) => event.id);

test.describe("spreadsheets", () => {
  const SHEET = fixture("timelinejs-sheet.csv");
  // The sheet's one picture, served by the test (the tests that break it say so).
  test.use({ allowRequests: [/^https:\/\/example\.org\/act\.jpg$/] });
  test.beforeEach(async ({ page }) => {
    await page.route("https://example.org/act.jpg", (route) => route.fulfill({ body: PNG, contentType: "image/png" }));
  });

  async function expectSheetOpened(explorer: ExplorerPage) {
    await expect(explorer.heading).toHaveText("Votes for women & after");
    await expect(explorer.cards).toHaveCount(3);
    await expect(explorer.checkbox("Elections")).toBeVisible();
    await expect(explorer.checkbox("Campaigns")).toBeVisible();
    await expect(explorer.timeline.getByText("Suffrage era")).toBeVisible();
    // Plain text: the HTML's tags are gone and its quotes kept.
    await expect(explorer.card("wspu-founded-in-manchester")).toContainText("“Deeds, not words”".replace(/[“”]/g, '"'));
    await expect(explorer.page.getByText("Converted from a TimelineJS spreadsheet:")).toBeVisible();
    await expect(explorer.page.getByText(/Slide backgrounds \(1 event\) are not carried over/)).toBeVisible();
  }

  test("a TimelineJS Google Sheet saved as CSV opens from a file", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const chooser = page.waitForEvent("filechooser");
    await (await explorer.tool("Open dataset…")).click();
    await (await chooser).setFiles({ name: "suffrage.csv", mimeType: "text/csv", buffer: Buffer.from(SHEET) });
    await expectSheetOpened(explorer);
    await explorer.expectNoAxeViolations();
  });

  test.describe(() => {
    // The teacher's sheet, named in the link, read as its CSV; and its picture. (One pattern: an array of
    // two would read as a fixture's [value, options].)
    test.use({
      allowRequests: [
        /^https:\/\/(docs\.google\.com\/spreadsheets\/d\/e\/2PACX-1vTest\/pub\?gid=0&single=true&output=csv|example\.org\/act\.jpg)$/,
      ],
    });
    test("a sheet's CSV opens by link, and a published Google Sheet's address is read as its CSV", async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await serve(page, "/sheets/suffrage.csv", SHEET, { type: "text/csv" });
      await explorer.open("data=./sheets/suffrage.csv");
      await expectSheetOpened(explorer);

      await serve(page, "https://docs.google.com/spreadsheets/d/e/2PACX-1vTest/pub", SHEET, { type: "text/csv" });
      await explorer.open(
        `data=${encodeURIComponent("https://docs.google.com/spreadsheets/d/e/2PACX-1vTest/pubhtml?gid=0&single=true")}`,
      );
      await expectSheetOpened(explorer);
    });
  });

  test.describe(() => {
    test.use({
      allowRequests: [/^https:\/\/example\.org\/act\.jpg$/],
      // The browser itself reports a picture that fails to load; the page does not.
      allowConsole: [/Failed to load resource: the server responded with a status of 404/],
    });
    test("a sheet's picture shows on its card with its alt text and credit, or its alt text when it cannot load", async ({
      page,
    }) => {
      const explorer = new ExplorerPage(page);
      let status = 200;
      await page.route("https://example.org/act.jpg", (route) =>
        route.fulfill(status === 200 ? { body: PNG, contentType: "image/png" } : { status: 404, body: "" }),
      );
      await serve(page, "/sheets/suffrage.csv", SHEET, { type: "text/csv" });
      await explorer.open("data=./sheets/suffrage.csv");
      const card = explorer.card("representation-of-the-people-act");
      const picture = card.getByRole("img", { name: "The first page of the Act" });
      await expect(picture).toBeVisible();
      await expect(picture).toHaveJSProperty("complete", true);
      await expect(card.getByRole("figure")).toContainText("The Act (Parliamentary Archives)");
      // The box keeps its proportions whatever the picture's size: nothing moves when it loads.
      const box = (await picture.boundingBox())!;
      expect(Math.round((box.width / box.height) * 10) / 10).toBe(1.5);
      await explorer.expectNoAxeViolations();

      status = 404;
      await page.reload();
      await explorer.ready();
      await expect(
        explorer.card("representation-of-the-people-act").getByText("Picture not available: The first page of the Act"),
      ).toBeVisible();
    });
  });

  /** Opens text as a file through "Open dataset…", as a teacher picks one. */
  async function openFile(explorer: ExplorerPage, name: string, text: string | Buffer) {
    const chooser = explorer.page.waitForEvent("filechooser");
    await (await explorer.tool("Open dataset…")).click();
    await (await chooser).setFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  }

  /** The cells of each row of a CSV the explorer wrote (none of the template's cells holds a line break). */
  const rowsOf = (csv: string) =>
    csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .map((line) =>
        [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((match) =>
          match[1]!.replace(/^"([\s\S]*)"$/, "$1").replace(/""/g, '"'),
        ),
      );

  async function downloaded(page: Page, click: Promise<void>) {
    const [file] = await Promise.all([page.waitForEvent("download"), click]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
  }

  test("the explorer's own CSV opens again as the same timeline, every field kept", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("event=glezmann-released");
    const before = await explorer.card("glezmann-released").innerText();
    const csv = await downloaded(page, explorer.button("Download CSV").click());
    expect(csv.name).toBe("us-taliban-relations.csv");

    await openFile(explorer, csv.name, csv.text);
    await expect(page.getByText("This timeline was opened from a file on this computer.")).toBeVisible();
    await expect(explorer.heading).toHaveText("U.S.–Taliban relations, 2020–2026");
    await explorer.expectShowing(ALL, TOTAL);
    // Nothing had to be assumed, and the card reads as before: sources, the article's words, each side's view.
    await expect(page.getByText("Read from a spreadsheet:")).toHaveCount(0);
    await explorer.cardButton("glezmann-released").click();
    await expect.poll(() => explorer.card("glezmann-released").innerText()).toBe(before);
    await expect(explorer.checkbox("Detainees and hostages")).toBeVisible();
  });

  test("the spreadsheet template downloads, and opens as a timeline to start from", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const button = await explorer.tool("Download spreadsheet template");
    const template = await downloaded(page, button.click());
    expect(template.name).toBe("timeline-template.csv");
    expect(template.text.split("\r\n")[0]).toMatch(/^\uFEFFid,date,start,end,precision,title,track,actors,/);
    // Its first rows are the guide, notes the explorer skips: how the sheet is laid out, then what each
    // column holds (required or not, what to write, an example).
    const [header, layout, guide] = rowsOf(template.text);
    expect(layout![0]).toMatch(/^# Rows whose id starts with # are notes for you: the explorer skips them/);
    expect(guide).toHaveLength(header!.length);
    for (const cell of guide!) expect(cell).toMatch(/^(# )?(Required|Optional|Leave empty)\b/);
    expect(guide![header!.indexOf("start")]).toContain("Examples: 2020-02-29");

    await openFile(explorer, template.name, template.text);
    await expect(explorer.heading).toHaveText("My timeline");
    await explorer.expectShowing(["doha-agreement", "kabul-airlift", "glezmann-released"], 3);
    for (const track of ["Diplomacy and recognition", "Military and withdrawal", "Detainees and hostages"])
      await expect(explorer.checkbox(track)).toBeVisible();
    await expect(explorer.checkbox("Qatar")).toBeVisible();
    // A timeline of one's own has no source article: the page makes no claim about one.
    await expect(page.getByRole("group", { name: "Where it comes from" })).toHaveCount(0);
    await expect(explorer.card("doha-agreement")).not.toContainText("Not in the article");
    await explorer.expectNoAxeViolations();
  });

  test("a template with the date column filled in opens; a row with only the date says where its date came from", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const template = await downloaded(page, (await explorer.tool("Download spreadsheet template")).click());
    const [header] = rowsOf(template.text);
    // A teacher's rows below the examples (rows 8 and 9): the date in both columns, and in the date column alone.
    const sheet = (...rows: Record<string, string>[]) =>
      template.text +
      rows.map((cells) => `${header!.map((column) => JSON.stringify(cells[column] ?? "")).join(",")}\r\n`).join("");
    const both = {
      id: "ceasefire",
      date: "Jun 16, 2018",
      start: "2018-06-16",
      title: "Eid ceasefire",
      summary: "A truce.",
    };
    const dateOnly = { id: "kabul-talks", date: "3/23/2022", title: "Talks in Kabul", summary: "They met." };

    await openFile(explorer, "filled-in.csv", sheet(both));
    await expect(explorer.heading).toHaveText("My timeline");
    await explorer.expectShowing(["ceasefire", "doha-agreement", "kabul-airlift", "glezmann-released"], 4);
    await expect(page.getByText("Read from a spreadsheet:")).toHaveCount(0);

    await openFile(explorer, "date-only.csv", sheet(both, dateOnly));
    await explorer.expectShowing(
      ["ceasefire", "doha-agreement", "kabul-airlift", "kabul-talks", "glezmann-released"],
      5,
    );
    await expect(page.getByText("Read from a spreadsheet:")).toBeVisible();
    await expect(
      page.getByText(
        "The date was read from the date column, since start was empty: Row 9: “3/23/2022” as 2022-03-23.",
      ),
    ).toBeVisible();
    await expect(explorer.card("kabul-talks")).toContainText("Mar 23, 2022");

    // A date the page cannot be sure of is asked about, and the problem points to the template's guide.
    await openFile(explorer, "ambiguous.csv", sheet({ ...dateOnly, date: "3/4/2022" }));
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Row 8, date: “3/4/2022” could be 3 April or 4 March 2022");
    await expect(alert).toContainText("The first rows of the spreadsheet template");
    await explorer.expectShowing(
      ["ceasefire", "doha-agreement", "kabul-airlift", "kabul-talks", "glezmann-released"],
      5,
    );
  });

  test("a sheet saved by Excel in the Windows code page keeps its accents and dashes", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    // "Café history – 1890s" and "Opéra opens" in Windows-1252, as Excel's "CSV (Comma delimited)" saves them.
    const latin = (text: string) =>
      Buffer.from([...text].map((character) => (character === "–" ? 0x96 : character.charCodeAt(0))));
    const sheet = Buffer.concat([
      latin("id,start,title,summary,type\r\n"),
      latin("cafes,,Café history – 1890s,Cafés of the town.,dataset\r\n"),
      latin("opera,1892-05-01,Opéra opens,The opéra opens.,\r\n"),
    ]);
    await openFile(explorer, "cafes.csv", sheet);
    await expect(explorer.heading).toHaveText("Café history – 1890s");
    await expect(explorer.card("opera")).toContainText("Opéra opens");
  });

  test("cells that look like formulas stay text, and keep their guard when downloaded again", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const formula = '=HYPERLINK("https://example.org/x","Click me")';
    const sheet = [
      "id,start,title,summary,track",
      `sums,2021-08-15,"${formula.replace(/"/g, '""')}",+1 and -1 @noon,=1+1`,
    ].join("\r\n");
    await openFile(explorer, "formulas.csv", sheet);
    await expect(explorer.card("sums")).toContainText(formula);
    await expect(explorer.card("sums")).toContainText("+1 and -1 @noon");
    await expect(explorer.checkbox("=1+1")).toBeVisible();
    await expect(explorer.card("sums").getByRole("link", { name: "Click me" })).toHaveCount(0);

    const csv = await downloaded(page, explorer.button("Download CSV").click());
    const row = csv.text.split("\r\n").find((line) => line.startsWith("sums,"))!;
    expect(row).toContain(`"'${formula.replace(/"/g, '""')}"`);
    expect(row).toContain(",'+1 and -1 @noon,");
    expect(row).toContain(",'=1+1,");
  });

  test("a broken sheet is reported by row and column, and the page keeps what it showed", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military");
    const broken = SHEET.replace("1893,9,19", "18x3,9,19").replace("1918,2,6", "1918,13,6");
    const chooser = page.waitForEvent("filechooser");
    await (await explorer.tool("Open dataset…")).click();
    await (await chooser).setFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Could not open the file “broken.csv”: 2 problems.");
    await expect(alert).toContainText("Row 3, Year: “18x3” is not a year");
    await expect(alert).toContainText("Row 5, Month: “13” is not a month (1 to 12)");
    await expect(explorer.heading).toHaveText("U.S.–Taliban relations, 2020–2026");
    expect(explorer.params().get("tracks")).toBe("military");
  });
});
