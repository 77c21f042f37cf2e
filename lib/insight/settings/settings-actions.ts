"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { countVerifiedOnlySchema, setCountVerifiedOnly } from "@/lib/insight/settings/set-count-verified-only";
import { assertSettingsEditor } from "@/lib/insight/settings/settings-access";

const PAGE = "/city/settings";

/** Saves "dashboards count only confirmed records"; a colleague's change in between is a conflict. */
export const saveCountVerifiedOnlyAction = actorAction({
  allow: assertSettingsEditor,
  schema: countVerifiedOnlySchema,
  handle: setCountVerifiedOnly,
  revalidate: [PAGE],
  done: (_, { countVerifiedOnly }) => ({ key: countVerifiedOnly ? "countVerifiedOnlyOn" : "countVerifiedOnlyOff" }),
});
