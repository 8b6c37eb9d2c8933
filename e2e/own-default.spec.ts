import { readFileSync } from "node:fs";
import { SCHOOL_PORT } from "../playwright.config";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

/**
 * A school's own copy: built with DEFAULT_DATASET naming its dataset (here e2e/fixtures/lesson.json; see
 * the second web server in playwright.config.ts), it opens on that dataset, in the site and its link.
 */
test.use({ baseURL: `http://127.0.0.1:${SCHOOL_PORT}/` });

const SCHOOL = JSON.parse(readFileSync(new URL("./fixtures/lesson.json", import.meta.url), "utf8")) as {
  id: string;
  title: string;
  events: unknown[];
};

test("a build with DEFAULT_DATASET opens on the school's own dataset, as its default", async ({ page }) => {
  // While the events load, the heading already is the school's, not the U.S.–Taliban timeline's.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/datasets/${SCHOOL.id}.json`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.getByText("Loading the events…")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SCHOOL.title);
  release();

  const explorer = new ExplorerPage(page);
  await explorer.ready();
  await expect(explorer.heading).toHaveText(SCHOOL.title);
  await expect(explorer.cards).toHaveCount(SCHOOL.events.length);
  await explorer.expectNoAxeViolations();
  // It is the site's default: no "opened from" line, and no claims made for the U.S.–Taliban timeline.
  await expect(page.getByText(/Dataset: /)).toHaveCount(0);
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("This timeline is the one this site opens on");
  await expect(footer).not.toContainText("Every event is checked against the public record");
  const published = footer.getByRole("link", { name: "The default dataset (JSON)" });
  await expect(published).toHaveAttribute("href", `./datasets/${SCHOOL.id}.json`);
  const json = await (await page.request.get(`./datasets/${SCHOOL.id}.json`)).json();
  expect(json).toMatchObject({ id: SCHOOL.id, title: SCHOOL.title, $schema: "../schema/dataset.schema.json" });

  // The explorer's own timeline is still published beside it and opens by link.
  await explorer.open("data=./datasets/us-taliban-relations.json");
  await expect(explorer.heading).toHaveText("U.S.–Taliban relations, 2020–2026");
});
