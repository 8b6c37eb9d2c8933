import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
// Every test, a component's or the domain's, runs with the English catalogue active, as the page starts.
import "./app/i18n";
import "./app/english-later";

// Each component test starts from an empty document.
afterEach(() => cleanup());

// jsdom lays nothing out: nothing is at any point, and scrolling to an element does nothing (tests that
// care replace these).
if (typeof document !== "undefined") {
  document.elementFromPoint ??= () => null;
  Element.prototype.scrollIntoView ??= () => {};
}
