/**
 * The GitHub workflows are for people who fork the explorer; this repository's CI cannot run them. They
 * are checked here instead: against GitHub's workflow schema (action-validator, which GitHub's own
 * schema store feeds), and for the steps a fork relies on.
 */
import { readFileSync } from "node:fs";
import { validateWorkflow } from "@action-validator/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const read = (name: string) => readFileSync(new URL(`../.github/workflows/${name}`, import.meta.url), "utf8");

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

const workflow = (name: string) => parse(read(name)) as Workflow;
const uses = (steps: Step[], action: string) => steps.find((step) => step.uses?.startsWith(`${action}@`));

describe.each(["ci.yml", "pages.yml"])("the workflow %s", (name) => {
  it("is valid against GitHub's workflow schema", () => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });
});

describe("the schema check", () => {
  it("fails a workflow GitHub would refuse", () => {
    const broken = read("ci.yml").replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest");
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });
});

describe("ci.yml", () => {
  const { on, jobs } = workflow("ci.yml");
  const steps = Object.values(jobs)[0]!.steps;

  it("runs on every push and pull request", () => {
    expect(Object.keys(on).sort()).toEqual(["pull_request", "push"]);
  });

  it("installs with npm ci on Node 20, then Playwright's Chromium, then runs npm test", () => {
    expect(uses(steps, "actions/setup-node")?.with?.["node-version"]).toBe(20);
    const runs = steps.map((step) => step.run).filter(Boolean);
    expect(runs).toEqual(["npm ci", "npx playwright install --with-deps chromium", "npm test"]);
  });

  it("uploads the Playwright report when the tests fail", () => {
    const upload = uses(steps, "actions/upload-artifact");
    expect(upload?.if).toBe("failure()");
    expect(String(upload?.with?.path)).toContain("playwright-report");
  });
});

describe("pages.yml", () => {
  const { on, permissions, jobs } = workflow("pages.yml");

  it("publishes main to GitHub Pages: build, upload the dist folder, deploy", () => {
    expect(on.push).toEqual({ branches: ["main"] });
    expect(permissions).toMatchObject({ pages: "write", "id-token": "write" });
    const build = jobs.build!.steps;
    expect(build.map((step) => step.run).filter(Boolean)).toEqual(["npm ci", "npm run build"]);
    expect(uses(build, "actions/upload-pages-artifact")?.with?.path).toBe("dist");
    expect(jobs.deploy!.needs).toBe("build");
    expect(jobs.deploy!.environment?.name).toBe("github-pages");
    expect(uses(jobs.deploy!.steps, "actions/deploy-pages")).toBeDefined();
  });

  it("builds with the school's own default dataset when the repository names one", () => {
    const build = jobs.build!.steps.find((step) => step.run === "npm run build");
    expect(build?.env?.DEFAULT_DATASET).toBe("${{ vars.DEFAULT_DATASET }}");
  });
});
