import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { validateDataset } from "../src/domain/validate-dataset";
import { TOTAL, eventById, ids, inDateOrder } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const LESSON = fixture("lesson.json");
const BROKEN = fixture("broken-lesson.json");
const TIMELINEJS = readFileSync(new URL("../src/domain/fixtures/timelinejs-sample.json", import.meta.url), "utf8");
const ALL = inDateOrder.map((event) => event.id);
// The host-page snippet exactly as the README gives it to teachers.
const HOST_SNIPPET = /To let the frame grow[\s\S]*?```html\n([\s\S]*?)```/.exec(
  readFileSync(new URL("../README.md", import.meta.url), "utf8"),
)![1]!;

/**
 * Serves a file at a path of the explorer's own origin ("/lessons/a.json") or at another origin's URL.
 * Matched on the path, never the query: the page's own address names the file in ?data=.
 */
async function serve(page: Page, url: string, body: string, { status = 200, type = "application/json" } = {}) {
  const matches = (candidate: URL) =>
    url.startsWith("/") ? candidate.pathname === url : `${candidate.origin}${candidate.pathname}` === url;
  await page.route(matches, (route) => route.fulfill({ status, body, contentType: type }));
}

test.describe("share", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Copy link copies the view's address, and the copied link reproduces the view", async ({ page, context }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.checkbox("Qatar").check();
    await explorer.cardButton("glezmann-released").click();
    await explorer.button("Copy link").click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    const other = new ExplorerPage(await context.newPage());
    await other.page.goto(link);
    await other.ready();
    await other.expectShowing(
      ids((event) => event.actors.includes("qatar")),
      TOTAL,
    );
    await expect(other.selectedCard()).toHaveAttribute("data-event-id", "glezmann-released");
  });
});

test("Copy link falls back to a selected field where the clipboard is unavailable", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  const explorer = new ExplorerPage(page);
  await explorer.open("tracks=military");
  await explorer.button("Copy link").click();
  const dialog = page.getByRole("dialog", { name: "Copy this link" });
  await expect(dialog).toBeVisible();
  const field = dialog.getByLabel("Link to this view");
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
  expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(
    page.url().length,
  );
  await explorer.expectNoAxeViolations();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(explorer.button("Copy link")).toBeFocused();
});

