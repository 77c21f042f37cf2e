import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { findTrainerOptions } from "@/lib/year/ojt/find-trainer-options";
import { seededActor } from "@/tests/support/plan-fixtures";

/**
 * The trainer list of the OJT form for a supervisor over a whole bureau: the people of the
 * trainee's own 課 (a trainer coaches day to day), not the first few hundred of the bureau.
 * Against the seeded organisation: 健康福祉局 → 部 → 障害企画課 → 企画係 (demo-employee).
 */

let chief: Actor;
let trainee: { id: number; sectionPath: string; bureauPath: string };

beforeAll(async () => {
  const assignment = await db.roleAssignment.findFirstOrThrow({
    where: { role: "SUPERVISOR", includeSubunits: true, unit: { name: "健康福祉局", kind: "BUREAU" } },
    select: { employee: { select: { staffNumber: true } }, unit: { select: { path: true } } },
  });
  chief = await seededActor({ staffNumber: assignment.employee.staffNumber });
  const employee = await db.employee.findUniqueOrThrow({
    where: { staffNumber: "demo-employee" },
    select: { id: true, unit: { select: { kind: true, parent: { select: { path: true } } } } },
  });
  expect(employee.unit.kind).toBe("UNIT");
  trainee = { id: employee.id, sectionPath: employee.unit.parent?.path ?? "", bureauPath: assignment.unit?.path ?? "/nowhere/" };
});

describe("trainer options for a bureau-wide supervisor", () => {
  it("offers the trainee's section and the supervisor, never the trainee or other sections", async () => {
    const options = await findTrainerOptions(chief, trainee.id);
    const units = await db.employee.findMany({
      where: { id: { in: options.map((option) => option.id) } },
      select: { id: true, unit: { select: { path: true } } },
    });
    const others = units.filter((row) => row.id !== chief.employeeId);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((row) => row.unit.path.startsWith(trainee.sectionPath))).toBe(true);
    expect(options.map((option) => option.id)).toContain(chief.employeeId);
    expect(options.map((option) => option.id)).not.toContain(trainee.id);
    // The bureau has people elsewhere whom the chief supervises: they are left out on purpose.
    const elsewhere = await db.employee.count({
      where: { active: true, unit: { path: { startsWith: trainee.bureauPath } }, NOT: { unit: { path: { startsWith: trainee.sectionPath } } } },
    });
    expect(elsewhere).toBeGreaterThan(0);
  });

  it("keeps the current trainer on the list when they sit in another section", async () => {
    const outsider = await db.employee.findFirstOrThrow({
      where: {
        active: true,
        unit: { path: { startsWith: trainee.bureauPath } },
        NOT: { unit: { path: { startsWith: trainee.sectionPath } } },
        id: { not: chief.employeeId },
      },
      select: { id: true },
    });
    expect((await findTrainerOptions(chief, trainee.id)).map((option) => option.id)).not.toContain(outsider.id);
    expect((await findTrainerOptions(chief, trainee.id, outsider.id)).map((option) => option.id)).toContain(outsider.id);
  });
});
