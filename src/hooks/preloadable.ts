import { createElement, lazy, useState, type ComponentProps, type ComponentType } from "react";

/**
 * A lazily loaded component that renders at once when its module is already in: React.lazy alone
 * suspends on first render even then, costing a fallback and an extra render. The choice is made once
 * per mount, so a module arriving later never swaps (and remounts) what is on screen.
 */
// Any component, whatever its props: ComponentProps<T> recovers them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function preloadable<T extends ComponentType<any>>(load: () => Promise<T>) {
  let loaded: T | null = null;
  let promise: Promise<T> | null = null;
  const preload = () => {
    promise ??= load().then((component) => (loaded = component));
    return promise;
  };
  const Lazy = lazy(async () => ({ default: (await preload()) as ComponentType<ComponentProps<T>> }));
  function Preloaded(props: ComponentProps<T>) {
    const [direct] = useState(() => loaded);
    return direct ? createElement(direct as ComponentType<ComponentProps<T>>, props) : createElement(Lazy, props);
  }
  return { preload, Component: Preloaded };
}
