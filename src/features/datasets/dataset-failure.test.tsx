// @vitest-environment jsdom
import { render, screen } from "../../test-render";
import { describe, expect, it, vi } from "vitest";
import { HOSTILE_TEXT } from "../../domain/test-dataset";
import { DatasetFailure } from "./dataset-failure";

describe("DatasetFailure", () => {
  it("quotes a broken file's own text back as text", () => {
    const { container } = render(
      <DatasetFailure
        source={HOSTILE_TEXT}
        problems={[
          { path: `events[0]["${HOSTILE_TEXT}"]`, message: `"${HOSTILE_TEXT}" is not a date`, hint: "Fix it." },
        ]}
        keeping="the default timeline"
        onDismiss={vi.fn()}
      />,
    );
    expect(container.querySelectorAll("img, script, [onerror]")).toHaveLength(0);
    expect(screen.getByRole("alert").textContent).toContain(`Could not open ${HOSTILE_TEXT}: 1 problem.`);
    expect(screen.getByRole("alert").textContent).toContain(`"${HOSTILE_TEXT}" is not a date`);
  });

  it("lists the first fifty problems and counts the rest", () => {
    const problems = Array.from({ length: 60 }, (_, index) => ({ path: `events[${index}].start`, message: "bad" }));
    render(<DatasetFailure source="f" problems={problems} keeping="x" onDismiss={vi.fn()} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(50);
    expect(screen.getByText("…and 10 more. Fix these first, then try again.")).toBeTruthy();
  });
});
