import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { HOSTILE_TEXT } from "../src/domain/test-dataset";
import { dataset as defaultDataset } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";
import { LessonPanel } from "./pages/lesson-panel";
import { fixture } from "./serve";

/** A teacher's small timeline: three events, 2 kB. */
const SMALL = fixture("lesson.json");
const SMALL_TITLE = "Votes for women, 1893–1928";
/** A timeline too large for any link: the default one, saved as a file. */
const LARGE = JSON.stringify(defaultDataset);

/** A pack= made by the test itself (Node's deflate), so the page's reader is checked against another writer. */
const pack = (text: string) => deflateRawSync(Buffer.from(text)).toString("base64url");

const TOO_LARGE = "This timeline is too large to share as a link";
/** Where the header says a timeline from a link's pack= comes from. */
const CARRIED = "Carried in the link you opened: a timeline someone shared, not this site's";

test.describe("a teacher's own timeline, shared honestly", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a small file from the computer travels in the link: a fresh browser opens the same events and card", async ({
    page,
    browser,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.openFile("votes.json", SMALL);
    await expect(explorer.heading).toHaveText(SMALL_TITLE);
    await explorer.checkbox("Campaigns").uncheck();
    await explorer.cardButton("uk-equal").click();
    await explorer.expectShowing(["nz-vote", "uk-equal"], 3);

    await (await explorer.tool("Copy link")).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const params = new URL(link).searchParams;
    expect(params.get("pack")).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(params.get("data")).toBeNull();
    expect(link.length).toBeLessThanOrEqual(8000);
    // The teacher's own address is left as it was: the file is not carried around while they work.
    expect(explorer.params().get("pack")).toBeNull();

    const student = await browser.newContext();
    const other = new ExplorerPage(await student.newPage());
    const requests: string[] = [];
    other.page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await other.page.goto(link);
    await other.ready();
    await expect(other.heading).toHaveText(SMALL_TITLE);
    await expect(other.page.getByText(CARRIED, { exact: true })).toBeVisible();
    await other.expectShowing(["nz-vote", "uk-equal"], 3);
    await expect(other.selectedCard()).toHaveAttribute("data-event-id", "uk-equal");
    await expect(other.selectedCard()).toContainText("Women vote on the same terms as men.");
    // Nothing was fetched for it: the link carried it all.
    expect(requests.filter((path) => path.endsWith(".json") && !path.includes("us-taliban"))).toEqual([]);
    // The student's own link keeps carrying it, and so does theirs to share.
    expect(other.params().get("pack")).toBe(params.get("pack"));
    await other.expectNoAxeViolations();
    await student.close();
  });

  test("a file too large for a link: Copy link and Embed say so and how to share it, and copy nothing", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.openFile("everything.json", LARGE);
    await expect(page.getByText("Opened from your computer: everything.json")).toBeVisible();
    await page.evaluate(() => navigator.clipboard.writeText("what was there before"));

    const copy = await explorer.tool("Copy link");
    await copy.click();
    const dialog = page.getByRole("dialog", { name: TOO_LARGE });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("“everything.json” was opened from your computer");
    await expect(dialog).toContainText("So nothing was copied.");
    await expect(dialog).toContainText("GitHub Pages");
    await expect(dialog).toContainText("?data=");
    await expect(page.getByText("Link copied")).toHaveCount(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("what was there before");
    await explorer.expectNoAxeViolations();

    const downloading = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Download JSON" }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe(`${defaultDataset.id}.json`);
    expect(JSON.parse(readFileSync((await file.path())!, "utf8")).events).toHaveLength(defaultDataset.events.length);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(copy).toBeFocused();

    await (await explorer.tool("Embed")).click();
    const embed = page.getByRole("dialog", { name: TOO_LARGE });
    await expect(embed).toBeVisible();
    await expect(embed).toContainText("So no embed code is made.");
    await expect(embed.getByLabel("Embed code")).toHaveCount(0);
    await expect(embed.locator("iframe")).toHaveCount(0);
    await expect(page.getByText("Embed code copied")).toHaveCount(0);
    await explorer.expectNoAxeViolations();
  });

  test("Copy lesson link on a file carries the file with the lesson", async ({ page, browser }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.openFile("votes.json", SMALL);
    await expect(explorer.heading).toHaveText(SMALL_TITLE);
    for (const id of ["nz-vote", "uk-equal"]) {
      await explorer.card(id).getByRole("button", { name: "Add to lesson" }).click();
    }
    const builder = page.getByRole("region", { name: "Lesson builder" });
    await builder.getByLabel("Lesson title").fill("Who voted first?");
    await builder.getByRole("textbox", { name: /Prompt for step 1/ }).fill("Which country came first?");
    await builder.getByRole("textbox", { name: /Prompt for step 2/ }).fill("How long did the UK take?");
    await builder.getByRole("button", { name: "Copy lesson link" }).click();
    await expect(builder.locator("[aria-live]")).toHaveText("Lesson link copied.");
    const link = await builder.getByLabel("Lesson link").inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(link).toMatch(/\?pack=[A-Za-z0-9_-]+&path=[A-Za-z0-9_-]+$/);

    const student = await browser.newContext();
    const studentPage = await student.newPage();
    const other = new ExplorerPage(studentPage);
    await studentPage.goto(link);
    await other.ready();
    await expect(other.heading).toHaveText(SMALL_TITLE);
    const panel = new LessonPanel(studentPage);
    await expect(panel.region.getByRole("heading", { name: "Who voted first?" })).toBeVisible();
    await panel.expectStep(1, 2, "Which country came first?");
    await expect(other.selectedCard()).toHaveAttribute("data-event-id", "nz-vote");

    // The student hands in: the answers' link carries the timeline too, so the teacher reads them on it.
    await panel.answer.fill("New Zealand, in 1893.");
    await studentPage.goto(`${link}&step=2`);
    await other.ready();
    const finished = studentPage.getByRole("group", { name: "Lesson finished" });
    await finished.getByRole("textbox", { name: "Your name" }).fill("Amina K.");
    await finished.getByRole("button", { name: "Hand in" }).click();
    const handIn = studentPage.getByRole("dialog", { name: "Hand in your answers" });
    const answersLink = await handIn.getByRole("textbox", { name: "Or a link to your answers" }).inputValue();
    const answersParams = new URL(answersLink).searchParams;
    expect(answersParams.get("pack")).toBe(new URL(link).searchParams.get("pack"));
    expect(answersParams.get("answers")).toMatch(/^[A-Za-z0-9_-]+$/);
    await student.close();

    const teacher = await browser.newContext();
    const teacherPage = await teacher.newPage();
    await teacherPage.goto(answersLink);
    await new ExplorerPage(teacherPage).ready();
    await expect(teacherPage.getByRole("heading", { level: 1 })).toHaveText(SMALL_TITLE);
    const answers = teacherPage.getByRole("region", { name: "Handed-in answers" });
    await expect(answers).toContainText("Amina K.");
    await expect(answers).toContainText("New Zealand, in 1893.");
    await expect(answers).not.toContainText("another timeline");
    await teacher.close();
  });

  test("Copy lesson link on a file too large for a link says how to share it instead", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.openFile("everything.json", LARGE);
    await explorer.card("doha-agreement").getByRole("button", { name: "Add to lesson" }).click();
    const builder = page.getByRole("region", { name: "Lesson builder" });
    await builder.getByLabel("Lesson title").fill("Doha");
    await builder.getByRole("textbox", { name: /Prompt for step 1/ }).fill("Who signed?");
    await page.evaluate(() => navigator.clipboard.writeText("what was there before"));
    await builder.getByRole("button", { name: "Copy lesson link" }).click();
    await expect(builder.locator("[aria-live]")).toHaveText(/^No link was copied/);
    await expect(builder.getByText(TOO_LARGE)).toBeVisible();
    await expect(builder.getByLabel("Lesson link")).toHaveCount(0);
    await expect(builder.getByRole("button", { name: "Download JSON" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("what was there before");
    await explorer.expectNoAxeViolations();
  });

  test("the embed of a file carries it, shows it in the preview, and the frame still posts its height", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.openFile("votes.json", SMALL);
    await expect(explorer.heading).toHaveText(SMALL_TITLE);
    await page.evaluate(() => {
      const heights: number[] = [];
      (window as unknown as { heights: number[] }).heights = heights;
      addEventListener("message", ({ data }) => {
        if (data?.type === "timeline-explorer:height") heights.push(data.height);
      });
    });
    await (await explorer.tool("Embed")).click();
    const dialog = page.getByRole("dialog", { name: "Embed this view" });
    await expect(dialog).toContainText("the code carries the whole timeline in its link");
    const src = await dialog.locator("iframe").getAttribute("src");
    expect(new URL(src!).searchParams.get("pack")).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new URL(src!).searchParams.get("embed")).toBe("1");
    expect(await dialog.getByLabel("Embed code").inputValue()).toContain(`src="${src!.replace(/&/g, "&amp;")}"`);
    const framed = page.frameLocator('iframe[title^="Preview"]');
    await expect(framed.getByRole("heading", { level: 1 })).toHaveText(SMALL_TITLE);
    await expect(framed.getByText(CARRIED, { exact: true })).toBeVisible();
    await expect(framed.getByRole("region", { name: "Timeline" })).toHaveAttribute("data-ready", "true");
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
      .toBeGreaterThan(0);
    await dialog.getByRole("button", { name: "Copy code" }).click();
    await expect(dialog.getByText("Embed code copied")).toBeVisible();
    await explorer.expectNoAxeViolations();
  });
});

