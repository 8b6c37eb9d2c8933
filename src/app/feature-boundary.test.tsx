// @vitest-environment jsdom
import { fireEvent, render, screen } from "../test-render";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { FeatureBoundary } from "./feature-boundary";

function Fragile({ broken }: { broken: boolean }) {
  if (broken) throw new Error("boom");
  return <p>All good</p>;
}

function Harness() {
  const [broken, setBroken] = useState(true);
  return (
    <>
      <FeatureBoundary name="the list of events" onReset={() => setBroken(false)}>
        <Fragile broken={broken} />
      </FeatureBoundary>
      <p>Neighbour</p>
    </>
  );
}

describe("FeatureBoundary", () => {
  it("replaces a failed feature with a notice, keeps the rest, and resets", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {}); // jsdom reports the thrown error itself
    render(<Harness />);
    expect(screen.getByRole("alert").textContent).toContain("Sorry: the list of events stopped working.");
    expect(screen.getByText("Neighbour")).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(
      "the list of events failed and was replaced by a notice:",
      "boom",
      expect.any(String),
    );
    fireEvent.click(screen.getByRole("button", { name: "Reset the view" }));
    expect(screen.getByText("All good")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
