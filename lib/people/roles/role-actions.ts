"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { assertRoleAssigner, grantRole, revokeRole } from "@/lib/people/roles/role-assignments";
import { grantRoleSchema, revokeRoleSchema } from "@/lib/people/roles/schemas";

const PAGE = "/city/roles";

/** The HR division's role first, the form's schema, then lib/people/roles decides (one transaction, audited). */
export const grantRoleAction = actorAction({
  wording: { sections: ["roleAdmin"] },
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