test.describe("a timeline in the link that cannot be used", () => {
  test("a damaged pack is named as damaged, and the default timeline stays", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const packed = pack(SMALL);
    await explorer.open(`tracks=military&pack=${packed.slice(0, packed.length - 40)}`);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Could not open the timeline carried in the link: 1 problem.");
    await expect(alert).toContainText("the timeline in the link is damaged (it was cut or changed on its way)");
    await expect(alert).toContainText("the page still shows the default timeline");
    await expect(explorer.heading).toHaveText(defaultDataset.title);
    await expect.poll(() => explorer.params().get("pack")).toBeNull();
    expect(explorer.params().get("tracks")).toBe("military");
    await explorer.expectNoAxeViolations();
  });

  test("an invalid timeline in a pack is named problem by problem, and nothing of it is loaded", async ({ page }) => {
    const invalid = JSON.parse(SMALL);
    invalid.events[0].start = "1893-02-30";
    invalid.events[1].track = "campains";
    const explorer = new ExplorerPage(page);
    await explorer.open(`pack=${pack(JSON.stringify(invalid))}`);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Could not open the timeline carried in the link: 2 problems.");
    await expect(alert).toContainText("events[0].start");
    await expect(alert).toContainText("events[1].track");
    await expect(explorer.heading).toHaveText(defaultDataset.title);
    await expect(page.getByText(SMALL_TITLE)).toHaveCount(0);
    await explorer.expectNoAxeViolations();
  });

  test("a hostile timeline in a pack is shown as text, never run", async ({ page }) => {
    const hostile = JSON.parse(SMALL);
    hostile.title = HOSTILE_TEXT;
    hostile.events[0].title = HOSTILE_TEXT;
    const explorer = new ExplorerPage(page);
    await explorer.open(`pack=${pack(JSON.stringify(hostile))}`);
    await expect(explorer.heading).toHaveText(HOSTILE_TEXT);
    await expect(explorer.card("nz-vote")).toContainText(HOSTILE_TEXT);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
