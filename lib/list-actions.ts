import "server-only";
import { getTranslations } from "next-intl/server";
import { authedAction } from "@/lib/safe-action";
import { itemIdSchema, reorderSchema, setHiddenSchema, type SetHidden } from "@/lib/validation";

/** A list room's owner-scoped mutations, as every room's mutations.ts declares them. */
type ListMutations = {
  remove: (userId: string, id: string) => Promise<void>;
  duplicate: (userId: string, id: string, copySuffix: string) => Promise<{ id: string }>;
  reorder: (userId: string, ids: string[]) => Promise<void>;
  setHidden: (userId: string, input: SetHidden) => Promise<void>;
};

/**
 * The four list actions every editor room offers (delete, duplicate, reorder, show/hide), built once from the
 * room's mutations so that their inputs and results stay the same in every room. A room's actions.ts re-exports
 * each under its own name (a "use server" file may export only async functions).
 */
export function listActions(room: ListMutations) {
  return {
    remove: authedAction(itemIdSchema, async ({ id }, { user }) => {
      await room.remove(user.id, id);
      return { id };
    }),
    duplicate: authedAction(itemIdSchema, async ({ id }, { user }) => {
      const t = await getTranslations("editor.common");
      return room.duplicate(user.id, id, t("copySuffix"));
    }),
    reorder: authedAction(reorderSchema, async ({ ids }, { user }) => {
      await room.reorder(user.id, ids);
      return { ids };
    }),
    setHidden: authedAction(setHiddenSchema, async (input, { user }) => {
      await room.setHidden(user.id, input);
      return input;
    }),
  };
}
