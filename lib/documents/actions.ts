"use server";

import { getTranslations } from "next-intl/server";
import { authedAction } from "@/lib/safe-action";
import { deleteDocument, duplicateDocument, reorderDocuments, saveDocument, setDocumentHidden } from "./mutations";
import { itemIdSchema, reorderSchema, setHiddenSchema } from "@/lib/validation";
import { upsertDocumentSchema } from "./schema";

export const saveDocumentAction = authedAction(upsertDocumentSchema, async (input, { user }) => saveDocument(user.id, input));

export const deleteDocumentAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  await deleteDocument(user.id, id);
  return { id };
});

export const duplicateDocumentAction = authedAction(itemIdSchema, async ({ id }, { user }) => {
  const t = await getTranslations("editor.common");
  return duplicateDocument(user.id, id, t("copySuffix"));
});

export const reorderDocumentsAction = authedAction(reorderSchema, async ({ ids }, { user }) => {
  await reorderDocuments(user.id, ids);
  return { ids };
});

export const setDocumentHiddenAction = authedAction(setHiddenSchema, async (input, { user }) => {
  await setDocumentHidden(user.id, input);
  return input;
});
