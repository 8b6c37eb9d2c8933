import { t } from "@lingui/core/macro";
import { useCallback, useEffect, useState } from "react";
import type { HandIn } from "../domain/hand-in";
import { decodeText } from "../platform/decode-text";
import type { UpdateView } from "./use-view";

export interface HandIns {
  /** Every student's work opened so far, in the order opened. */
  works: HandIn[];
  /** Files or links that could not be read, each with its reason. */
  problems: string[];
  /** Reads files: handed-in work is kept here; the first other file is a dataset, passed on. */
  openFiles(files: readonly File[], openDataset: (file: File) => void): void;
  close(): void;
}

const reader = () => import("../domain/hand-in");

/** A file that may be handed-in work: JSON read whole, checked; null when it is something else (a dataset). */
async function readWork(file: File): Promise<{ work: HandIn } | { problem: string } | null> {
  if (!/\.json$/i.test(file.name) && file.type !== "application/json") return null;
  if (file.size > 2_000_000) return null; // handed-in work is a few kilobytes: a large file is a dataset
  const text = decodeText(new Uint8Array(await file.arrayBuffer()));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null; // the dataset reader says what is wrong with it
  }
  const { isHandIn, readHandIn } = await reader();
  if (!isHandIn(value)) return null;
  const name = file.name;
  const read = readHandIn(value, t`the file “${name}”`);
  return read.ok ? { work: read.handIn } : { problem: read.problem };
}

/**
 * Handed-in work a teacher opens: files (Open dataset…, a drop) and the link a student copied (answers=),
 * kept in this page only. Nothing is sent anywhere.
 */
export function useHandIns(packed: string | null, update: UpdateView): HandIns {
  const [works, setWorks] = useState<HandIn[]>([]);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    if (!packed) return;
    let live = true;
    void Promise.all([import("../domain/packed"), reader()])
      .then(async ([{ unpackText }, { readHandIn }]) => {
        const read = readHandIn(JSON.parse(await unpackText(packed)), t`the answers in the link`);
        if (!live) return;
        if (read.ok) setWorks((list) => [...list, read.handIn]);
        else setProblems((list) => [...list, read.problem]);
      })
      .catch(() => {
        if (live)
          setProblems((list) => [...list, t`the answers in the link are damaged or cut short: ask for the link again`]);
      });
    return () => {
      live = false;
    };
  }, [packed]);

  const openFiles = useCallback((files: readonly File[], openDataset: (file: File) => void) => {
    void (async () => {
      let datasetOpened = false;
      for (const file of files) {
        const name = file.name;
        const read = await readWork(file).catch(() => ({ problem: t`the file “${name}” could not be read` }));
        if (read === null) {
          if (!datasetOpened) openDataset(file);
          datasetOpened = true;
        } else if ("work" in read) setWorks((list) => [...list, read.work]);
        else setProblems((list) => [...list, read.problem]);
      }
    })();
  }, []);

  const close = useCallback(() => {
    setWorks([]);
    setProblems([]);
    update({ answers: null });
  }, [update]);

  return { works, problems, openFiles, close };
}
