import { i18n } from "@lingui/core";
import { messages } from "../locales/en/later";

// English's messages but those the first paint shows (scripts/english-first-load.ts): they come with the
// explorer's chunk, which imports this first, so they are in before any part of the explorer renders. Lingui
// adds them to the English already loaded.
i18n.load("en", messages);
