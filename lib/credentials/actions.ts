"use server";

import { authedAction } from "@/lib/safe-action";
import { deleteCredential, reorderCredentials, saveCertification, saveEducation, saveExperience, saveSkill, setCredentialHidden } from "./mutations";
import {
  credentialRefSchema,
  reorderCredentialsSchema,
  setCredentialHiddenSchema,
  upsertCertificationSchema,
  upsertEducationSchema,
  upsertExperienceSchema,
  upsertSkillSchema,
} from "./schema";

export const saveCertificationAction = authedAction(upsertCertificationSchema, async (input, { user }) => saveCertification(user.id, input));
export const saveExperienceAction = authedAction(upsertExperienceSchema, async (input, { user }) => saveExperience(user.id, input));
export const saveSkillAction = authedAction(upsertSkillSchema, async (input, { user }) => saveSkill(user.id, input));
export const saveEducationAction = authedAction(upsertEducationSchema, async (input, { user }) => saveEducation(user.id, input));

export const deleteCredentialAction = authedAction(credentialRefSchema, async ({ kind, id }, { user }) => {
  await deleteCredential(user.id, kind, id);
  return { id };
});

export const reorderCredentialsAction = authedAction(reorderCredentialsSchema, async ({ kind, ids }, { user }) => {
  await reorderCredentials(user.id, kind, ids);
  return { ids };
});

export const setCredentialHiddenAction = authedAction(setCredentialHiddenSchema, async ({ kind, id, hidden }, { user }) => {
  await setCredentialHidden(user.id, { kind, id, hidden });
  return { id, hidden };
});
