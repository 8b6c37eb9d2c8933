import { expect, type Locator, type Page } from "@playwright/test";

/** Lesson mode's panel, as a student sees it: a region named "Lesson". */
export class LessonPanel {
  readonly region: Locator;
  readonly answer: Locator;
  readonly announcement: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Lesson", exact: true });
    this.answer = this.region.getByRole("textbox", { name: "Your answer" });
    this.announcement = this.region.locator("[aria-live]");
  }

  button(name: string): Locator {
    return this.region.getByRole("button", { name, exact: true });
  }

  /** Whether what is drawn at the start of `target`'s first line is `target` itself (no sticky bar over it). */
  isUncovered(target: Locator): Promise<boolean> {
    return target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(box.left + 2, box.top + box.height / 2));
    });
  }

  async expectStep(step: number, total: number, prompt: string): Promise<void> {
    await expect(this.region).toContainText(`Step ${step} of ${total}`);
    await expect(this.region).toContainText(prompt);
  }
}
