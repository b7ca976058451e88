"use server";

import { authedAction } from "@/lib/safe-action";
import { saveSample } from "./mutations";
import { upsertSampleSchema } from "./schema";

export const saveSampleAction = authedAction(upsertSampleSchema, async (input, { user }) => saveSample(user.id, input));
