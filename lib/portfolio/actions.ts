"use server";

import { authedAction } from "@/lib/safe-action";
import { updateProfile } from "./mutations";
import { updateProfileSchema } from "./schema";

export const updateProfileAction = authedAction(updateProfileSchema, async (input, { user }) => {
  const portfolio = await updateProfile(user.id, input);
  return { id: portfolio.id, version: portfolio.version, updatedAt: portfolio.updatedAt.toISOString() };
});
