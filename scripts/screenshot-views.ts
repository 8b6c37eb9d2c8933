/**
 * The README's pictures: what each shows and how it is made. `npm run screenshots` takes them from the
 * production build (scripts/screenshots.ts); screenshots.test.ts checks that every picture the README
 * shows is listed here and in the repository, and small enough to load quickly.
 */
export interface ScreenshotView {
  /** The file in docs/screenshots/. */
  file: string;
  /** The link's query (without "?"). */
  query: string;
  viewport: { width: number; height: number };
  theme: "light" | "dark";
  /** What to do once the timeline is ready: the steps a reader would take to see this. */
  action?: "top" | "timeline" | "embed-dialog" | "print" | "lesson-answer";
}

export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
/** A picture the README shows may weigh at most this (bytes). */
export const MAX_SCREENSHOT_BYTES = 300_000;

export const SCREENSHOT_VIEWS: readonly ScreenshotView[] = [
  {
    file: "explorer-desktop.png",
    query: "event=doha-agreement",
    viewport: LAPTOP,
    theme: "light",
    action: "top",
  },
  {
    file: "explorer-phone-dark.png",
    query: "from=2021-08-01&to=2021-08-31",
    viewport: PHONE,
    theme: "dark",
    action: "timeline",
  },
  {
    file: "prepared-view.png",
    query: "tracks=military,rights&from=2021-08-01&to=2021-08-31&event=abbey-gate-bombing",
    viewport: LAPTOP,
    theme: "light",
  },
  {
    file: "embed-dialog.png",
    query: "tracks=detainees&event=glezmann-released",
    viewport: LAPTOP,
    theme: "light",
    action: "embed-dialog",
  },
  {
    file: "lesson-mode.png",
    query: "lesson=hostage-diplomacy&step=5",
    viewport: LAPTOP,
    theme: "light",
    action: "lesson-answer",
  },
  {
    file: "print-handout.png",
    query: "tracks=detainees&from=2025-01-01",
    viewport: { width: 900, height: 1200 },
    theme: "light",
    action: "print",
  },
];
