import { z } from "zod";
import { checkbox, id, optionalIsoDate, optionalText, whenValid } from "@/lib/platform/validation/fields";

/** The roles HR grants and revokes; EMPLOYEE is everyone's and never stored. */
export const GRANTABLE_ROLES = ["SUPERVISOR", "BUREAU_COORDINATOR", "HR_DIVISION", "HEADQUARTERS"] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** Held over a unit (and optionally its sub-units); the others are city-wide. */
export const UNIT_SCOPED_ROLES: readonly GrantableRole[] = ["SUPERVISOR", "BUREAU_COORDINATOR"];
export const isUnitScoped = (role: GrantableRole) => UNIT_SCOPED_ROLES.includes(role);

const role = z.enum(GRANTABLE_ROLES, { error: "validation.invalid" });
const staffNumber = z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(40, { error: "validation.tooLong" });

/**
 * The grant form. Keys outside the shared `validation` section (unitForbidden, unknownStaff…)
 * live in `roleAdmin.validation`. validFrom defaults to today in Tokyo, set by grantRole.
 */
export const grantRoleSchema = z
  .object({
    staffNumber,
    role,
    unitCode: optionalText(40),
    includeSubunits: checkbox.optional(),
    validFrom: optionalIsoDate,
    validTo: optionalIsoDate,
  })
  .superRefine(
    (value, ctx) => {
      if (isUnitScoped(value.role) && value.unitCode === "") ctx.addIssue({ code: "custom", path: ["unitCode"], message: "validation.required" });
      if (!isUnitScoped(value.role) && value.unitCode !== "") ctx.addIssue({ code: "custom", path: ["unitCode"], message: "validation.unitForbidden" });
      if (value.validFrom && value.validTo && value.validTo < value.validFrom)
        ctx.addIssue({ code: "custom", path: ["validTo"], message: "validation.endBeforeStart" });
    },
    whenValid(z.object({ role, unitCode: optionalText(40), validFrom: optionalIsoDate, validTo: optionalIsoDate })),
  );

export type GrantRoleInput = z.input<typeof grantRoleSchema>;

export const revokeRoleSchema = z.object({ assignmentId: id });

/**
 * Rows per page of the list: a city holds ~1,700 grants, one page of them all ran to 3.5 MB.
 * Each row carries its own revoke form (about 1.7 KB of HTML and payload): 50 made the page
 * 158 KB against the 150 KB budget; the filters find a grant faster than paging does.
 */
export const ROLE_PAGE_SIZE = 30;

const optionalQuery = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined), z.string().max(max).optional()).catch(undefined);

/**
 * The list's filters, from the query string: anything unknown is simply no filter. `person`
 * matches a staff number exactly or a part of a name or its kana; `unit` a unit's code exactly
 * or a part of its name; `bureau` a 局・区 by id, with every unit inside it.
 */
export const roleFilterSchema = z.object({
  role: z.preprocess((value) => (value === "" ? undefined : value), role.optional()).catch(undefined),
  unitId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()).catch(undefined),
  /** a 局 or 区: grants over any unit inside it */
  bureau: z.preprocess((value) => (value === "" ? undefined : value), id.optional()).catch(undefined),
  staffNumber: z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined), staffNumber.optional()).catch(undefined),
  person: optionalQuery(100),
  unit: optionalQuery(100),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type RoleFilter = z.input<typeof roleFilterSchema>;
