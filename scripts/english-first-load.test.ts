import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FIRST_LOAD_SOURCES,
  englishIds,
  messageOrigins,
  splitFirstLoad,
  unlistedFirstLoadFiles,
} from "./english-first-load";

const PO = `msgid ""
msgstr ""
"Language: en\\n"

#: src/app/header.tsx
#: src/features/cards/card.tsx
msgid "Timeline explorer"
msgstr "Timeline explorer"

#: src/features/cards/card.tsx
msgid "Details"
msgstr "Details"

#. js-lingui-explicit-id
#: src/domain/link-notes.ts
msgid "“{value}” is not a track id"
msgstr "“{value}” is not a track id"
`;

describe("English's first-load messages", () => {
  it("reads which files use each message from the PO catalogue, by the id the compiled messages use", async () => {
    const origins = await messageOrigins(PO);
    expect([...origins.values()]).toEqual([
      ["src/app/header.tsx", "src/features/cards/card.tsx"],
      ["src/features/cards/card.tsx"],
      ["src/domain/link-notes.ts"],
    ]);
    // An explicit id is its own key; a message's key is Lingui's hash of it.
    expect(origins.has("“{value}” is not a track id")).toBe(true);
    expect(origins.has("Details")).toBe(false);
  });

  it("puts a message in the first load when any first-load file uses it, and every other in the later part", async () => {
    const origins = await messageOrigins(PO);
    const [title, details, track] = [...origins.keys()] as [string, string, string];
    const compiled = { [title]: ["Timeline explorer"], [details]: ["Details"], [track]: ["not a track"] };
    const { first, later } = splitFirstLoad(compiled, origins, ["src/app/header.tsx", "src/domain/link-notes.ts"]);
    expect(Object.keys(first).sort()).toEqual([title, track].sort());
    expect(Object.keys(later)).toEqual([details]);
  });

  it("knows the messages whose id is their English (say.ts writes them itself in English)", async () => {
    expect([...(await englishIds(PO))]).toEqual(["“{value}” is not a track id"]);
  });

  it("names a first-load file whose messages the list lacks, once, and leaves out files without messages", async () => {
    const origins = await messageOrigins(PO);
    const ids = ["/repo/src/app/header.tsx", "/repo/src/features/cards/card.tsx", "/repo/src/ui/button.tsx"];
    expect(unlistedFirstLoadFiles([...ids, ids[1]!], "/repo/", origins, ["src/app/header.tsx"])).toEqual([
      "src/features/cards/card.tsx",
    ]);
    expect(
      unlistedFirstLoadFiles(ids, "/repo/", origins, ["src/app/header.tsx", "src/features/cards/card.tsx"]),
    ).toEqual([]);
  });

  it("lists only files the catalogue knows, so a renamed file cannot silently drop out of the first load", async () => {
    const origins = await messageOrigins(
      readFileSync(new URL("../src/locales/en/messages.po", import.meta.url), "utf8"),
    );
    const speaking = new Set([...origins.values()].flat());
    expect(FIRST_LOAD_SOURCES.filter((file) => !speaking.has(file))).toEqual([]);
  });
});
