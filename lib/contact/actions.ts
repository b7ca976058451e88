"use server";

import { authedAction } from "@/lib/safe-action";
import { deleteMessage, setMessageRead } from "./mutations";
import { messageIdSchema, setMessageReadSchema } from "./schema";

// The visitor's contact form posts to /api/contact (lib/contact/submit.ts), not to a server action.

export const setMessageReadAction = authedAction(setMessageReadSchema, async ({ id, read }, { user }) => {
  await setMessageRead(user.id, id, read);
  return { id, read };
});

export const deleteMessageAction = authedAction(messageIdSchema, async ({ id }, { user }) => {
  await deleteMessage(user.id, id);
  return { id };
});
