import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

test("the built app loads in Chromium with the default dataset and no console errors", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.heading).toHaveText("U.S.–Taliban relations, 2020–2026");
  await expect(page).toHaveTitle(/timeline explorer/i);
});

test("the build publishes the default dataset and its JSON Schema", async ({ request }) => {
  const dataset = await request.get("./datasets/us-taliban-relations.json");
  expect(dataset.ok()).toBe(true);
  expect(await dataset.json()).toMatchObject({ id: "us-taliban-relations", schemaVersion: 1 });

  const schema = await request.get("./schema/dataset.schema.json");
  expect(schema.ok()).toBe(true);
  expect(await schema.json()).toMatchObject({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
  });
});

test("the heading shows while the events are still on their way, and stays where it is", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/datasets/us-taliban-relations.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(explorer.heading).toHaveText("U.S.–Taliban relations, 2020–2026");
  await expect(page.getByText("Loading the events…")).toBeVisible();
  const description = page.getByText(/^From the 2020 Doha agreement/);
  const before = await description.boundingBox();
  release();
  await explorer.ready();
  expect(await description.boundingBox()).toEqual(before);
});
