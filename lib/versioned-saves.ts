import { z } from "zod";

// Shared by every editor form that saves one item and by its server action (#19).

/**
 * `baseVersion`: the item's version the form loaded (edits); the save applies
 * only over that version, so an older tab cannot overwrite a newer save.
 * `saveId`: one press of Save (a uuid the form makes); a retry of the same
 * press sends it again and is answered once, never stored twice.
 * Both optional so imports and scripts that save without a form still work:
 * without `baseVersion` the version read at the start of the save is used.
 */
export const saveFields = {
  baseVersion: z.number().int().min(0).optional(),
  saveId: z.uuid().optional(),
};

/** What a save answers with: the item's id and its new version, for the form to reset to. */
export type SavedItem = { id: string; version: number };
