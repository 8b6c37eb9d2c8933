import type { ButtonHTMLAttributes, Ref } from "react";

/**
 * The explorer's buttons, in one place so every feature's controls look and behave alike:
 * - "tool": a bordered control on the page (toolbars, Dismiss, Cancel, downloads);
 * - "primary": the one action a notice or panel leads to (Reset the view, Copy the snippet);
 * - "link": an action written as a link in running text.
 */
export type ButtonVariant = "tool" | "primary" | "link";
export type ButtonSize = "sm" | "md" | "lg";

const BASE: Record<ButtonVariant, string> = {
  tool: "inline-flex items-center justify-center gap-1.5 rounded-md border border-[var(--line)] bg-[var(--surface)] font-medium hover:border-[var(--accent)] hover:text-[var(--accent)]",
  primary:
    "inline-flex items-center justify-center gap-1.5 rounded-md bg-[var(--accent)] font-semibold text-[var(--surface)] hover:opacity-90",
  link: "font-medium text-[var(--accent)] underline underline-offset-2",
};

/**
 * A button that cannot act now looks it. A disabled one ignores the pointer; one marked aria-disabled (it
 * keeps the focus when it stops acting under it: Next step on the last step) says so by its cursor.
 */
const DISABLED =
  "disabled:pointer-events-none disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50";

const SIZES: Record<ButtonSize, string> = {
  sm: "min-h-8 px-2.5 text-xs",
  md: "min-h-9 px-3 text-sm",
  lg: "min-h-10 px-4 text-sm",
};

export interface ButtonStyle {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Full width of its container. */
  block?: boolean;
}

/** The classes of a button, for elements that must look like one (a label, a link). */
export function buttonClass({ variant = "tool", size = "md", block = false }: ButtonStyle = {}): string {
  return [BASE[variant], variant === "link" ? "" : SIZES[size], block ? "w-full" : "", DISABLED]
    .filter(Boolean)
    .join(" ");
}

// React 19 passes ref as a prop: a caller may hold the button to give the focus back to it.
export type ButtonProps = ButtonStyle & ButtonHTMLAttributes<HTMLButtonElement> & { ref?: Ref<HTMLButtonElement> };

export function Button({ variant, size, block, className, type = "button", ...rest }: ButtonProps) {
  const classes = buttonClass({ variant, size, block });
  // The type defaults to "button": a button in a form never submits it by accident.
  return <button type={type} className={className ? `${classes} ${className}` : classes} {...rest} />;
}
