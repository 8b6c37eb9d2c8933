// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "../../test-render";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_VIEW } from "../../domain/view-state";
import { EmbedDialog } from "./embed-dialog";

beforeAll(() => {
  // jsdom has <dialog> without its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
});

function dialog(fileName: string | null = null) {
  render(
    <EmbedDialog
      open
      onClose={vi.fn()}
      base="https://school.example/timeline/"
      view={{ ...DEFAULT_VIEW, tracks: ["diplomacy"] }}
      title="U.S.–Taliban relations"
      fileName={fileName}
      onDownload={vi.fn()}
    />,
  );
  const snippet = () => (screen.getByLabelText("Embed code") as HTMLTextAreaElement).value;
  /** The frame's address in the snippet, its query read back. */
  const src = () => new URL(/src="([^"]+)"/.exec(snippet())![1]!.replaceAll("&amp;", "&"));
  return { snippet, src };
}

describe("the embed dialog's options", () => {
  afterEach(() => vi.restoreAllMocks());

  it("starts from the view shown, in a frame of the default height", () => {
    const { snippet, src } = dialog();
    expect(snippet()).toContain('height="640"');
    // Code reads left to right on a Dari or Pashto page too.
    expect(screen.getByLabelText("Embed code").getAttribute("dir")).toBe("ltr");
    expect(snippet()).toContain('title="Timeline: U.S.–Taliban relations"');
    expect(src().searchParams.get("tracks")).toBe("diplomacy");
    expect(src().searchParams.get("embed")).toBe("1");
    expect(src().searchParams.has("filters")).toBe(false);
  });

  it("changes the snippet's height as it is typed, and keeps it within bounds", () => {
    const { snippet } = dialog();
    const height = screen.getByLabelText("Height in pixels") as HTMLInputElement;
    fireEvent.change(height, { target: { value: "480" } });
    expect(snippet()).toContain('height="480"');
    fireEvent.change(height, { target: { value: "90" } });
    expect(snippet()).toContain('height="320"');
    fireEvent.blur(height);
    expect(height.value).toBe("320");
  });

  it("puts the chosen theme and the filter panel in the frame's link", () => {
    const { src } = dialog();
    fireEvent.click(screen.getByRole("radio", { name: "Dark" }));
    expect(src().searchParams.get("theme")).toBe("dark");
    fireEvent.click(screen.getByRole("radio", { name: "Reader's setting" }));
    expect(src().searchParams.has("theme")).toBe(false);
    fireEvent.click(screen.getByRole("checkbox", { name: "Show the filter panel" }));
    expect(src().searchParams.get("filters")).toBe("1");
  });

  it("copies the snippet, or selects it to copy by hand where the clipboard is refused", async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { snippet } = dialog();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy code" })));
    expect(writeText).toHaveBeenCalledWith(snippet());
    expect(screen.getByText("Embed code copied")).toBeTruthy();

    writeText.mockRejectedValueOnce(new Error("denied"));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy code" })));
    expect(document.activeElement).toBe(screen.getByLabelText("Embed code"));
    expect(screen.getByText(/Copying was blocked/)).toBeTruthy();
  });

  it("says that a dataset opened from the computer travels whole in the code's link", () => {
    dialog("my-lesson.json");
    expect(
      screen.getByText(/“my-lesson.json” was opened from your computer: the code carries the whole timeline/),
    ).toBeTruthy();
  });
});
