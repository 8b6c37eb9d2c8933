import { I18nProvider } from "@lingui/react";
import * as library from "@testing-library/react";
import type { ComponentType, ReactNode } from "react";
import { i18n } from "./app/i18n";

/**
 * Testing Library's render and renderHook inside the message catalogue's provider, as the page renders
 * everything (main.tsx): components read their words from it. A test's own wrapper goes inside it.
 */
function within(Inner?: ComponentType<{ children: ReactNode }>) {
  return function Catalogue({ children }: { children: ReactNode }) {
    return <I18nProvider i18n={i18n}>{Inner ? <Inner>{children}</Inner> : children}</I18nProvider>;
  };
}

export * from "@testing-library/react";

export const render = ((ui: ReactNode, options: library.RenderOptions = {}) =>
  library.render(ui, { ...options, wrapper: within(options.wrapper) })) as typeof library.render;

export const renderHook = (<Result, Props>(
  callback: (props: Props) => Result,
  options: library.RenderHookOptions<Props> = {},
) => library.renderHook(callback, { ...options, wrapper: within(options.wrapper) })) as typeof library.renderHook;
