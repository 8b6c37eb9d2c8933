import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-single",
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
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Imports flow one way: app → features → domain/data. Domain code is plain TypeScript.
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
            { group: ["**/features/**", "**/app/**"], message: "src/domain does not import views." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/features/*/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            // Feature folders are flat: "../x" from a feature is another feature.
            { regex: "^\\.\\./(?!\\.\\./)", message: "Features do not import each other; compose them in src/app." },
            { regex: "^\\.\\./\\.\\./app/", message: "Features do not import the app." },
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
