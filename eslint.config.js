import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { readdirSync } from "node:fs";

// Imports flow one way: app → features → ui, hooks, platform → domain; data sits beside domain. The rule
// resolves every import to its file, so "../x", "../../features/x" and any other spelling of a path to
// another layer are all caught.
const FEATURES = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const LAYERS = ["app", "features", "ui", "hooks", "platform", "data", "domain"];
const only = (layer, allowed, message) =>
  LAYERS.filter((other) => other !== layer && !allowed.includes(other)).map((other) => ({
    target: `./src/${layer}`,
    from: `./src/${other}`,
    message,
  }));
const LAYER_ZONES = [
  ...only("domain", [], "src/domain is plain TypeScript: it imports nothing but src/domain."),
  ...only("data", ["domain"], "src/data imports only src/domain."),
  ...only("platform", ["domain"], "src/platform (browser adapters) imports only src/domain."),
  ...only("hooks", ["domain", "platform"], "src/hooks import only src/domain and src/platform."),
  ...only(
    "ui",
    ["domain", "hooks", "platform"],
    "src/ui is shared by features: it imports no feature, no app code and no data.",
  ),
  { target: "./src/features", from: "./src/app", message: "Features do not import the app: src/app composes them." },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "Features do not import each other: compose them in src/app, or move what both need to src/ui.",
  })),
];

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
  // Set aside for these files alone: a key handler on a list (arrow keys between the cards' buttons, on top
  // of Tab) and a click on a dialog's backdrop (a pointer shortcut for its Close button). The controls inside
  // stay the keyboard's way.
  {
    files: ["src/features/cards/card-list.tsx", "src/features/cards/virtual-rows.tsx", "src/ui/dialog.tsx"],
    rules: { "jsx-a11y/no-noninteractive-element-interactions": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver()] },
    rules: { "import-x/no-restricted-paths": ["error", { zones: LAYER_ZONES }] },
  },
  // A file the next engineer can read through: none over 350 lines but the default dataset's own.
  {
    files: ["src/**/*.{ts,tsx}", "e2e/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts", "*.ts"],
    ignores: ["src/data/**"],
    rules: { "max-lines": ["error", { max: 350 }] },
  },
  // Tests may reach across layers to build what they test (a domain test reads the default dataset).
  {
    files: ["src/**/*.test.{ts,tsx}", "src/test-setup.ts"],
    rules: { "import-x/no-restricted-paths": "off" },
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
