import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW,
  MAX_QUERY_LENGTH,
  PARAMETERS,
  PROVENANCES,
  normaliseQuery,
  parseViewState,
  sameView,
  serialiseViewState,
  type ViewState,
} from "./view-state";
import { reconcileViewState } from "./view-reconcile";

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe("the view-state codec, both ways", () => {
  // Each case is a canonical link and the state it stands for: parsing gives the state, serialising
  // the state gives the link back.
  it.each<[string, Partial<ViewState>]>([
    ["", {}],
    ["tracks=detainees,diplomacy", { tracks: ["detainees", "diplomacy"] }],
    ["tracks=", { tracks: [] }],
    ["actors=qatar", { actors: ["qatar"] }],
    ["actors=qatar,taliban", { actors: ["qatar", "taliban"] }],
    ["prov=article", { prov: ["article"] }],
    ["prov=after-article,context", { prov: ["after-article", "context"] }],
    ["from=2021-08-01&to=2021-09-30", { from: "2021-08-01", to: "2021-09-30" }],
    ["from=2021-08", { from: "2021-08" }],
    ["to=2025", { to: "2025" }],
    ["q=airport", { q: "airport" }],
    ["q=abbey+gate", { q: "abbey gate" }],
    ["q=%22exploratory%22+talks%3F", { q: '"exploratory" talks?' }],
    ["q=a%26b%3Dc%23d", { q: "a&b=c#d" }],
    ["event=abbey-gate-bombing", { event: "abbey-gate-bombing" }],
    ["embed=1", { embed: true }],
    ["embed=1&filters=1", { embed: true, filters: true }],
    ["theme=dark", { theme: "dark" }],
    ["data=./my-lesson.json", { data: "./my-lesson.json" }],
    ["data=https://example.org/a.json%3Fx%3D1%26y%3D2", { data: "https://example.org/a.json?x=1&y=2" }],
    ["pack=1ZJBa_-9", { pack: "1ZJBa_-9" }],
    ["event=a&pack=1ZJBa_-9&path=eJxL", { event: "a", pack: "1ZJBa_-9", path: "eJxL" }],
    [
      "tracks=military&actors=isis-k&prov=article&from=2021-08-01&to=2021-08-31&q=gate&event=abbey-gate-bombing&embed=1&theme=light",
      {
        tracks: ["military"],
        actors: ["isis-k"],
        prov: ["article"],
        from: "2021-08-01",
        to: "2021-08-31",
        q: "gate",
        event: "abbey-gate-bombing",
        embed: true,
        theme: "light",
      },
    ],
  ])("%j", (link, patch) => {
    const parsed = parseViewState(link);
    expect(parsed).toEqual({ state: view(patch), ignored: [] });
    expect(serialiseViewState(view(patch))).toBe(link);
  });

  it("reads a leading question mark and writes keys in a fixed order", () => {
    expect(parseViewState("?theme=dark&q=kabul&tracks=military").state).toEqual(
      view({ theme: "dark", q: "kabul", tracks: ["military"] }),
    );
    expect(serialiseViewState(view({ theme: "dark", q: "kabul", tracks: ["military"] }))).toBe(
      "tracks=military&q=kabul&theme=dark",
    );
  });

  it("gives equal views equal links: lists sorted and deduplicated, queries tidied", () => {
    const a = parseViewState("tracks=military,diplomacy,military&q=%20%20abbey%20%20gate%20").state;
    const b = parseViewState("q=abbey gate&tracks=diplomacy&tracks=military").state;
    expect(serialiseViewState(a)).toBe("tracks=diplomacy,military&q=abbey+gate");
    expect(sameView(a, b)).toBe(true);
  });

  it("ignores other tools' parameters without comment", () => {
    expect(parseViewState("utm_source=lms&fbclid=x&q=kabul")).toEqual({ state: view({ q: "kabul" }), ignored: [] });
  });

  it("keeps what it can from a malformed link and says what it dropped", () => {
    const parsed = parseViewState(
      "tracks=military,Not An Id&prov=rumour,article&from=2021-13-01&to=soon&event=<script>&theme=blue&embed=yes&q=ok",
    );
    expect(parsed.state).toEqual(view({ tracks: ["military"], prov: ["article"], q: "ok" }));
    expect(parsed.ignored).toEqual([
      "“Not An Id” is not a track id",
      "“rumour” is not a provenance (article, context or after-article)",
      "from “2021-13-01” is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)",
      "to “soon” is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)",
      "“<script>” is not an event id",
      "embed=“yes” is not understood (use embed=1)",
      "theme “blue” is not light or dark; the system setting is used",
    ]);
  });

  it("drops the end of a range that ends before it starts", () => {
    expect(parseViewState("from=2021-09-01&to=2021-08-01")).toEqual({
      state: view({ from: "2021-09-01" }),
      ignored: ["the date range ended (2021-08-01) before it started (2021-09-01); the end was dropped"],
    });
  });

  it("uses the first of a repeated scalar and says so", () => {
    expect(parseViewState("q=first&q=second")).toEqual({
      state: view({ q: "first" }),
      ignored: ["q was given 2 times; the first value was used"],
    });
  });

  it("shows everything when every provenance named is unknown, rather than nothing", () => {
    expect(parseViewState("prov=rumour").state.prov).toBeNull();
  });

  it("survives invalid percent-encoding and huge values", () => {
    expect(parseViewState("q=%E0%A4%A&event=%").state.event).toBeNull();
    const huge = parseViewState(`q=${"x".repeat(100_000)}`);
    expect(huge.state.q).toBe("");
    expect(huge.ignored).toEqual(["q was too long to be a real value"]);
    expect(parseViewState(`q=${"word ".repeat(100)}`).state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe("reconcileViewState", () => {
  const known = {
    tracks: ["diplomacy", "military", "detainees"],
    actors: ["qatar", "taliban"],
    events: ["doha-agreement"],
  };

  it("drops unknown ids and names each one", () => {
    const parsed = reconcileViewState(
      view({ tracks: ["military", "space"], actors: ["qatar", "mars"], event: "moon-landing" }),
      known,
    );
    expect(parsed.state).toEqual(view({ tracks: ["military"], actors: ["qatar"] }));
    expect(parsed.ignored).toEqual([
      "there is no track “space”",
      "there is no actor “mars”",
      "there is no event “moon-landing”",
    ]);
  });

  it("shows all tracks when the link names only unknown ones", () => {
    expect(reconcileViewState(view({ tracks: ["space"] }), known).state.tracks).toBeNull();
  });

  it("writes a selection of everything as no filter, so the link stays short", () => {
    const all = reconcileViewState(
      view({ tracks: ["detainees", "diplomacy", "military"], prov: [...PROVENANCES] }),
      known,
    );
    expect(all.state).toEqual(DEFAULT_VIEW);
    expect(all.ignored).toEqual([]);
  });

  it("keeps an empty track selection: the reader unticked every track", () => {
    expect(reconcileViewState(view({ tracks: [] }), known).state.tracks).toEqual([]);
  });

  it("accepts a set of event ids", () => {
    expect(
      reconcileViewState(view({ event: "doha-agreement" }), { ...known, events: new Set(["doha-agreement"]) }).state
        .event,
    ).toBe("doha-agreement");
  });
});

describe("generated links", () => {
  it("parsing never throws, whatever the query string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const parsed = parseViewState(search);
        expect(typeof serialiseViewState(parsed.state)).toBe("string");
      }),
      { numRuns: 2000 },
    );
  });

  it("parsing never throws for well-formed keys with random values, repeated or not", () => {
    const key = fc.constantFrom(...PARAMETERS, "x");
    const value = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("%", "%E0%A4%A", "a,b,,c"));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        const search = pairs.map(([k, v]) => `${k}=${v}`).join("&");
        const { state } = parseViewState(search);
        // What parsing keeps is itself a canonical view: reading its link again changes nothing.
        expect(parseViewState(serialiseViewState(state)).state).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });

  const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
  const ids = fc.uniqueArray(id, { maxLength: 5 }).map((list) => [...list].sort());
  const date = fc
    .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
    .chain((d) => {
      const iso = d.toISOString();
      return fc.constantFrom(iso.slice(0, 10), iso.slice(0, 7), iso.slice(0, 4));
    });
  const canonicalView: fc.Arbitrary<ViewState> = fc
    .record({
      tracks: fc.option(ids, { nil: null }),
      actors: fc.option(
        ids.filter((list) => list.length > 0),
        { nil: null },
      ),
      prov: fc.option(fc.subarray([...PROVENANCES].sort()), { nil: null }),
      from: fc.option(date, { nil: null }),
      to: fc.option(date, { nil: null }),
      q: fc.string({ maxLength: 60 }).map(normaliseQuery),
      sort: fc.constantFrom(null, "date" as const),
      event: fc.option(id, { nil: null }),
      embed: fc.boolean(),
      filters: fc.boolean(),
      theme: fc.constantFrom(null, "light" as const, "dark" as const),
      data: fc.option(fc.webUrl(), { nil: null }),
      pack: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,200}$/), { nil: null }),
      lesson: fc.option(id, { nil: null }),
      step: fc.option(fc.integer({ min: 2, max: 999 }), { nil: null }),
      path: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,80}$/), { nil: null }),
      answers: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,80}$/), { nil: null }),
      lang: fc.constantFrom(null, "en" as const, "es" as const, "fa" as const, "ps" as const),
      view: fc.constantFrom(null, "claims" as const),
      claim: fc.option(id, { nil: null }),
    })
    .map((state) => (state.lesson || state.path ? state : { ...state, step: null }))
    // A link carries one timeline: a pack, or an address.
    .map((state) => (state.pack ? { ...state, data: null } : state))
    // A claim is opened in the view of claims.
    .map((state) => (state.claim ? { ...state, view: "claims" as const } : state))
    .filter((state) => !(state.from && state.to && state.to.slice(0, 4) < state.from.slice(0, 4)))
    .filter(
      (state) => !state.from || !state.to || parseViewState(`from=${state.from}&to=${state.to}`).ignored.length === 0,
    );

  it("serialise then parse is the identity", () => {
    fc.assert(
      fc.property(canonicalView, (state) => {
        expect(parseViewState(serialiseViewState(state))).toEqual({ state, ignored: [] });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the view of the article's claims in the link", () => {
  it("opens with view=claims, and claim= opens one claim in it", () => {
    expect(parseViewState("view=claims").state.view).toBe("claims");
    expect(parseViewState("claim=former-president").state).toMatchObject({ view: "claims", claim: "former-president" });
    expect(serialiseViewState({ ...DEFAULT_VIEW, claim: "former-president" })).toBe(
      "view=claims&claim=former-president",
    );
  });

  it("drops a claim the dataset does not have, and the view where it has no claims", () => {
    const known = { tracks: [], actors: [], events: [], claims: ["former-president"] };
    const view = { ...DEFAULT_VIEW, view: "claims" as const, claim: "nowhere" };
    expect(reconcileViewState(view, known)).toEqual({
      state: { ...view, claim: null },
      ignored: ["there is no claim “nowhere”"],
    });
    expect(reconcileViewState(view, { ...known, claims: [] }).state).toMatchObject({ view: null, claim: null });
    expect(reconcileViewState({ ...view, claim: "former-president" }, known).ignored).toEqual([]);
  });

  it("says what it could not read, and keeps the rest", () => {
    const parsed = parseViewState("view=timeline&claim=Not%20an%20id&event=doha-agreement");
    expect(parsed.state).toMatchObject({ view: null, claim: null, event: "doha-agreement" });
    expect(parsed.ignored).toEqual([
      "view “timeline” is not a view of the explorer (view=claims checks the article)",
      "“Not an id” is not a claim id",
    ]);
  });
});

describe("lessons in the link", () => {
  const known = {
    tracks: ["diplomacy"],
    actors: ["qatar"],
    events: ["doha-agreement"],
    lessons: new Map([["hostage-diplomacy", 5]]),
  };

  it("reads a lesson, its step and a built lesson, and writes them last", () => {
    const { state, ignored } = parseViewState("step=3&lesson=hostage-diplomacy&event=doha-agreement");
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ lesson: "hostage-diplomacy", step: 3 });
    expect(serialiseViewState(state)).toBe("event=doha-agreement&lesson=hostage-diplomacy&step=3");
    expect(parseViewState("path=eJxLTEpOSU1LBwAIrgK8&step=2").state).toMatchObject({
      path: "eJxLTEpOSU1LBwAIrgK8",
      step: 2,
    });
  });

  it("leaves the first step out of the link: lesson=x and lesson=x&step=1 are one view", () => {
    const { state } = parseViewState("lesson=hostage-diplomacy&step=1");
    expect(state.step).toBeNull();
    expect(serialiseViewState(state)).toBe("lesson=hostage-diplomacy");
  });

  it.each([
    ["lesson=Not%20an%20id", "“Not an id” is not a lesson id"],
    ["lesson=a&step=zero", "step “zero” is not a step number (1, 2, 3…); the first step is shown"],
    ["lesson=a&step=0", "step “0” is not a step number (1, 2, 3…); the first step is shown"],
    ["step=4", "step was given without a lesson"],
    ["path=abc%3Cscript%3E", "the lesson in the link is damaged (it has characters a lesson link never has)"],
    ["answers=abc%3Cscript%3E", "the answers in the link are damaged (they have characters such a link never has)"],
    [`path=${"a".repeat(6001)}`, "the lesson in the link is too long to be read"],
  ])("%s: says what was ignored", (search, note) => {
    expect(parseViewState(search).ignored).toEqual([note]);
  });

  it("drops an unknown lesson and shows the last step for a step past the end", () => {
    const unknown = reconcileViewState(parseViewState("lesson=moon&step=2").state, known);
    expect(unknown.state).toMatchObject({ lesson: null, step: null });
    expect(unknown.ignored).toEqual(["there is no lesson “moon”"]);
    const past = reconcileViewState(parseViewState("lesson=hostage-diplomacy&step=9").state, known);
    expect(past.state).toMatchObject({ lesson: "hostage-diplomacy", step: 5 });
    expect(past.ignored).toEqual(["the lesson has 5 steps, not 9; the last one is shown"]);
  });
});
