"use server";

import { authedAction } from "@/lib/safe-action";
import { setVisibility, updateAppearance, updateSections } from "./mutations";
import { setVisibilitySchema, updateAppearanceSchema, updateSectionsSchema } from "./schema";

export const setVisibilityAction = authedAction(setVisibilitySchema, (input, { user }) => setVisibility(user.id, input));

export const updateAppearanceAction = authedAction(updateAppearanceSchema, (input, { user }) => updateAppearance(user.id, input));

export const updateSectionsAction = authedAction(updateSectionsSchema, (input, { user }) => updateSections(user.id, input));
