import { useEffect } from "react";
import type { Theme } from "../domain/view-state";
import { useMediaQuery } from "../hooks/use-media-query";

/** Applies the theme to the page: the link's choice, else the reader's system setting. */
export function useTheme(choice: Theme | null): Theme {
  const systemDark = useMediaQuery("(prefers-color-scheme: dark)");
  const theme: Theme = choice ?? (systemDark ? "dark" : "light");
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
