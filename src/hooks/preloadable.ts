import { createElement, lazy, useState, type ComponentType } from "react";

/**
 * A lazily loaded component that renders at once when its module is already in: React.lazy alone
 * suspends on first render even then, costing a fallback and an extra render. The choice is made once
 * per mount, so a module arriving later never swaps (and remounts) what is on screen.
 */
export function preloadable<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loaded: ComponentType<Props> | null = null;
  let promise: Promise<ComponentType<Props>> | null = null;
  const preload = () => {
    promise ??= load().then((component) => (loaded = component));
    return promise;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Preloaded(props: Props) {
    const [direct] = useState(() => loaded);
    return direct ? createElement(direct, props) : createElement(Lazy, props);
  }
  return { preload, Component: Preloaded };
}
