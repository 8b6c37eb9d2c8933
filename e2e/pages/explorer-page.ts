import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** The explorer as a user sees it: found by role, label and text, plus the data-event-id contract. */
export class ExplorerPage {
  readonly heading: Locator;
  readonly timeline: Locator;
  readonly events: Locator;
  readonly cards: Locator;
  readonly status: Locator;
  readonly search: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    // By its data-ready (a public contract), not its name: in Dari or Pashto the region is named in that language.
    this.timeline = page.locator("section[data-ready]");
    this.events = page.getByRole("region", { name: "Events" });
    this.cards = this.events.getByRole("article");
    this.status = page.getByRole("status");
    this.search = page.getByRole("searchbox", { name: /Search/ });
    this.from = page.getByLabel("From", { exact: true });
    this.to = page.getByLabel("To", { exact: true });
    this.notice = page.getByText("Part of this link could not be used");
  }

  /** Opens the explorer (with a query string, as a teacher's link would) and waits for the timeline. */
  async open(query = ""): Promise<void> {
    await this.page.goto(query === "" ? "./" : `./?${query}`);
    await this.ready();
  }

  async ready(): Promise<void> {
    // The timeline draws after the cards: on a loaded machine, some seconds after them.
    await expect(this.timeline).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  }

  /** The view's parameters as the address bar shows them. */
  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  card(id: string): Locator {
    return this.events.locator(`article[data-event-id="${id}"]`);
  }

  cardButton(id: string): Locator {
    return this.card(id).getByRole("heading").getByRole("button");
  }

  /** The visible control under each card's summary: "Details and 3 sources", then "Hide details". */
  cardToggle(id: string): Locator {
    return this.card(id).getByRole("button", { name: /^(Details|Hide details)/ });
  }

  timelineItem(id: string): Locator {
    return this.timeline.locator(`.vis-item[data-event-id="${id}"]`);
  }

  selectedCard(): Locator {
    return this.events.locator('article[aria-current="true"]');
  }

  async cardIds(): Promise<string[]> {
    return this.cards.evaluateAll((articles) => articles.map((article) => article.getAttribute("data-event-id") ?? ""));
  }

  /** Event ids drawn on the timeline, in no particular order. */
  async timelineIds(): Promise<string[]> {
    // An item names its event; a cluster ("5 events", on a phone or with many events) names its events.
    return this.timeline.locator(".vis-item[data-event-id], .vis-item [data-event-ids]").evaluateAll((items) =>
      items
        .flatMap((item) => (item.getAttribute("data-event-id") ?? item.getAttribute("data-event-ids") ?? "").split(" "))
        .filter(Boolean)
        .sort(),
    );
  }

  checkbox(name: string): Locator {
    return this.page.getByRole("checkbox", { name, exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole("button", { name, exact: typeof name === "string" });
  }

  /**
   * Clicks a control where it is on the screen, as a pointer does: Playwright's own click first scrolls the
   * page to where a control of the pinned timeline sits in the page's flow, which no reader's click does.
   */
  async clickInPlace(control: Locator): Promise<void> {
    const box = await control.boundingBox();
    if (!box) throw new Error("the control is not on the screen");
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** A teacher's tool (Copy link, Embed, Print handout, …), from behind the Share and teach button. */
  async tool(name: string): Promise<Locator> {
    const tools = this.page.getByRole("button", { name: "Share and teach" });
    if ((await tools.getAttribute("aria-expanded")) === "false") await tools.click();
    return this.page.getByRole("group", { name: "Share and teach" }).getByRole("button", { name, exact: true });
  }

  /** Opens a file from the reader's computer with Open dataset…, as a teacher picks one. */
  async openFile(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await (await this.tool("Open dataset…")).click();
    await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  }

  chip(label: string): Locator {
    return this.page
      .getByRole("group", { name: "Active filters" })
      .getByRole("button", { name: `Remove filter ${label}` });
  }

  /** Expects the cards and the timeline to show exactly these events, and the status to count them. */
  async expectShowing(ids: readonly string[], total: number): Promise<void> {
    await expect(this.status).toHaveText(`${ids.length} of ${total} events`);
    await expect.poll(() => this.cardIds()).toEqual([...ids]);
    await expect.poll(() => this.timelineIds()).toEqual([...ids].sort());
  }

  /** Expects a search's matches, ranked best first: the same events, in the order the ranking gives. */
  async expectMatching(ids: readonly string[], total: number): Promise<void> {
    await expect(this.status).toHaveText(`${ids.length} of ${total} events, best matches first`);
    await expect.poll(async () => (await this.cardIds()).sort()).toEqual([...ids].sort());
    await expect.poll(() => this.timelineIds()).toEqual([...ids].sort());
  }

  async expectNoAxeViolations(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
      .analyze();
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" ")}`),
    ).toEqual([]);
  }
}
