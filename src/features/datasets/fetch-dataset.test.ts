import { i18n } from "@lingui/core";
import { describe, expect, it, vi } from "vitest";
import { messages } from "../../locales/en/messages";
import { DatasetFetchError, fetchDatasetText, resolveDatasetUrl } from "./fetch-dataset";

// The failures are told in the message catalogue's words: English, as the page starts.
i18n.loadAndActivate({ locale: "en", messages });

const base = "https://school.example/timeline/";

function stream(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function failure(promise: Promise<unknown>): Promise<DatasetFetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetFetchError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("resolveDatasetUrl", () => {
  it("resolves paths on the site and accepts web addresses only", () => {
    expect(resolveDatasetUrl("./my-lesson.json", base)?.href).toBe("https://school.example/timeline/my-lesson.json");
    expect(resolveDatasetUrl("https://data.example/a.json", base)?.host).toBe("data.example");
    expect(resolveDatasetUrl("javascript:alert(1)", base)).toBeNull();
    expect(resolveDatasetUrl("file:///etc/passwd", base)).toBeNull();
    expect(resolveDatasetUrl("data:application/json,{}", base)).toBeNull();
  });
});

describe("fetchDatasetText", () => {
  it("reads the file, in chunks", async () => {
    const fetcher = vi.fn(async () => new Response(stream(['{"a":', " 1}"])));
    await expect(fetchDatasetText("./a.json", { base, fetcher })).resolves.toBe('{"a": 1}');
    expect(fetcher).toHaveBeenCalledWith(
      "https://school.example/timeline/a.json",
      expect.objectContaining({ credentials: "omit" }),
    );
  });

  it("refuses what is not a web address, before fetching", async () => {
    const fetcher = vi.fn();
    const error = await failure(fetchDatasetText("javascript:alert(1)", { base, fetcher }));
    expect(error.problem.message).toBe("“javascript:alert(1)” is not a web address");
    expect(fetcher).not.toHaveBeenCalled();
  });

  it("says what the server answered", async () => {
    const fetcher = async () => new Response("Not here", { status: 404, statusText: "Not Found" });
    const error = await failure(fetchDatasetText("./gone.json", { base, fetcher }));
    expect(error.problem).toMatchObject({ message: "the server answered 404 Not Found" });
    expect(error.problem.hint).toMatch(/no file there/);
  });

  it("stops at the size limit, whether or not the server declares it", async () => {
    const declared = async () => new Response("{}", { headers: { "content-length": "20000000" } });
    expect((await failure(fetchDatasetText("./big.json", { base, fetcher: declared }))).problem.message).toBe(
      "the file is larger than 10 MB",
    );
    const undeclared = async () => new Response(stream(["x".repeat(600), "x".repeat(600)]));
    expect(
      (await failure(fetchDatasetText("./big.json", { base, fetcher: undeclared, maxBytes: 1000 }))).problem.message,
    ).toBe("the file is larger than 0 MB");
  });

  it("gives up after the timeout with a clear message", async () => {
    const hanging = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    const error = await failure(
      fetchDatasetText("./slow.json", { base, fetcher: hanging as typeof fetch, timeoutMs: 30 }),
    );
    expect(error.problem.message).toBe("the server did not answer within 0 seconds");
    expect(error.cancelled).toBe(false);
  });

  it("can be cancelled by the reader", async () => {
    const controller = new AbortController();
    const hanging = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    const pending = fetchDatasetText("./slow.json", {
      base,
      fetcher: hanging as typeof fetch,
      signal: controller.signal,
    });
    controller.abort();
    const error = await failure(pending);
    expect(error.cancelled).toBe(true);
  });

  it("explains a network or CORS failure", async () => {
    const broken = async () => {
      throw new TypeError("Failed to fetch");
    };
    const error = await failure(fetchDatasetText("https://data.example/a.json", { base, fetcher: broken }));
    expect(error.problem.message).toBe("the file at data.example could not be fetched");
    expect(error.problem.hint).toMatch(/CORS/);
  });
});

describe("a Google Sheets link", () => {
  it("is fetched as the sheet's CSV", async () => {
    const fetcher = vi.fn(async () => new Response("Year,Headline\n2021,Kabul"));
    const link = "https://docs.google.com/spreadsheets/d/1AbC/edit#gid=7";
    await expect(fetchDatasetText(link, { base, fetcher })).resolves.toBe("Year,Headline\n2021,Kabul");
    expect(fetcher).toHaveBeenCalledWith(
      "https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=7",
      expect.objectContaining({ credentials: "omit" }),
    );
  });

  it("that cannot be read says how to publish it, or to download it as CSV", async () => {
    for (const fetcher of [
      vi.fn(async () => new Response("", { status: 401 })),
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    ]) {
      const error = await failure(
        fetchDatasetText("https://docs.google.com/spreadsheets/d/1AbC/edit", { base, fetcher }),
      );
      expect(error.problem.message).toBe("the Google Sheet could not be read from here");
      expect(error.problem.hint).toMatch(/Publish to web.*Download › Comma-separated values/);
    }
  });
});
