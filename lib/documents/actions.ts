"use server";

import { listActions } from "@/lib/list-actions";
import { authedAction } from "@/lib/safe-action";
import { deleteDocument, duplicateDocument, reorderDocuments, saveDocument, setDocumentHidden } from "./mutations";
import { upsertDocumentSchema } from "./schema";

export const saveDocumentAction = authedAction(upsertDocumentSchema, async (input, { user }) => saveDocument(user.id, input));

const list = listActions({ remove: deleteDocument, duplicate: duplicateDocument, reorder: reorderDocuments, setHidden: setDocumentHidden });

export const deleteDocumentAction = list.remove;
export const duplicateDocumentAction = list.duplicate;
export const reorderDocumentsAction = list.reorder;
export const setDocumentHiddenAction = list.setHidden;
