"use server";

import { headers } from "next/headers";
import { authedAction, publicAction } from "@/lib/safe-action";
import { clientIp } from "./client-ip";
import { changeEmail, changeHandle, changePassword, deleteAccount, signOutEverywhere, signUp, updateName } from "./mutations";
import {
  changeEmailSchema,
  changeHandleSchema,
  changePasswordSchema,
  deleteAccountSchema,
  signOutEverywhereSchema,
  signUpSchema,
  updateNameSchema,
} from "./schema";
import { clearSessionCookie, reissueSession } from "./session-cookie";
import { adoptVisitorLocale } from "@/lib/i18n/visitor-locale";

/** Creates the account; the form then signs in with the same credentials. */
export const signUpAction = publicAction(signUpSchema, async (input) => {
  const created = await signUp(input, { ip: clientIp(await headers()) });
  await adoptVisitorLocale(created.id); // the language they signed up in stays theirs
  return { email: created.email };
});

export const updateNameAction = authedAction(updateNameSchema, (input, { user }) => updateName(user.id, input));

export const changeEmailAction = authedAction(changeEmailSchema, (input, { user }) => changeEmail(user.id, input));

export const changeHandleAction = authedAction(changeHandleSchema, (input, { user }) => changeHandle(user.id, input));

/** Ends every other session and keeps this one by re-issuing its cookie. */
export const changePasswordAction = authedAction(changePasswordSchema, async (input, { user }) => {
  const { sessionVersion } = await changePassword(user.id, input);
  await reissueSession({ ...user, sessionVersion });
  return { changed: true };
});

export const deleteAccountAction = authedAction(deleteAccountSchema, async (input, { user }) => {
  await deleteAccount(user.id, input);
  return { deleted: true };
});

/** Ends every session of the account, this one included; the page then goes to /login. */
export const signOutEverywhereAction = authedAction(signOutEverywhereSchema, async (_input, { user }) => {
  await signOutEverywhere(user.id);
  await clearSessionCookie();
  return { signedOut: true };
});
