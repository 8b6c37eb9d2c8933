import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import boundaries from "eslint-plugin-boundaries";
import lingui from "eslint-plugin-lingui";
import { fileURLToPath } from "node:url";

// The layers of src/ and the imports between them: app → features → ui, hooks, platform → domain; data
// beside domain, for app alone. eslint-plugin-boundaries places every file of src/ in a layer (each folder
// of src/features is a feature of its own) or among the few known files at its root, and resolves every
// import, `export … from` and literal import() to the file it names, so no spelling of a path gets round
// it. A file anywhere else fails lint, and so does an import of one: a new folder or a new file at src/
// cannot carry an import past a layer.
// Each of these folders is one layer; src/features holds one element per feature.
const LAYER_FOLDERS = ["app", "ui", "hooks", "platform", "domain", "data", "locales"];
const ROOT_FILES = [
  "src/main.tsx",
  "src/index.css",
  "src/test-setup.ts",
  "src/virtual-modules.d.ts",
  "src/layers.test.ts",
  "src/test-render.tsx",
];
const TEST_FILES = [`src/{${[...LAYER_FOLDERS, "features"].join(",")}}/**/*.test.{ts,tsx}`, "src/layers.test.ts"];
const TYPES = ["app", "feature", "ui", "hooks", "platform", "domain", "data", "locales"];
const to = (types) => ({ to: { element: { type: types } } });
// What a layer may import, and the message for the rest (a feature's own folder is allowed further down).
const direction = (from, allowed, message) => {
  const others = TYPES.filter((type) => !allowed.includes(type) && (type !== from || from === "feature"));
  return {
    from: { element: { type: from } },
    ...(allowed.length > 0 ? { allow: to(allowed) } : {}),
    ...(others.length > 0 ? { disallow: to(others), message } : {}),
  };
};
const LAYER_POLICIES = [
  direction("app", ["feature", "ui", "hooks", "platform", "domain", "data", "locales"]),
  direction(
    "feature",
    ["ui", "hooks", "platform", "domain"],
    "A feature imports only src/ui, src/hooks, src/platform and src/domain: not another feature (compose them in src/app, or move what both need to src/ui), not src/app, not src/data (src/app hands the dataset in).",
  ),
  direction(
    "ui",
    ["hooks", "platform", "domain"],
    "src/ui is shared by features: it imports only src/hooks, src/platform and src/domain.",
  ),
  direction("hooks", ["platform", "domain"], "src/hooks import only src/platform and src/domain."),
  direction("platform", ["domain"], "src/platform (browser adapters) imports only src/domain."),
  direction("data", ["domain"], "src/data imports only src/domain."),
  direction("domain", [], "src/domain is plain TypeScript: it imports nothing but src/domain."),
  // The message catalogues, compiled from src/locales/*/messages.po: loaded by src/app/i18n.ts alone.
  direction("locales", [], "src/locales holds the compiled message catalogues: they import nothing."),
  // Files of one layer, or of one feature, import each other freely.
  { allow: { dependency: { relationship: { to: "internal" } } } },
  // The page's entry starts the app and warms up what the first paint needs.
  {
    from: { file: { path: "src/main.tsx" } },
    allow: [to(["app", "feature", "ui", "hooks", "platform", "domain"]), { to: { file: { path: "src/index.css" } } }],
  },
  { from: { file: { path: "src/virtual-modules.d.ts" } }, allow: to(["domain"]) },
  // Component tests render inside the message catalogue's provider, as the page does.
  { from: { file: { path: "src/test-render.tsx" } }, allow: to(["app"]) },
  // Every test runs with the English catalogue active (src/app/i18n.ts loads and activates it).
  { from: { file: { path: "src/test-setup.ts" } }, allow: to(["app"]) },
  { from: { file: { categories: "test" } }, allow: { to: { file: { path: "src/test-render.tsx" } } } },
  // A test may import what it tests, and what it builds that from, from any layer (a domain test reads the
  // default dataset); it exports nothing (TEST_EXPORTS below), so it cannot pass an import on.
  {
    from: { file: { categories: "test" } },
    allow: { ...to(TYPES), dependency: { nodeKind: ["import", "dynamic-import"] } },
  },
  // Last, so it overrides every allowance above: nothing imports a test file.
  {
    disallow: { to: { file: { categories: "test" } } },
    message: "Nothing imports a test file: move what both need to a file of its own.",
  },
];

