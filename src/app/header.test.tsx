// @vitest-environment jsdom
import { fireEvent, render, screen } from "../test-render";
import { describe, expect, it, vi } from "vitest";
import { HOSTILE_TEXT, testDataset } from "../domain/test-dataset";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { usTalibanRelationsHeading } from "../data/us-taliban-relations-heading";
import { EmbedHeader, Header } from "./explorer-header";
import { LoadingHeader } from "./header";
import { activateLanguage, loadLanguage } from "./i18n";

const dataset = testDataset({
  title: HOSTILE_TEXT,
  description: HOSTILE_TEXT,
  source: { title: HOSTILE_TEXT, publisher: HOSTILE_TEXT, url: "javascript:alert(1)", published: "2025-04-03" },
});

describe("the header", () => {
  it("shows a dataset's title, description, source and origin as text", () => {
    const { container } = render(
      <Header
        dataset={dataset}
        origin={{ kind: "file", name: HOSTILE_TEXT }}
        theme={null}
        onTheme={vi.fn()}
        onLanguage={vi.fn()}
        onShowDefault={vi.fn()}
        tools={null}
      />,
    );
    expect(container.querySelectorAll("img, script, [onerror]")).toHaveLength(0);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(HOSTILE_TEXT);
    expect(container.querySelectorAll("a")).toHaveLength(0); // the javascript: source is not a link
    expect(container.textContent).toContain(`Opened from your computer: ${HOSTILE_TEXT}`);
    expect(container.textContent?.split(HOSTILE_TEXT).length).toBe(6);
  });

  it("names another site a dataset came from, also when embedded", () => {
    render(
      <EmbedHeader
        dataset={dataset}
        origin={{ kind: "url", url: "https://evil.example/x.json", host: "evil.example", foreign: true }}
        fullExplorer="https://school.example/?q=1"
      />,
    );
    expect(screen.getByText("Dataset from evil.example")).toBeTruthy();
    expect(screen.getByRole("link", { name: /Open the full explorer/ }).getAttribute("href")).toBe(
      "https://school.example/?q=1",
    );
  });

  it("on a Spanish page, dates the source article in Spanish and marks what is still English as English", async () => {
    await loadLanguage("es");
    activateLanguage("es");
    try {
      const { container, unmount } = render(<LoadingHeader dataset={usTalibanRelationsHeading} />);
      expect(screen.getByRole("heading", { level: 1 }).getAttribute("lang")).toBe("en");
      expect(screen.getByText(usTalibanRelationsHeading.source!.title).getAttribute("lang")).toBe("en");
      expect(container.textContent).toMatch(/3 abr\.? 2025/);
      expect(container.textContent).not.toContain("Apr 3, 2025");
      unmount();
    } finally {
      activateLanguage("en");
    }
    render(<LoadingHeader dataset={usTalibanRelationsHeading} />);
    expect(screen.getByRole("heading", { level: 1 }).hasAttribute("lang")).toBe(false);
  });

  it("shows the default dataset's heading while its events load, exactly as the explorer will", () => {
    const loading = render(<LoadingHeader dataset={usTalibanRelationsHeading} />);
    // The same markup but for React's generated ids (each render numbers its own).
    const markup = (container: HTMLElement) =>
      container.querySelector("header > div > div")!.innerHTML.replace(/_r_\w+_/g, "_id_");
    const early = markup(loading.container);
    loading.unmount();
    const loaded = render(
      <Header
        dataset={usTalibanRelations}
        origin={{ kind: "default" }}
        theme={null}
        onTheme={vi.fn()}
        onLanguage={vi.fn()}
        onShowDefault={vi.fn()}
        tools={null}
      />,
    );
    expect(markup(loaded.container)).toBe(early);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(usTalibanRelations.title);
  });

  it("Escape, from the tools' button or a tool, closes the tools and gives the focus back to the button", () => {
    render(
      <Header
        dataset={dataset}
        origin={{ kind: "default" }}
        theme={null}
        onTheme={vi.fn()}
        onLanguage={vi.fn()}
        onShowDefault={vi.fn()}
        tools={<button type="button">Copy link</button>}
      />,
    );
    const toggle = screen.getByRole("button", { name: "Share and teach" });
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const tool = screen.getByRole("button", { name: "Copy link" });
    tool.focus();
    // The page's own Escape (which clears the selection) is told to leave this one alone.
    expect(tool.closest("[data-escape-closes]")).not.toBeNull();
    const key = new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    fireEvent(tool, key);
    expect(key.defaultPrevented).toBe(true);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle);
    expect(toggle.closest("[data-escape-closes]")).toBeNull();
    // A tool's dialog takes its own Escape: the tools stay open behind it.
    fireEvent.click(toggle);
    const dialog = screen.getByRole("group", { name: "Share and teach" }).appendChild(document.createElement("dialog"));
    const inside = dialog.appendChild(document.createElement("button"));
    fireEvent.keyDown(inside, { key: "Escape" });
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    dialog.remove();
    fireEvent.click(toggle);
    // Closed, Escape is the page's again.
    const again = new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    fireEvent(toggle, again);
    expect(again.defaultPrevented).toBe(false);
  });
});
