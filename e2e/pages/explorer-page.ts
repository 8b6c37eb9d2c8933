import type { Locator, Page } from "@playwright/test";

/** The explorer as a user sees it: found by role, label and text. */
export class ExplorerPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
  }

  async open(query = ""): Promise<void> {
    await this.page.goto(query === "" ? "./" : `./?${query}`);
  }
}