// Only src/app composes by globbing or by a path worked out at run time: elsewhere the rules above must be
// able to read every import's path.
const COMPUTED_IMPORTS = [
  {
    selector: "MemberExpression[object.type='MetaProperty'][property.name=/^glob/]",
    message: "import.meta.glob only in src/app: elsewhere import each module by its path.",
  },
  {
    selector: "ImportExpression[source.type!='Literal']",
    message: "import() of a computed or template path only in src/app: elsewhere import() a plain string.",
  },
];
// vis's one entry point, the build the explorer patches (README, "vis-timeline, patched"): any other file of
// the package is vis unpatched.
const VIS_ENTRY = "^vis-(timeline|data)(?!/esnext$)";
const VIS_MESSAGE = 'vis is imported from "vis-timeline/esnext" and "vis-data/esnext" alone (the patched build).';
const VIS_DYNAMIC = {
  selector: `ImportExpression > Literal[value=/${VIS_ENTRY.replace("/", "\\/")}/]`,
  message: VIS_MESSAGE,
};
// A test file is a leaf: it exports nothing, so it cannot carry an import from one layer into another.
const TEST_EXPORTS = [
  {
    selector: "ExportNamedDeclaration, ExportAllDeclaration, ExportDefaultDeclaration",
    message: "A test file exports nothing: move what other files need to a file of its own.",
  },
];

