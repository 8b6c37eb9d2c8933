import { expect, test } from "./fixtures";
import { TOTAL, dataset, eventById, ids, inDateOrder } from "./data";
import { ExplorerPage } from "./pages/explorer-page";

const ALL = inDateOrder.map((event) => event.id);

test.describe("the explorer", () => {
  test("loads every event as a card and on the timeline, in date order", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.expectShowing(ALL, TOTAL);
    // Each card: title as a heading, date, track, provenance badge and summary.
    const card = explorer.card("abbey-gate-bombing");
    await expect(card.getByRole("heading")).toHaveText(eventById("abbey-gate-bombing").title);
    await expect(card.locator("time")).toHaveText("Aug 26, 2021");
    await expect(card).toContainText("Military and withdrawal");
    await expect(card).toContainText("In the article");
    await expect(card).toContainText("13 U.S. service members");
    // The timeline labels each item with its date in the event's precision.
    await expect(explorer.timelineItem("recognition-request")).toContainText("Mar 2025");
    await expect(explorer.timelineItem("kabul-airlift")).toContainText("Aug 14–30, 2021");
    await explorer.expectNoAxeViolations();
  });

  test("filters by a track, with counts, cards, timeline and link in step", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const military = explorer.checkbox("Military and withdrawal");
    await expect(military).toBeChecked();
    const militaryCount = ids((event) => event.track === "military").length;
    await expect(page.locator(`#${await military.getAttribute("aria-describedby")}`)).toHaveText(
      `${militaryCount} events`,
    );

    await military.uncheck();
    await explorer.expectShowing(
      ids((event) => event.track !== "military"),
      TOTAL,
    );
    expect(explorer.params().get("tracks")).toBe("detainees,diplomacy,international,rights,sanctions");
    await expect(
      explorer.chip(
        "Tracks: Diplomacy and recognition, Detainees and hostages, Sanctions and designations, International recognition, Rights and people",
      ),
    ).toBeVisible();
    await explorer.expectNoAxeViolations();

    await military.check();
    await explorer.expectShowing(ALL, TOTAL);
    expect(explorer.params().has("tracks")).toBe(false);
  });

  test("filters by an actor, and the other facets count within it", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.checkbox("Qatar").check();
    const qatar = ids((event) => event.actors.includes("qatar"));
    await explorer.expectShowing(qatar, TOTAL);
    expect(explorer.params().get("actors")).toBe("qatar");
    const inDetainees = qatar.filter((id) => eventById(id).track === "detainees").length;
    const detainees = explorer.checkbox("Detainees and hostages");
    await expect(page.locator(`#${await detainees.getAttribute("aria-describedby")}`)).toHaveText(
      `${inDetainees} events`,
    );
    await explorer.chip("Actor: Qatar").click();
    await explorer.expectShowing(ALL, TOTAL);
  });

  test("filters by provenance", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.checkbox("Background").uncheck();
    await explorer.checkbox("After the article").uncheck();
    await explorer.expectShowing(
      ids((event) => event.provenance === "article"),
      TOTAL,
    );
    expect(explorer.params().get("prov")).toBe("article");
  });

  test("filters by a date preset and by typed dates", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.button("August 2021").click();
    await expect(explorer.button("August 2021")).toHaveAttribute("aria-pressed", "true");
    const august = ids((event) => (event.end ?? event.start) >= "2021-08" && event.start <= "2021-08-31");
    await explorer.expectShowing(august, TOTAL);
    expect(explorer.params().get("from")).toBe("2021-08-01");
    expect(explorer.params().get("to")).toBe("2021-08-31");
    await expect(explorer.from).toHaveValue("2021-08-01");
    await expect(explorer.to).toHaveValue("2021-08-31");

    await explorer.from.fill("2025-01-01");
    await explorer.to.fill("2025-03-31");
    const early2025 = ids((event) => (event.end ?? event.start) >= "2025-01" && event.start <= "2025-03-31");
    await explorer.expectShowing(early2025, TOTAL);
    await expect(explorer.chip("Dates: Jan 1, 2025 to Mar 31, 2025")).toBeVisible();
    await expect(explorer.button("August 2021")).toHaveAttribute("aria-pressed", "false");
  });

  test("searches titles, summaries, details and actors, forgiving case and diacritics", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.search.fill("GLEZMANN");
    const glezmann = ids((event) =>
      [event.title, event.summary, event.details ?? "", ...event.actors].join(" ").toLowerCase().includes("glezmann"),
    );
    await explorer.expectShowing(glezmann, TOTAL);
    expect(explorer.params().get("q")).toBe("GLEZMANN");

    await explorer.search.fill("Guantanamo");
    await expect(explorer.cards).toHaveCount(1);
    await expect(explorer.card("biden-swap-talks")).toBeVisible(); // its text says “Guantánamo”
    await explorer.search.fill("");
    await explorer.expectShowing(ALL, TOTAL);
  });

  test("shows an empty state that offers to clear the filters", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("q=zebra+crossing&tracks=military");
    await expect(explorer.status).toHaveText(`0 of ${TOTAL} events`);
    await expect(page.getByText("No events match these filters.")).toBeVisible();
    await expect(explorer.timeline.locator(".vis-item[data-event-id]")).toHaveCount(0);
    // With no event to fit to, the timeline still spans the periods, not a week around today.
    for (const period of ["Trump's first term", "Biden administration", "Trump's second term"])
      await expect(explorer.timeline.getByText(period)).toBeVisible();
    await explorer.expectNoAxeViolations();
    await explorer.button("Clear all filters").click();
    await explorer.expectShowing(ALL, TOTAL);
    expect(explorer.page.url()).not.toContain("?");
  });
});

