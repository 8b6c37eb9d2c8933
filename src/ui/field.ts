/**
 * The explorer's text fields (inputs and text areas), in one place like its buttons. `on`: the colour
 * of what the field sits on, so the field stands apart from it ("page" inside a card or panel, which is
 * "surface").
 */
export function fieldClass({ on = "page" }: { on?: "page" | "surface" } = {}): string {
  const background = on === "page" ? "bg-[var(--surface)]" : "bg-[var(--page)]";
  return `w-full rounded-md border border-[var(--line)] ${background} px-3 py-2 text-base placeholder:text-[var(--muted)] sm:text-sm`;
}
