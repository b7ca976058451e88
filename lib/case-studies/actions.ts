"use server";

import { authedAction } from "@/lib/safe-action";
import { saveCaseStudy } from "./mutations";
import { upsertCaseStudySchema } from "./schema";

export const saveCaseStudyAction = authedAction(upsertCaseStudySchema, async (input, { user }) => saveCaseStudy(user.id, input));