test.describe("selection", () => {
  test("selecting a card expands it and selects its item on the timeline", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.cardButton("glezmann-released").click();
    const card = explorer.card("glezmann-released");
    await expect(card).toHaveAttribute("aria-current", "true");
    await expect(explorer.cardButton("glezmann-released")).toHaveAttribute("aria-expanded", "true");
    expect(explorer.params().get("event")).toBe("glezmann-released");
    await expect(explorer.timelineItem("glezmann-released")).toHaveClass(/vis-selected/);

    // Details, the article's words beside the notes, how each side saw it, sources as new-tab links, related events.
    await expect(card.getByRole("heading", { name: "Details" })).toBeVisible();
    await expect(card.getByText("Notes on the record")).toBeVisible();
    await expect(card.getByRole("list", { name: "The article's words" })).toContainText(
      "The article says: the Taliban has also engaged in goodwill gestures, such as securing the release of American prisoner George Glezmann",
    );
    await expect(card.getByRole("list", { name: "The article's words" })).toContainText("(paragraph 5)");
    await expect(card.getByRole("heading", { name: "How each side saw it" })).toBeVisible();
    await expect(card).toContainText("Why the Taliban say they freed him");
    await expect(card.getByText("Primary source", { exact: true })).toBeVisible();
    const source = card.getByRole("link").first();
    await expect(source).toHaveAttribute("target", "_blank");
    await expect(source).toHaveAttribute("rel", /noopener/);
    await expect(page.getByText(/^Selected: .*Glezmann.*, March 20, 2025\.$/)).toBeAttached();
    await explorer.expectNoAxeViolations();

    // A related event's button selects it and moves focus to it.
    const related = card.getByRole("button", { name: /Followed from: .*detain/i }).first();
    await related.click();
    await expect(explorer.card("glezmann-detained")).toHaveAttribute("aria-current", "true");
    await expect(explorer.cardButton("glezmann-detained")).toBeFocused();
    await expect(explorer.selectedCard()).toHaveCount(1);

    // Selecting the selected card again closes it.
    await explorer.cardButton("glezmann-detained").click();
    await expect(explorer.selectedCard()).toHaveCount(0);
    expect(explorer.params().has("event")).toBe(false);
  });

  test("selecting a card reveals its item when the timeline shows another time", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    for (let i = 0; i < 5; i++) await explorer.button("Zoom in").click();
    await explorer.button("Later").click();
    const item = explorer.timelineItem("doha-agreement");
    await expect(item).toHaveCount(0); // far outside the window: not drawn
    await explorer.cardButton("doha-agreement").click();
    await explorer.timeline.scrollIntoViewIfNeeded();
    await expect(item).toBeInViewport();
    await expect(item).toHaveClass(/vis-selected/);
  });

  test("clicking a timeline item selects its card and scrolls it into view without taking focus", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.timelineItem("last-us-flight").click();
    const card = explorer.card("last-us-flight");
    await expect(card).toHaveAttribute("aria-current", "true");
    await expect(card).toBeInViewport();
    await expect(explorer.cardButton("last-us-flight")).not.toBeFocused();
    expect(explorer.params().get("event")).toBe("last-us-flight");
  });

  test("hovering a card highlights its item, and hovering an item highlights its card", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.card("doha-agreement").hover();
    await expect(explorer.timelineItem("doha-agreement")).toHaveClass(/te-linked/);
    await explorer.timelineItem("fall-of-kabul").hover();
    await expect(explorer.card("fall-of-kabul")).toHaveClass(/border-\[var\(--accent\)\]/);
    await expect(explorer.timelineItem("doha-agreement")).not.toHaveClass(/te-linked/);
  });

  test("keeps a selected event in view when the filters hide it, and says so", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military&event=china-accepts-envoy");
    await expect(explorer.card("china-accepts-envoy")).toContainText("Outside your filters");
    await expect(explorer.status).toHaveText(`${ids((event) => event.track === "military").length} of ${TOTAL} events`);
    await expect(explorer.timelineItem("china-accepts-envoy")).toHaveClass(/te-outside/);
  });
});

