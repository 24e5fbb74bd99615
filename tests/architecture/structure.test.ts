import path from "node:path";
import { describe, expect, it } from "vitest";
import { cruise, type ICruiseResult } from "dependency-cruiser";

// The dependency rules of .dependency-cruiser.cjs bite: the real tree has no violation, and a tree
// with planted wrong-way imports (./planted) is refused on each rule it breaks.
const ROOT = path.resolve(__dirname, "../..");
const rules = require(path.join(ROOT, ".dependency-cruiser.cjs"));

async function violations(baseDir: string, entries: string[]): Promise<string[]> {
  const { output } = await cruise(entries, { ...rules.options, ruleSet: { forbidden: rules.forbidden }, baseDir, validate: true, tsConfig: undefined });
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe("the one-way structure", () => {
  it("refuses planted wrong-way imports, naming the rule each breaks", async () => {
    const found = await violations(path.join(__dirname, "planted"), ["lib", "components"]);
    expect(found).toEqual(
      expect.arrayContaining([
        "pipeline-knows-capabilities-not-vendors: lib/pipeline/pipeline.ts → lib/sources/vendor.ts",
        "sources-know-nothing-of-the-pipeline: lib/sources/vendor.ts → lib/pipeline/pipeline.ts",
        "domain-imports-only-domain: lib/domain/types.ts → lib/sources/vendor.ts",
        "the-browser-never-imports-server-code: components/card.ts → lib/sources/vendor.ts",
        expect.stringMatching(/^no-circular: lib\/(pipeline|sources)\//),
      ]),
    );
  }, 60_000);
});
