import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { preloadVirtualRows } from "./features/cards/card-list";
import { prefetchDatasetText } from "./features/datasets/fetch-dataset";
import "./index.css";

// The theme before the first paint, so a dark-theme link never flashes white. (The app keeps it in
// sync afterwards; this cannot be an inline script under the Content Security Policy.)
const requested = new URLSearchParams(window.location.search).get("theme");
document.documentElement.dataset.theme =
  requested === "dark" || requested === "light"
    ? requested
    : window.matchMedia("(prefers-color-scheme: dark)").matches
      ? "dark"
      : "light";

// A dataset named in the link starts downloading now, with the code that checks it, rather than after
// the first render.
const data = new URLSearchParams(window.location.search).get("data");
if (data) {
  prefetchDatasetText(data.trim(), document.baseURI);
  void import("./domain/load-dataset");
  preloadVirtualRows(); // teachers' datasets are often long
}

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element");
const reactRoot = createRoot(root, {
  // Errors a boundary catches are handled: the boundary shows a notice and logs a warning itself.
  onCaughtError: () => {},
});
// As a transition, the first render yields to the browser every few milliseconds instead of blocking
// input for all of it (on a slow laptop, a few hundred): a click or key during load is answered.
startTransition(() => {
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