test.describe("keyboard", () => {
  test("steps through events with the Next and Previous buttons and the n and p keys", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("event=fall-of-kabul");
    const order = ALL;
    const at = order.indexOf("fall-of-kabul");
    await explorer.button("Next event").focus();
    await page.keyboard.press("Enter");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", order[at + 1]!);
    await expect(explorer.button("Next event")).toBeFocused();
    await explorer.button("Previous event").press("Enter");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", order[at]!);

    await explorer.cardButton("fall-of-kabul").focus();
    await page.keyboard.press("n");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", order[at + 1]!);
    await page.keyboard.press("p");
    await page.keyboard.press("p");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", order[at - 1]!);
    await expect(explorer.timelineItem(order[at - 1]!)).toHaveClass(/vis-selected/);

    await page.keyboard.press("Escape");
    await expect(explorer.selectedCard()).toHaveCount(0);
    await expect(page.getByText("Selection cleared.")).toBeAttached();
  });

  test("arrow keys move between cards; shortcuts never fire while typing", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.cardButton(ALL[0]!).focus();
    await page.keyboard.press("ArrowDown");
    await expect(explorer.cardButton(ALL[1]!)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await expect(explorer.cardButton(ALL[1]!)).toBeFocused();
    await page.keyboard.press("End");
    await expect(explorer.cardButton(ALL.at(-1)!)).toBeFocused();
    await page.keyboard.press("Home");
    await expect(explorer.cardButton(ALL[0]!)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(explorer.card(ALL[0]!)).toHaveAttribute("aria-current", "true");

    await explorer.search.focus();
    await page.keyboard.type("npn");
    await expect(explorer.search).toHaveValue("npn");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", ALL[0]!);
  });

  test("the skip link jumps to the events", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to events" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("#events")).toBeFocused();
    // The next stops are the events section's own controls, then the first card.
    await page.keyboard.press("Tab");
    await expect(explorer.button("Download CSV")).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(explorer.cardButton(ALL[0]!)).toBeFocused();
  });

  test("the timeline's controls move and zoom it without dragging", async ({ page }) => {
    // Moves without animation: a label read halfway through a zoom could match the one after the next move.
    await page.emulateMedia({ reducedMotion: "reduce" });
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const axis = explorer.timeline
      .locator(".vis-time-axis.vis-foreground .vis-text.vis-minor:not(.vis-measure)")
      .first();
    const first = async () => (await axis.textContent()) ?? "";
    const initial = await first();
    await explorer.button("Zoom in").click();
    await explorer.button("Zoom in").click();
    await explorer.button("Zoom in").click();
    await expect.poll(first).not.toBe(initial);
    const zoomed = await first();
    await explorer.button("Later").click();
    await expect.poll(first).not.toBe(zoomed);
    await explorer.button("Fit all").click();
    await expect.poll(first).toBe(initial);
    await explorer.button("Zoom out").click();
    await expect.poll(first).not.toBe(initial);
  });
});

