import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/ is read by area (issue 18): the README's layout names every area and every folder in
// it, so a newcomer can find a concept from the README and a new folder cannot go unexplained.
const ROOT = path.resolve(import.meta.dirname, "../..");
const AREAS = ["policy", "people", "year", "records", "insight", "messaging", "platform"];

function layoutSection(): string {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("\n## Layout");
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end);
}

function folders(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

describe("lib/ layout", () => {
  it("holds the seven areas and the generated client, nothing else", () => {
    expect(
      folders("lib")
        .filter((name) => name !== "generated")
        .sort(),
    ).toEqual([...AREAS].sort());
    const strays = fs.readdirSync(path.join(ROOT, "lib"), { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(strays.map((entry) => entry.name)).toEqual([]);
  });

  it("has every area and every folder of an area named in the README's layout", () => {
    const layout = layoutSection();
    const unnamed = AREAS.flatMap((area) =>
      [`${area}/`, ...folders(`lib/${area}`).map((name) => `${name}/`)].filter((name) => !layout.includes(`\`${name}\``)).map((name) => `${area}: ${name}`),
    );
    expect(unnamed).toEqual([]);
  });
});
