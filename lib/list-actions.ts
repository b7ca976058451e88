"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { deleteCalendar, duplicateCalendar, reorderCalendars, setCalendarHidden } from "@/lib/calendars/mutations";
import { deleteCampaign, duplicateCampaign, reorderCampaigns, setCampaignHidden } from "@/lib/campaigns/mutations";
import { deleteCaseStudy, duplicateCaseStudy, reorderCaseStudies, setCaseStudyHidden } from "@/lib/case-studies/mutations";
import { deleteDocument, duplicateDocument, reorderDocuments, setDocumentHidden } from "@/lib/documents/mutations";
import { authedAction } from "@/lib/safe-action";
import { deleteSample, duplicateSample, reorderSamples, setSampleHidden } from "@/lib/samples/mutations";
import { itemIdSchema, reorderSchema, setHiddenSchema } from "@/lib/validation";

// The four list actions every editor room offers (delete, duplicate, reorder, show/hide), once for all rooms: the
// list names its room and the table below picks that room's owner-scoped mutations, so inputs and results stay the
// same everywhere. (A "use server" file exports only async functions: the table and the room names stay inside.)

const rooms = {
  calendars: { remove: deleteCalendar, duplicate: duplicateCalendar, reorder: reorderCalendars, setHidden: setCalendarHidden },
  campaigns: { remove: deleteCampaign, duplicate: duplicateCampaign, reorder: reorderCampaigns, setHidden: setCampaignHidden },
  caseStudies: { remove: deleteCaseStudy, duplicate: duplicateCaseStudy, reorder: reorderCaseStudies, setHidden: setCaseStudyHidden },
  documents: { remove: deleteDocument, duplicate: duplicateDocument, reorder: reorderDocuments, setHidden: setDocumentHidden },
  samples: { remove: deleteSample, duplicate: duplicateSample, reorder: reorderSamples, setHidden: setSampleHidden },
};

/** An editor room with a list: calendars, campaigns, case studies, documents, samples. */
export type ListRoom = keyof typeof rooms;

const room = { room: z.enum(Object.keys(rooms) as [ListRoom, ...ListRoom[]]) };

export const deleteItemAction = authedAction(itemIdSchema.extend(room), async ({ room, id }, { user }) => {
  await rooms[room].remove(user.id, id);
  return { id };
});

export const duplicateItemAction = authedAction(itemIdSchema.extend(room), async ({ room, id }, { user }) => {
  const t = await getTranslations("editor.common");
  return rooms[room].duplicate(user.id, id, t("copySuffix"));
});

export const reorderItemsAction = authedAction(reorderSchema.extend(room), async ({ room, ids }, { user }) => {
  await rooms[room].reorder(user.id, ids);
  return { ids };
});

export const setItemHiddenAction = authedAction(setHiddenSchema.extend(room), async ({ room, ...input }, { user }) => {
  await rooms[room].setHidden(user.id, input);
  return input;
});
