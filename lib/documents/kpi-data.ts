import "server-only";
import { db } from "@/lib/db/client";
import type { KpiCampaign } from "./kpi-table";

/**
 * The owner's first campaign (in their order) that has results, for "Insert KPI table";
 * null when they have none. Only ever the acting user's own campaigns.
 */
export async function getOwnKpiCampaign(userId: string): Promise<KpiCampaign | null> {
  const campaign = await db().campaign.findFirst({
    where: { portfolio: { userId }, metrics: { some: {} } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      title: true,
      currency: true,
      budget: true,
      metrics: { orderBy: { position: "asc" }, select: { kind: true, customName: true, value: true, baseline: true } },
    },
  });
  return campaign;
}
