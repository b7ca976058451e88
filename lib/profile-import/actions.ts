"use server";

import { importRule } from "@/lib/export/limits";
import { enforceRateLimits } from "@/lib/rate-limit";
import { authedAction } from "@/lib/safe-action";
import { saveProfileImport } from "./mutations";
import { saveProfileImportSchema } from "./schema";

/** The confirmed profile import: the ticked entries, validated again with the preview's schemas, saved all or nothing. */
export const saveProfileImportAction = authedAction(saveProfileImportSchema, async (input, { user }) => {
  await enforceRateLimits([`profile-import:user:${user.id}`], importRule);
  return saveProfileImport(user.id, input);
});
