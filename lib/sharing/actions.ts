"use server";

import { authedAction } from "@/lib/safe-action";
import { createShareLink, markNotificationsRead, revokeShareLink, updateShareLink } from "./mutations";
import { createShareLinkSchema, notificationIdsSchema, shareLinkIdSchema, updateShareLinkSchema } from "./schema";
import { requestOrigin } from "@/lib/site";
import { sharePath } from "./status";

export const createShareLinkAction = authedAction(createShareLinkSchema, async (input, { user }) => {
  const link = await createShareLink(user.id, input);
  const path = sharePath(link.token);
  return { id: link.id, path, url: `${await requestOrigin()}${path}` };
});

export const updateShareLinkAction = authedAction(updateShareLinkSchema, async (input, { user }) => {
  await updateShareLink(user.id, input);
  return { id: input.id };
});

export const revokeShareLinkAction = authedAction(shareLinkIdSchema, async ({ id }, { user }) => {
  await revokeShareLink(user.id, id);
  return { id };
});

export const markNotificationsReadAction = authedAction(notificationIdsSchema, async ({ ids }, { user }) => {
  await markNotificationsRead(user.id, ids);
  return { ids };
});
