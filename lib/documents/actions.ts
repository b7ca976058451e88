"use server";

import { authedAction } from "@/lib/safe-action";
import { saveDocument } from "./mutations";
import { upsertDocumentSchema } from "./schema";

export const saveDocumentAction = authedAction(upsertDocumentSchema, async (input, { user }) => saveDocument(user.id, input));