// Every word a reader sees or hears goes through the message catalogue (issue 24): a literal string in
// src/ is an error unless it is not for readers. What is not: single tokens that do not start with a
// capital (ids, class names, keys, "csv"), CONSTANT_CASE, CSS and HTML, and strings given to the names
// and functions below (class names, SVG paths, ids, test ids, MIME types, media queries, selectors, logs
// and errors for developers), a Button's variant and size, a Notice's tone. (No typed linting: the rule
// needs none here, and the layers' test lints files that are not on disk.) Not checked by the plugin: a
// native element's title attribute (it checks aria-label, alt, placeholder and value).
const UNLOCALIZED = {
  ignore: [
    // one token not starting with a capital letter: "csv", "te-item-label", "aria-hidden", "#events"
    "^(?![A-Z])\\S+$",
    // CONSTANT_CASE
    "^[A-Z0-9_-]+$",
    // CSS values and functions: "min(46rem, 85vh)", "var(--muted)", "position:absolute;…"
    "^(min|max|calc|clamp|var|rgb|rgba|hsl|color-mix)\\(",
    "^[a-z-]+:[^ ]",
    // Tailwind class lists: "border-dashed border-[var(--muted)]", "min-h-8 px-2.5 text-xs"
    "^(?=.*(?:-\\d|\\[|:))[a-z0-9!:_\\-\\[\\]\\(\\)\\.\\/%,#&>*=]+(?: +[a-z0-9!:_\\-\\[\\]\\(\\)\\.\\/%,#&>*=]+)*$",
    // each language's name in itself, the same in every language (the Language control)
    "^(English|Español)$",
    // markup made in code: "<iframe …></iframe>"
    "^<[a-z]",
    // media queries
    "^\\((min|max)-width|^\\((pointer|prefers-)",
  ],
  ignoreNames: [
    { regex: { pattern: "(^c|C)lass(Name|es)?$" } },
    { regex: { pattern: "^[A-Z0-9_]+$" } },
    { regex: { pattern: "^data-" } },
    "path",
    "d",
    "viewBox",
    "key",
    "id",
    "htmlFor",
    "type",
    "role",
    "href",
    "src",
    "rel",
    "target",
    "name",
    "inputMode",
    "autoComplete",
    "lang",
    "dir",
    "accept",
    "sandbox",
    "referrerPolicy",
    "mode",
    "kind",
    "format",
    "variant",
    "tone",
    "size",
    "placement",
  ],
  ignoreFunctions: [
    // a message by its English, marked for extraction, from a module free of macros (domain/say.ts)
    "say",
    // the published JSON Schema's descriptions (domain/schema.ts): English documentation of the format
    "described",
    "optionalField",
    "console.*",
    "Error",
    "*Error",
    "useMediaQuery",
    "matchMedia",
    "*.matches",
    "*.closest",
    "*.querySelector",
    "*.querySelectorAll",
    "*.getElementById",
    "*.setAttribute",
    "*.getAttribute",
    "*.removeAttribute",
    "*.toggleAttribute",
    "*.hasAttribute",
    "*.addEventListener",
    "*.removeEventListener",
    "*.dispatchEvent",
    "*.createElement",
    "*.includes",
    "*.startsWith",
    "*.endsWith",
    "*.split",
    "*.join",
    "*.replace",
    "*.test",
    "download",
    "RegExp",
    "URL",
    "URLSearchParams",
    "*.searchParams.*",
    "Intl.*",
  ],
};

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-single",
      "dist-school",
      "coverage",
      "test-results",
      "playwright-report",
      "bench/results",
      "bench/dist-bare",
      "tmp",
      // Generated by lingui compile from the PO catalogues (npm run i18n:compile), not written by hand.
      "src/locales/*/messages.ts",
      // Split from English's by scripts/english-first-load.ts, also at npm run i18n:compile.
      "src/locales/en/first-load.ts",
      "src/locales/en/later.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["src/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  // Set aside for these files alone (inline eslint comments have no effect in src): a key handler on a list
  // (arrow keys between the cards' buttons, on top of Tab) and a click on a dialog's backdrop (a pointer
  // shortcut for its Close button). The controls inside stay the keyboard's way.
  {
    files: ["src/features/cards/card-list.tsx", "src/features/cards/virtual-rows.tsx", "src/ui/dialog.tsx"],
    rules: { "jsx-a11y/no-noninteractive-element-interactions": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Inline eslint comments have no effect in src: no rule, the layers' least of all, is switched off beside
  // the code it would let through. A rule set aside is set aside in this file, for the files named, with
  // the reason.
  { files: ["src/**"], linterOptions: { noInlineConfig: true } },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "boundaries/root-path": fileURLToPath(new URL(".", import.meta.url)),
      "import/resolver": { typescript: true },
      "boundaries/elements": [
        ...LAYER_FOLDERS.map((name) => ({ type: name, pattern: `src/${name}`, partialMatch: false })),
        { type: "feature", pattern: "src/features/*", partialMatch: false },
      ],
      "boundaries/files": [
        { category: "root", pattern: ROOT_FILES },
        { category: "test", pattern: TEST_FILES },
      ],
      "boundaries/legacy-templates": false,
    },
    rules: {
      "boundaries/no-unknown-files": "error",
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          checkInternals: true,
          checkUnknownLocals: true,
          policies: LAYER_POLICIES,
          message:
            'Not an import the layers allow (README, "How it is built"): its file is in no layer of src/, or in one this file may not import.',
        },
      ],
      "no-restricted-imports": ["error", { patterns: [{ regex: VIS_ENTRY, message: VIS_MESSAGE }] }],
      "no-restricted-syntax": ["error", ...COMPUTED_IMPORTS, VIS_DYNAMIC],
    },
  },
  { files: ["src/app/**"], rules: { "no-restricted-syntax": ["error", VIS_DYNAMIC] } },
  {
    files: TEST_FILES,
    rules: { "no-restricted-syntax": ["error", ...COMPUTED_IMPORTS, VIS_DYNAMIC, ...TEST_EXPORTS] },
  },
  { files: ["src/app/**/*.test.{ts,tsx}"], rules: { "no-restricted-syntax": ["error", VIS_DYNAMIC, ...TEST_EXPORTS] } },
  // Words for readers go through the message catalogue (UNLOCALIZED above). Not in tests, the default
  // dataset (src/data), the compiled catalogues, nor the English words the spreadsheet round trip and the
  // published JSON Schema keep in English on purpose.
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      ...TEST_FILES,
      "src/data/**",
      "src/locales/**",
      "src/test-setup.ts",
      "src/test-render.tsx",
      "src/virtual-modules.d.ts",
      "src/domain/test-dataset.ts",
      "src/domain/provenance-words.ts",
      "src/domain/timelinejs-columns.ts",
      "src/domain/json-schema.ts",
      // English dates written directly, as Intl writes them, for speed (other languages go through Intl)
      "src/domain/format-date.ts",
      // The spreadsheet template's example events: data of the default timeline, English in every language
      // like src/data (the template's guide is in the catalogue, through domain/say.ts).
      "src/domain/template-events.ts",
    ],
    plugins: { lingui },
    rules: { "lingui/no-unlocalized-strings": ["error", UNLOCALIZED] },
  },
  // A file the next engineer can read through: none over 350 lines but the default dataset's own.
  {
    files: ["src/**/*.{ts,tsx}", "e2e/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts", "*.ts"],
    ignores: ["src/data/**"],
    rules: { "max-lines": ["error", { max: 350 }] },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "src/domain has no React." },
            {
              group: ["vis-timeline", "vis-timeline/*", "vis-data", "vis-data/*"],
              message: "src/domain has no DOM widgets.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["*.config.{js,ts}", "e2e/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
  },
);
