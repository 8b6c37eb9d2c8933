import { readFileSync } from "node:fs";
import { TOTAL, inDateOrder } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";
import { PNG, fixture, serve } from "./serve";

const LESSON = fixture("lesson.json");
const BROKEN = fixture("broken-lesson.json");
const TIMELINEJS = readFileSync(new URL("../src/domain/fixtures/timelinejs-sample.json", import.meta.url), "utf8");
const ALL = inDateOrder.map((event) => event.id);
// The host-page snippet exactly as the README gives it to teachers.

test.describe("bring your own dataset", () => {
  // Pictures a teacher's dataset names come from wherever their author put them.
  test.use({ allowRequests: [/^https:\/\/example\.org\/[\w-]+\.(jpg|png)$/] });
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
    await (await explorer.tool("Open dataset…")).click();
    await (await chooser).setFiles({ name: "votes.json", mimeType: "application/json", buffer: Buffer.from(LESSON) });
    await expect(explorer.heading).toHaveText("Votes for women, 1893–1928");
    await expect(page.getByText("Opened from your computer: votes.json")).toBeVisible();
    // A new dataset starts from all its events.
    await explorer.expectShowing(["nz-vote", "wspu-founded", "uk-equal"], 3);

    const again = page.waitForEvent("filechooser");
    await (await explorer.tool("Open dataset…")).click();
    await (await again).setFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(BROKEN) });
    await expect(page.getByRole("alert")).toContainText("Could not open the file “broken.json”: 3 problems.");
    await expect(page.getByRole("alert")).toContainText("the page still shows “Votes for women, 1893–1928”");
    await expect(explorer.heading).toHaveText("Votes for women, 1893–1928");
    await explorer.expectShowing(["nz-vote", "wspu-founded", "uk-equal"], 3);

    const notJson = page.waitForEvent("filechooser");
    await (await explorer.tool("Open dataset…")).click();
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
    await expect(
      page.getByText("Drop the file to open it: a timeline (.json or .csv) or students' answers"),
    ).toBeVisible();
    await page.dispatchEvent("main", "drop", { dataTransfer });
    await expect(
      page.getByText("Drop the file to open it: a timeline (.json or .csv) or students' answers"),
    ).toBeHidden();
    await expect(explorer.heading).toHaveText("Votes for women, 1893–1928");
  });

  test("a TimelineJS file converts, and the reader is told what was left out", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await page.route("https://example.org/nz.jpg", (route) => route.fulfill({ body: PNG, contentType: "image/png" }));
    await explorer.open();
    const chooser = page.waitForEvent("filechooser");
    await (await explorer.tool("Open dataset…")).click();
    await (
      await chooser
    ).setFiles({ name: "suffrage.json", mimeType: "application/json", buffer: Buffer.from(TIMELINEJS) });
    await expect(explorer.heading).toHaveText("Women’s suffrage in brief");
    await expect(page.getByText("Converted from a TimelineJS file:")).toBeVisible();
    await expect(page.getByText("The title slide's picture is not shown.")).toBeVisible();
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
