"use server";

import { authedAction } from "@/lib/safe-action";
import { updateFeatured } from "./mutations";
import { updateFeaturedSchema } from "./schema";

export const updateFeaturedAction = authedAction(updateFeaturedSchema, (input, { user }) => updateFeatured(user.id, input));
