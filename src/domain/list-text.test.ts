import { i18n } from "@lingui/core";
import { afterEach, describe, expect, it } from "vitest";
import { messages as english } from "../locales/en/messages";
import { messages as dari } from "../locales/fa/messages";
import { messages as pashto } from "../locales/ps/messages";
import { messages as spanish } from "../locales/es/messages";
import { nameList } from "./list-text";

describe("names in a list", () => {
  afterEach(() => i18n.loadAndActivate({ locale: "en", messages: english }));

  it("are parted by each language's comma: the Arabic comma in Dari and Pashto", () => {
    const names = ["Qatar", "طالبان", "George Glezmann"];
    expect(nameList(names)).toBe("Qatar, طالبان, George Glezmann");
    i18n.loadAndActivate({ locale: "es", messages: spanish });
    expect(nameList(names)).toBe("Qatar, طالبان, George Glezmann");
    i18n.loadAndActivate({ locale: "fa", messages: dari });
    expect(nameList(names)).toBe("Qatar، طالبان، George Glezmann");
    i18n.loadAndActivate({ locale: "ps", messages: pashto });
    expect(nameList(names)).toBe("Qatar، طالبان، George Glezmann");
    expect(nameList([])).toBe("");
  });
});
