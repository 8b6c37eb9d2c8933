// @vitest-environment jsdom
import { fireEvent, render, screen } from "../../test-render";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { CopyLink } from "./copy-link";

const writeText = vi.fn(async (_text: string) => {});

beforeEach(() => {
  writeText.mockClear();
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  // jsdom has no modal dialogs: open and close are enough for these tests.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
});

describe("Copy link", () => {
  it("copies a link that opens the timeline shown, and says so", async () => {
    const url = "https://school.example/timeline/?pack=abc";
    render(<CopyLink link={async () => ({ ok: true, url })} fileName="votes.json" onDownload={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    expect(await screen.findByText("Link copied")).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(url);
  });

  it("copies nothing and claims nothing when no link opens the timeline: it says why, and how to share it", async () => {
    const onDownload = vi.fn();
    render(<CopyLink link={async () => ({ ok: false })} fileName="everything.json" onDownload={onDownload} />);
    fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    const dialog = await screen.findByRole("dialog", { name: "This timeline is too large to share as a link" });
    expect(dialog.textContent).toContain("“everything.json” was opened from your computer");
    expect(dialog.textContent).toContain("So nothing was copied.");
    expect(dialog.textContent).toContain("?data=https://your-school.example/my-timeline.json");
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.queryByText("Link copied")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Download JSON" }));
    expect(onDownload).toHaveBeenCalledOnce();
  });
});
