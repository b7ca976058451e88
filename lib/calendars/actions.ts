"use server";

import { getTranslations } from "next-intl/server";
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
import { itemIdSchema, reorderSchema, setHiddenSchema } from "@/lib/validation";
import { importEntriesSchema, moveEntrySchema, upsertCalendarSchema, upsertEntrySchema } from "./schema";

export const saveCalendarAction = authedAction(upsertCalendarSchema, async (input, { user }) => saveCalendar(user.id, input));

export const deleteCalendarAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  await deleteCalendar(user.id, id);
  return { id };
});

export const duplicateCalendarAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  const t = await getTranslations("editor.common");
  return duplicateCalendar(user.id, id, t("copySuffix"));
});

export const reorderCalendarsAction = authedAction(reorderSchema, async ({ ids }, { user }) => {
  await reorderCalendars(user.id, ids);
  return { ids };
});

export const setCalendarHiddenAction = authedAction(setHiddenSchema, async (input, { user }) => {
  await setCalendarHidden(user.id, input);
  return input;
});

export const saveEntryAction = authedAction(upsertEntrySchema, async (input, { user }) => saveEntry(user.id, input));

export const moveEntryAction = authedAction(moveEntrySchema, async (input, { user }) => moveEntry(user.id, input));

export const deleteEntryAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  await deleteEntry(user.id, id);
  return { id };
});

export const importEntriesAction = authedAction(importEntriesSchema, async (input, { user }) => importEntries(user.id, input));
