"use server";

import { authedAction } from "@/lib/safe-action";
import { deleteEntry, importEntries, moveEntry, saveCalendar, saveEntry } from "./mutations";
import { itemIdSchema } from "@/lib/validation";
import { importEntriesSchema, moveEntrySchema, upsertCalendarSchema, upsertEntrySchema } from "./schema";

export const saveCalendarAction = authedAction(upsertCalendarSchema, async (input, { user }) => saveCalendar(user.id, input));

export const saveEntryAction = authedAction(upsertEntrySchema, async (input, { user }) => saveEntry(user.id, input));

export const moveEntryAction = authedAction(moveEntrySchema, async (input, { user }) => moveEntry(user.id, input));

export const deleteEntryAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  await deleteEntry(user.id, id);
  return { id };
});

export const importEntriesAction = authedAction(importEntriesSchema, async (input, { user }) => importEntries(user.id, input));
