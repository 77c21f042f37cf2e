import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layering rules of eslint.config.mjs, tried on source that breaks them: a rule that
 * silently stopped matching (a renamed folder, a changed glob) would otherwise pass every lint.
 * Each file is linted under the path it would have in the tree, with the project's own config.
 */
const root = path.resolve(import.meta.dirname, "../..");
// The layering rules need no type information. The type-aware ones would (the project service
// reads the file from disk, and these fixtures exist only here), so they are left out.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/no-misused-promises": "off",
      "@typescript-eslint/no-unsafe-type-assertion": "off",
    },
  },
});

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("imports point down", () => {
  // The first lint loads the TypeScript parser and the whole config: seconds on a busy machine.
  beforeAll(() => eslint.lintText("", { filePath: path.join(root, "lib/warm-up.ts") }), 60_000);

  it("refuses an import from app/ in a component", async () => {
    const found = await restrictedImports(
      "components/plans/layering-fixture.tsx",
      'import { x } from "@/app/(portal)/me/page-helpers";\nexport const y = x;\n',
    );
    expect(found).toEqual([expect.stringContaining("Nothing imports from app/")]);
  });

  it("refuses the database client in a page", async () => {
    const found = await restrictedImports(
      "app/(portal)/me/layering-fixture/page.tsx",
      'import { db } from "@/lib/platform/db/client";\nexport const y = db;\n',
    );
    expect(found).toEqual([expect.stringContaining("through lib/ functions")]);
  });

  it("refuses request state outside lib/platform/auth and lib/platform/i18n, and the UI in lib/", async () => {
    expect(await restrictedImports("lib/year/plans/layering-fixture.ts", 'import { cookies } from "next/headers";\nexport const y = cookies;\n')).toEqual([
      expect.stringContaining("lib/platform/auth and lib/platform/i18n"),
    ]);
    expect(
      await restrictedImports("lib/year/plans/layering-fixture.ts", 'import { Button } from "@/components/ui/button";\nexport const y = Button;\n'),
    ).toEqual([expect.stringContaining("does not import the UI")]);
  });

  it("refuses an import of the launchers anywhere but among the launchers", async () => {
    const source = 'import { serverNodeOptions } from "@/lib/platform/cli/server-heap";\nexport const y = serverNodeOptions;\n';
    for (const file of [
      "lib/year/plans/layering-fixture.ts",
      "components/plans/layering-fixture.tsx",
      "app/(portal)/me/layering-fixture/page.tsx",
      "lib/platform/auth/layering-fixture.ts",
    ]) {
      expect(await restrictedImports(file, source), file).toEqual([expect.stringContaining("nothing imports them")]);
    }
    expect(await restrictedImports("lib/platform/cli/layering-fixture.ts", source)).toEqual([]);
  });

  it("refuses a role test in a page or a component, and lets it ask lib/ for a capability", async () => {
    const page = "app/(portal)/team/layering-fixture/page.tsx";
    expect(await restrictedImports(page, 'import { hasRole } from "@/lib/platform/auth/roles";\nexport const y = hasRole;\n')).toEqual([
      expect.stringContaining("ask lib/ for a capability"),
    ]);
    expect(
      await restrictedImports("components/team/layering-fixture.tsx", 'import { grantsOf } from "@/lib/platform/auth/roles";\nexport const y = grantsOf;\n'),
    ).toEqual([expect.stringContaining("ask lib/ for a capability")]);
    expect(
      await restrictedImports(
        page,
        'import { type Actor } from "@/lib/platform/auth/roles";\nimport { leadsSeveralUnits } from "@/lib/people/team/team-units";\nexport const y = (a: Actor) => leadsSeveralUnits(a);\n',
      ),
    ).toEqual([]);
  });

  it("lets lib/platform/auth read cookies and a page use lib/", async () => {
    expect(await restrictedImports("lib/platform/auth/layering-fixture.ts", 'import { cookies } from "next/headers";\nexport const y = cookies;\n')).toEqual(
      [],
    );
    expect(
      await restrictedImports(
        "app/(portal)/me/layering-fixture/page.tsx",
        'import { requireActor } from "@/lib/platform/auth/actor";\nexport const y = requireActor;\n',
      ),
    ).toEqual([]);
  });
});