test.describe("links", () => {
  test("a deep link reproduces the view after a reload", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const link = "tracks=detainees&actors=qatar&from=2024-01-01&q=glezmann&event=glezmann-released";
    await explorer.open(link);
    const expected = ids(
      (event) =>
        event.track === "detainees" &&
        event.actors.includes("qatar") &&
        (event.end ?? event.start) >= "2024" &&
        `${event.title} ${event.summary} ${event.details ?? ""}`.toLowerCase().includes("glezmann"),
    );
    await explorer.expectShowing(expected, TOTAL);
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "glezmann-released");
    await expect(explorer.timelineItem("glezmann-released")).toHaveClass(/vis-selected/);
    expect(expected).toContain("glezmann-released");
    await expect(explorer.search).toHaveValue("glezmann");
    await expect(explorer.checkbox("Qatar")).toBeChecked();
    await expect(explorer.checkbox("Military and withdrawal")).not.toBeChecked();
    expect(new URL(page.url()).search).toBe(`?${link}`);

    await page.reload();
    await explorer.ready();
    await explorer.expectShowing(expected, TOTAL);
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "glezmann-released");
    await expect(explorer.card("glezmann-released")).toBeInViewport();
  });

  test("Back and Forward step through filter and selection changes", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.checkbox("International recognition").uncheck();
    await explorer.cardButton("doha-agreement").click();
    await explorer.search.fill("kabul");
    await explorer.search.fill("kabul airport"); // one history entry for the whole search
    await expect(explorer.status).not.toHaveText(`${TOTAL} of ${TOTAL} events`);

    await page.goBack();
    await expect(explorer.search).toHaveValue("");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "doha-agreement");
    await page.goBack();
    await expect(explorer.selectedCard()).toHaveCount(0);
    await expect(explorer.checkbox("International recognition")).not.toBeChecked();
    await page.goBack();
    await expect(explorer.checkbox("International recognition")).toBeChecked();
    await explorer.expectShowing(ALL, TOTAL);

    await page.goForward();
    await page.goForward();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "doha-agreement");
    await page.goForward();
    await expect(explorer.search).toHaveValue("kabul airport");
  });

  test("a malformed link shows a notice, and the rest of it still applies", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military,space&actors=isis-k&from=2021-13-40&event=no-such-event&theme=purple");
    await expect(explorer.notice).toBeVisible();
    const notice = page.getByRole("listitem").filter({ hasText: "there is no track “space”" });
    await expect(notice).toBeVisible();
    await expect(page.getByText("there is no event “no-such-event”")).toBeVisible();
    await expect(page.getByText("from “2021-13-40” is not a date")).toBeVisible();
    await explorer.expectShowing(
      ids((event) => event.track === "military" && event.actors.includes("isis-k")),
      TOTAL,
    );
    // The link now says what is shown.
    expect(new URL(page.url()).search).toBe("?tracks=military&actors=isis-k");
    await explorer.expectNoAxeViolations();
    await explorer.button("Dismiss").click();
    await expect(explorer.notice).toBeHidden();
  });
});

test.describe("layout", () => {
  test("on a phone the filters open in a drawer", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await expect(explorer.checkbox("Qatar")).toBeHidden();
    const open = explorer.button("Filters");
    await open.click();
    const drawer = page.getByRole("dialog", { name: "Filters" });
    await expect(drawer).toBeVisible();
    await explorer.expectNoAxeViolations();
    await drawer.getByRole("checkbox", { name: "Qatar", exact: true }).check();
    const qatar = ids((event) => event.actors.includes("qatar"));
    await drawer.getByRole("button", { name: `Show ${qatar.length} of ${TOTAL} events` }).click();
    await expect(drawer).toBeHidden();
    await expect(explorer.button("Filters (1)")).toBeFocused();
    await explorer.expectShowing(qatar, TOTAL);

    await explorer.button("Filters (1)").click();
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    // Nothing scrolls sideways at phone width, nor at 320 px.
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  test("the dark theme comes from the link or the reader's system", async ({ page }) => {
    test.slow(); // two full-page accessibility scans, with an event's details open
    const explorer = new ExplorerPage(page);
    await explorer.open("theme=dark&event=abbey-gate-bombing");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await explorer.expectNoAxeViolations();
    await page.getByLabel("Theme").selectOption("light");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    expect(explorer.params().get("theme")).toBe("light");

    await page.emulateMedia({ colorScheme: "dark" });
    await page.getByLabel("Theme").selectOption("system");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(explorer.params().has("theme")).toBe(false);
    await explorer.expectNoAxeViolations();
  });
});

test("the dataset in the tests is the one the app shows", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.heading).toHaveText(dataset.title);
});