test.describe("embed", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the Embed dialog builds a snippet for the view, keeps focus inside and returns it", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military&event=abbey-gate-bombing");
    const embed = explorer.button("Embed");
    await embed.click();
    const dialog = page.getByRole("dialog", { name: "Embed this view" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();

    await dialog.getByLabel("Height in pixels").fill("520");
    await dialog.getByRole("radio", { name: "Dark" }).check();
    await dialog.getByRole("checkbox", { name: "Show the filter panel" }).check();
    const code = dialog.getByLabel("Embed code");
    const origin = new URL(page.url()).origin;
    await expect(code).toHaveValue(
      `<iframe src="${origin}/?tracks=military&amp;event=abbey-gate-bombing&amp;embed=1&amp;filters=1&amp;theme=dark" title="Timeline: U.S.–Taliban relations, 2020–2026" width="100%" height="520" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
    );
    // The live preview shows what the class will see.
    const preview = dialog.locator("iframe");
    await expect(preview).toHaveAttribute(
      "src",
      `${origin}/?tracks=military&event=abbey-gate-bombing&embed=1&filters=1&theme=dark`,
    );
    const framed = page.frameLocator('iframe[title^="Preview"]');
    await expect(framed.getByRole("region", { name: "Timeline" })).toHaveAttribute("data-ready", "true");
    await expect(framed.locator('article[aria-current="true"]')).toHaveAttribute("data-event-id", "abbey-gate-bombing");
    await explorer.expectNoAxeViolations();

    await dialog.getByRole("button", { name: "Copy code" }).click();
    await expect(dialog.getByText("Embed code copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

    // Focus stays in the dialog: Shift+Tab from its first control wraps inside it.
    await dialog.getByRole("button", { name: "Close" }).focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(embed).toBeFocused();
  });

  test("the snippet in a host page shows the view in a sandboxed frame and posts its height", async ({
    page,
    playwright,
  }, testInfo) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("actors=qatar&event=glezmann-released");
    await explorer.button("Embed").click();
    const snippet = await page.getByLabel("Embed code").inputValue();

    // The LMS page is served by the test, so Chromium counts it as a public site framing a loopback
    // one and blocks it (Local Network Access). Real deployments are public on both sides; this browser
    // drops that check and nothing else.
    const launch = testInfo.project.use.launchOptions ?? {};
    const browser = await playwright.chromium.launch({
      ...launch,
      args: [...(launch.args ?? []), "--disable-features=LocalNetworkAccessChecks"],
    });
    const lms = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    lms.on("pageerror", (error) => errors.push(error.message));
    lms.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });

    // A tall LMS page on another origin, with the frame far down and the README's snippet to size it.
    const host = "https://lms.example/course/lesson-4.html";
    await serve(
      lms,
      host,
      `<!doctype html><html lang="en"><head><title>Lesson</title><link rel="icon" href="data:,"></head><body>
       <h1>Lesson 4</h1><div style="height:1500px">Reading first.</div>
       ${snippet}
       <script>
         window.heights = [];
         addEventListener("message", (event) => {
           if (event.data && event.data.type === "timeline-explorer:height") window.heights.push(event.data.height);
         });
       </script>
       ${HOST_SNIPPET}</body></html>`,
      { type: "text/html" },
    );
    await lms.goto(host);
    const frameElement = lms.locator("iframe");
    await expect(frameElement).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-popups");
    await frameElement.scrollIntoViewIfNeeded();
    const frame = lms.frameLocator("iframe");
    await expect(frame.getByRole("region", { name: "Timeline" })).toHaveAttribute("data-ready", "true");
    await expect(frame.getByRole("status")).toHaveText(
      `${ids((event) => event.actors.includes("qatar")).length} of ${TOTAL} events`,
    );
    await expect(frame.locator('article[aria-current="true"]')).toHaveAttribute("data-event-id", "glezmann-released");
    await expect(frame.getByRole("link", { name: /Open the full explorer/ })).toHaveAttribute(
      "href",
      /\?actors=qatar&event=glezmann-released$/,
    );

    // The host hears the content height and sizes the frame to it.
    const heights = () => lms.evaluate(() => (window as unknown as { heights: number[] }).heights);
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const last = (await heights()).at(-1)!;
        const frameHeight = await frameElement.evaluate((element) => element.getBoundingClientRect().height);
        return Math.abs(frameHeight - last) <= 1 && last > 600;
      })
      .toBe(true);

    // Working inside the frame (stepping to the next event reveals its card) never moves the host page.
    await lms.evaluate(() => window.scrollTo(0, 0));
    await frame.getByRole("button", { name: "Next event" }).dispatchEvent("click");
    await expect(frame.locator('article[aria-current="true"]')).not.toHaveAttribute(
      "data-event-id",
      "glezmann-released",
    );
    expect(await lms.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
    await browser.close();
  });

  test("embed mode is compact, works at 320 px and opens the filters only when asked", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military&embed=1");
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    await expect(page.getByText("Timeline explorer", { exact: true })).toHaveCount(0);
    const full = page.getByRole("link", { name: /Open the full explorer/ });
    await expect(full).toHaveAttribute("target", "_blank");
    await expect(full).toHaveAttribute("href", new URL("./?tracks=military", page.url()).href);
    // Nothing takes focus by itself, and nothing scrolls sideways.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await explorer.expectShowing(
      ids((event) => event.track === "military"),
      TOTAL,
    );

    const toggle = explorer.button("Filters (1)");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(explorer.checkbox("Qatar")).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(explorer.checkbox("Qatar")).toBeVisible();
    await explorer.expectNoAxeViolations();

    await explorer.open("embed=1&filters=1&theme=dark");
    await expect(explorer.checkbox("Qatar")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await explorer.expectNoAxeViolations();
  });
});

test("printing gives a handout of the view: title, filters, link and every matching event with its sources", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open("tracks=detainees&q=released");
  const matching = ids(
    (event) =>
      event.track === "detainees" &&
      `${event.title} ${event.summary} ${event.details ?? ""}`.toLowerCase().includes("released"),
  );
  await page.emulateMedia({ media: "print" });
  const handout = page.getByRole("article", { name: "Printable handout" });
  await expect(handout).toBeVisible();
  await expect(handout.getByRole("heading", { level: 1 })).toHaveText("U.S.–Taliban relations, 2020–2026");
  await expect(handout).toContainText(
    `${matching.length} of ${TOTAL} events. Filters: Search: “released”; Track: Detainees and hostages.`,
  );
  await expect(handout).toContainText(page.url());
  await expect(handout.getByRole("listitem").filter({ has: page.getByRole("heading") })).toHaveCount(matching.length);
  await expect(handout).toContainText("Source: ");
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
  const row = csv.split("\r\n").find((line) => line.startsWith("glezmann-released,"))!;
  expect(row).toContain(`P${quote.paragraph}: “${quote.text}”`);
  expect(row).toContain("U.S. Department of State, Mar 20, 2025. Primary source.");
  expect(row).toContain("Taliban, Mar 20, 2025: ");
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
  const csv = readFileSync((await csvDownload.path())!, "utf8");
  const records = csv.split("\r\n").filter(Boolean);
  expect(records[0]).toBe(
    "id,date,start,end,precision,title,track,actors,provenance,summary,details,notes,article_paragraphs,sources,related,article_quotes,perspectives",
  );
  // Fields may hold line breaks, so count records by their first field, the id.
  expect(csv.match(/(^|\r\n)[a-z0-9-]+,/g)?.map((match) => match.replace(/\r\n|,/g, ""))).toEqual(["id", ...expected]);

  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), explorer.button("Download JSON").click()]);
  expect(jsonDownload.suggestedFilename()).toBe("us-taliban-relations-view.json");
  const json = JSON.parse(readFileSync((await jsonDownload.path())!, "utf8"));
  expect(validateDataset(json).ok).toBe(true);
  expect(json.events.map((event: { id: string }) => event.id)).toEqual(expected);
});

test.describe("bring your own dataset", () => {
  test("data= loads a dataset from the site, shows its title and where it came from", async ({ page }) => {
    await serve(page, "/lessons/votes.json", LESSON);
    const explorer = new ExplorerPage(page);
    await explorer.open("data=./lessons/votes.json&tracks=laws&event=uk-equal");
    await expect(explorer.heading).toHaveText("Votes for women, 1893–1928");
    await expect(page.getByText("Dataset: ./lessons/votes.json")).toBeVisible();
    await expect(page.getByText("Suffrage: a reader")).toBeVisible();
    await explorer.expectShowing(["nz-vote", "uk-equal"], 3);
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "uk-equal");
    expect(new URL(page.url()).search).toBe("?tracks=laws&event=uk-equal&data=./lessons/votes.json");
    await expect(page).toHaveTitle("Votes for women, 1893–1928 · Timeline explorer");

    await page.getByRole("button", { name: "Back to the default timeline" }).click();
    await explorer.expectShowing(ALL, TOTAL);
  });

  test.describe(() => {
    test.use({ allowRequests: [/^https:\/\/data\.example\.org\/votes\.json$/] });
    test("a dataset from another site says which site it came from", async ({ page }) => {
      await serve(page, "https://data.example.org/votes.json", LESSON);
      const explorer = new ExplorerPage(page);
      await explorer.open("data=https://data.example.org/votes.json");
      await expect(explorer.heading).toHaveText("Votes for women, 1893–1928");
      await expect(page.getByText("Dataset from data.example.org, not from this site")).toBeVisible();
      await explorer.expectNoAxeViolations();
    });
  });

  test("an invalid dataset lists each problem, and the default stays", async ({ page }) => {
    await serve(page, "/lessons/broken.json", BROKEN);
    const explorer = new ExplorerPage(page);
    await explorer.open("data=./lessons/broken.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Could not open ./lessons/broken.json: 3 problems.");
    await expect(alert).toContainText('events[0].start: "1918-02-30" is not a real calendar date');
    await expect(alert).toContainText("events[0].colour: is not a field of the dataset format");
    await expect(alert).toContainText('events[0].track: "law" is not a track of this dataset');
    await expect(alert).toContainText("Check the day and month: this day does not exist in that month.");
    await explorer.expectShowing(ALL, TOTAL);
    expect(new URL(page.url()).search).toBe("");
    await explorer.expectNoAxeViolations();
  });

  test.describe(() => {
    // The browser itself logs the 404 of the missing file; the page handles it.
    test.use({ allowConsole: [/status of 404/] });
    test("a web page, a missing file and a hanging server each get a clear message", async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await serve(page, "/lessons/page.json", "<!doctype html><html><body>Sign in</body></html>", {
        type: "text/html",
      });
      await explorer.open("data=./lessons/page.json");
      await expect(page.getByRole("alert")).toContainText("this is a web page (HTML), not a JSON file");

      await serve(page, "/lessons/gone.json", "Not found", { status: 404, type: "text/plain" });
      await explorer.open("data=./lessons/gone.json");
      await expect(page.getByRole("alert")).toContainText("the server answered 404");
      await explorer.expectShowing(ALL, TOTAL);

      // A server that never answers: the reader can cancel and is back on the default timeline.
      await page.route(
        (url) => url.pathname === "/lessons/slow.json",
        () => new Promise(() => {}),
      );
      await page.goto("./?data=./lessons/slow.json");
      await expect(page.getByText("Loading the dataset from ./lessons/slow.json…")).toBeVisible();
      await explorer.button("Cancel").click();
      await explorer.ready();
      await explorer.expectShowing(ALL, TOTAL);
      await expect(page.getByRole("alert")).toHaveCount(0);
      expect(new URL(page.url()).search).toBe("");
    });
  });

  test("Open dataset… reads a file; a broken file changes nothing", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military");
    const chooser = page.waitForEvent("filechooser");
    await explorer.button("Open dataset…").click();
    await (await chooser).setFiles({ name: "votes.json", mimeType: "application/json", buffer: Buffer.from(LESSON) });
    await expect(explorer.heading).toHaveText("Votes for women, 1893–1928");
    await expect(page.getByText("Opened from your computer: votes.json")).toBeVisible();
    // A new dataset starts from all its events.
    await explorer.expectShowing(["nz-vote", "wspu-founded", "uk-equal"], 3);

    const again = page.waitForEvent("filechooser");
    await explorer.button("Open dataset…").click();
    await (await again).setFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(BROKEN) });
    await expect(page.getByRole("alert")).toContainText("Could not open the file “broken.json”: 3 problems.");
    await expect(page.getByRole("alert")).toContainText("the page still shows “Votes for women, 1893–1928”");
    await expect(explorer.heading).toHaveText("Votes for women, 1893–1928");
    await explorer.expectShowing(["nz-vote", "wspu-founded", "uk-equal"], 3);

    const notJson = page.waitForEvent("filechooser");
    await explorer.button("Open dataset…").click();
    await (await notJson).setFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{ nope") });
    await expect(page.getByRole("alert")).toContainText("the file is not valid JSON");
  });

  test("a .json file dropped on the page opens it", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "votes.json", { type: "application/json" }));
      return transfer;
    }, LESSON);
    await page.dispatchEvent("main", "dragenter", { dataTransfer });
    await expect(page.getByText("Drop the .json file to open it")).toBeVisible();
    await page.dispatchEvent("main", "drop", { dataTransfer });
    await expect(page.getByText("Drop the .json file to open it")).toBeHidden();
    await expect(explorer.heading).toHaveText("Votes for women, 1893–1928");
  });

  test("a TimelineJS file converts, and the reader is told what was left out", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const chooser = page.waitForEvent("filechooser");
    await explorer.button("Open dataset…").click();
    await (
      await chooser
    ).setFiles({ name: "suffrage.json", mimeType: "application/json", buffer: Buffer.from(TIMELINEJS) });
    await expect(explorer.heading).toHaveText("Women’s suffrage in brief");
    await expect(page.getByText("Converted from a TimelineJS file:")).toBeVisible();
    await expect(page.getByText("Images and other media (2 items) are not shown in this explorer.")).toBeVisible();
    await explorer.expectShowing(
      [
        "nz-1893",
        "wspu-founded",
        "the-bombing-campaign",
        "representation-of-the-people-act",
        "new-zealand-gives-women-the-vote",
      ],
      5,
    );
    await expect(explorer.checkbox("Elections")).toBeVisible();
    await explorer.expectNoAxeViolations();
  });
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
