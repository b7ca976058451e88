"use server";

import { authedAction } from "@/lib/safe-action";
import { deleteMedia, updateMediaAlt } from "./mutations";
import { deleteMediaSchema, updateMediaAltSchema } from "./schema";

// Uploads go through POST /api/media (a route handler, for upload progress).

export const updateMediaAltAction = authedAction(updateMediaAltSchema, (input, { user }) => updateMediaAlt(user.id, input));

export const deleteMediaAction = authedAction(deleteMediaSchema, (input, { user }) => deleteMedia(user.id, input.mediaIds));
