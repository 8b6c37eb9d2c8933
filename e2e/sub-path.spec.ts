import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

/**
 * GitHub Pages serves a fork at https://<owner>.github.io/<repository>/: the build must work under a
 * sub-path. The test server's files are served here under /timeline-explorer/ as Pages would serve them,
 * and anything asked for outside that folder is refused (404), as it would be on a school's web space.
 */
const SUB = "/timeline-explorer/";

test("the build works served from a sub-folder, as GitHub Pages serves a fork", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  await page.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.startsWith(SUB)) {
      outside.push(url.pathname);
      return route.fulfill({ status: 404, body: "" });
    }
    const response = await route.fetch({ url: `${origin}/${url.pathname.slice(SUB.length)}${url.search}` });
    await route.fulfill({ response });
  });
  const explorer = new ExplorerPage(page);
  await page.goto(`${SUB}?tracks=detainees&event=glezmann-released`);
  await explorer.ready();
  await expect(explorer.card("glezmann-released")).toHaveAttribute("aria-current", "true");
  await expect(explorer.checkbox("Detainees and hostages")).toBeChecked();
  await explorer.expectNoAxeViolations();
  // The published dataset and schema are found beside the page, and links keep the folder.
  await expect(page.getByRole("link", { name: "The default dataset (JSON)" })).toHaveAttribute(
    "href",
    "./datasets/us-taliban-relations.json",
  );
  await explorer.button("Next event").click();
  await expect.poll(() => explorer.params().get("event")).not.toBe("glezmann-released");
  expect(new URL(page.url()).pathname).toBe(SUB);
  expect(outside).toEqual([]);
});
