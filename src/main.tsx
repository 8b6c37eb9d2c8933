import { I18nProvider } from "@lingui/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, loadExplorer } from "./app/app";
import { loadDefaultDataset } from "./app/default-dataset";
import { prefetchDatasetText } from "./features/datasets/fetch-dataset";
import { preloadTimeline } from "./features/timeline/load-timeline";
import { pageAddress } from "./app/location";
import { activateLanguage, i18n, languageOf, loadLanguage } from "./app/i18n";
import { whenIdle } from "./platform/idle";
import { warmIntl } from "./platform/warm-intl";
import "./index.css";

// The theme before the first paint, so a dark-theme link never flashes white. (The app keeps it in
// sync afterwards; this cannot be an inline script under the Content Security Policy.)
const linked = pageAddress().read().state;
document.documentElement.dataset.theme =
  linked.theme ?? (window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");

// The dataset starts downloading now rather than after the first render: the default one, or one
// named in the link, with the code that checks it.
const data = linked.data;
if (!data)
  void loadDefaultDataset().catch(() => {}); // a failure shows when the page asks for it
else {
  prefetchDatasetText(data.trim(), document.baseURI);
  void import("./domain/load-dataset");
  void import("./platform/html-text");
  // Teachers' datasets are often long.
  void loadExplorer().then(() => import("./app/explorer").then((module) => module.preloadLongLists()));
}
void loadExplorer().catch(() => {}); // a failure shows when the page asks for it
// The timeline's code too, beside the explorer's and the events: after the explorer's chunk (and the
// heading's first paint) it came last, a round trip behind everything else the first draw waits for.
preloadTimeline();

// A link in Dari, Pashto or Spanish paints in that language from the first frame (no English first, no
// shift when the words change): its catalogue, a few kilobytes, comes before the first render.
// Offline, the page shows in English rather than in a catalogue's missing words.
const language = languageOf(linked.lang);
activateLanguage(
  await loadLanguage(language).then(
    () => language,
    () => "en" as const,
  ),
);

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element");
const reactRoot = createRoot(root, {
  // Errors a boundary catches are handled: the boundary shows a notice and logs a warning itself.
  onCaughtError: () => {},
});
// The first render is small (the heading, while the events load) and paints at once; the explorer's
// full render, when the events arrive, is a transition that yields to input (see useDatasetSource).
reactRoot.render(
  <StrictMode>
    <I18nProvider i18n={i18n}>
      <App />
    </I18nProvider>
  </StrictMode>,
);

// The first use of Intl costs 30–60 ms; the explorer's first render formats counts and dates. Paid while
// the page waits for the events and the explorer's code, it is off the way to the first cards and timeline.
// At the latest 100 ms after the heading: the explorer's code and the events take longer than that to come.
whenIdle(() => void warmIntl(language), 100);
