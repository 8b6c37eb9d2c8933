import { i18n } from "@lingui/core";
import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { packJson } from "./packed";
import { MAX_LINK_LENGTH } from "./limits";
import { PACK_TEXT, packDataset, unpackDataset } from "./dataset-pack";
import { HOSTILE_TEXT, testDataset, testEvent } from "./test-dataset";
import { validateDataset } from "./validate-dataset";

const pack = async (...args: Parameters<typeof packDataset>) => {
  const result = await packDataset(...args);
  if (!result.ok) throw new Error("expected the dataset to fit");
  return result.pack;
};

describe("a timeline carried in the link", () => {
  it("comes back as the same dataset, valid, with no editor's $schema", async () => {
    const dataset = testDataset({ $schema: "../schema/dataset.schema.json", title: "Our class: “Kabul”, 2021" });
    const packed = await pack(dataset);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    const unpacked = await unpackDataset(packed);
    if (!unpacked.ok) throw new Error("expected the pack to open");
    const { $schema: _schema, ...rest } = dataset;
    expect(JSON.parse(unpacked.text)).toEqual(rest);
    expect(validateDataset(JSON.parse(unpacked.text))).toEqual({ ok: true, dataset: rest });
  });

  it("fits a class timeline of 30 events in a link", async () => {
    const events = Array.from({ length: 30 }, (_, index) =>
      testEvent({
        id: `event-${index}`,
        start: `20${10 + (index % 15)}-0${1 + (index % 9)}-1${index % 9}`,
        title: `What happened in lesson ${index}`,
        summary: `A sentence or two on event ${index}, as a teacher writes it for the class to read and discuss.`,
      }),
    );
    const packed = await pack(testDataset({ events }));
    expect(`https://school.example/timeline/?pack=${packed}`.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  });

  it("does not make a pack longer than a link may be: the default timeline is too large", async () => {
    expect(await packDataset(usTalibanRelations)).toEqual({ ok: false, reason: "too-large" });
    expect(await packDataset(testDataset(), 20)).toEqual({ ok: false, reason: "too-large" });
  });

  it("keeps hostile text as text: the pack only carries it", async () => {
    const dataset = testDataset({ title: HOSTILE_TEXT, events: [testEvent({ id: "a", title: HOSTILE_TEXT })] });
    const unpacked = await unpackDataset(await pack(dataset));
    expect(unpacked.ok && JSON.parse(unpacked.text).events[0].title).toBe(HOSTILE_TEXT);
  });

  it("names a damaged pack as damaged, with what to do", async () => {
    const packed = await pack(testDataset());
    for (const damaged of [packed.slice(0, packed.length / 2), `AAAA${packed}`, "abc", "<script>"]) {
      expect(await unpackDataset(damaged), damaged).toEqual({
        ok: false,
        problem: { path: "", message: i18n._(PACK_TEXT.damaged), hint: i18n._(PACK_TEXT.damagedHint) },
      });
    }
  });

  it("refuses a pack that would unpack past 10 MB", async () => {
    const bomb = await packJson(" ".repeat(11 * 1024 * 1024));
    expect(await unpackDataset(bomb)).toMatchObject({ ok: false, problem: { message: i18n._(PACK_TEXT.tooLarge) } });
  });
});
