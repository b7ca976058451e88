"use server";

import { listActions } from "@/lib/list-actions";
import { authedAction } from "@/lib/safe-action";
import {
  deleteCalendar,
  deleteEntry,
  duplicateCalendar,
  importEntries,
  moveEntry,
  reorderCalendars,
  saveCalendar,
  saveEntry,
  setCalendarHidden,
} from "./mutations";
import { itemIdSchema } from "@/lib/validation";
import { importEntriesSchema, moveEntrySchema, upsertCalendarSchema, upsertEntrySchema } from "./schema";

export const saveCalendarAction = authedAction(upsertCalendarSchema, async (input, { user }) => saveCalendar(user.id, input));

const list = listActions({ remove: deleteCalendar, duplicate: duplicateCalendar, reorder: reorderCalendars, setHidden: setCalendarHidden });

export const deleteCalendarAction = list.remove;
export const duplicateCalendarAction = list.duplicate;
export const reorderCalendarsAction = list.reorder;
export const setCalendarHiddenAction = list.setHidden;

export const saveEntryAction = authedAction(upsertEntrySchema, async (input, { user }) => saveEntry(user.id, input));

export const moveEntryAction = authedAction(moveEntrySchema, async (input, { user }) => moveEntry(user.id, input));

export const deleteEntryAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  await deleteEntry(user.id, id);
  return { id };
});

export const importEntriesAction = authedAction(importEntriesSchema, async (input, { user }) => importEntries(user.id, input));
