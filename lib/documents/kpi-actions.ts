"use server";

import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { authedAction } from "@/lib/safe-action";
import { getOwnKpiCampaign } from "./kpi-data";
import { buildKpiTable } from "./kpi-table";

/** The Markdown of a KPI table with the signed-in owner's own figures (or an empty one). */
export const kpiTableAction = authedAction(z.object({}), async (_input, { user }) => {
  const [campaign, t, tm, locale] = await Promise.all([
    getOwnKpiCampaign(user.id),
    getTranslations("documents.kpiTable"),
    getTranslations("metrics"),
    getLocale(),
  ]);
  const markdown = buildKpiTable(
    campaign,
    {
      kpi: t("kpi"),
      kpiOf: (title) => t("kpiOf", { campaign: title }),
      baseline: t("baseline"),
      target: t("target"),
      result: t("result"),
      kind: (kind) => tm(`kinds.${kind}`),
      figure: (key) => tm(`figures.${key}`),
      emptyRows: [t("emptyRows.engagementRate"), t("emptyRows.followers"), t("emptyRows.reach")],
    },
    locale,
  );
  return { markdown };
});
