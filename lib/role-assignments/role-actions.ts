"use server";

import { actorAction } from "@/lib/actions/actor-action";
import { assertRoleAssigner, grantRole, revokeRole } from "@/lib/role-assignments/role-assignments";
import { grantRoleSchema, revokeRoleSchema } from "@/lib/role-assignments/schemas";

const PAGE = "/city/roles";

/** The HR division's role first, the form's schema, then lib/role-assignments decides (one transaction, audited). */
export const grantRoleAction = actorAction({
  allow: assertRoleAssigner,
  schema: grantRoleSchema,
  handle: grantRole,
  revalidate: [PAGE],
  done: (_, { staffNumber }) => ({ key: "roleGranted", values: { staffNumber } }),
});

export const revokeRoleAction = actorAction({
  allow: assertRoleAssigner,
  target: revokeRoleSchema,
  handle: (actor, { assignmentId }) => revokeRole(actor, assignmentId),
  revalidate: [PAGE],
  done: "roleRevoked",
});
