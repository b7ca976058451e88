// A save whose transaction waits longer than Prisma's default 5 s (a server
// busy with 200 readers, issue #13 §6: P2028 "transaction expired" rolled
// back correct saves) must still commit. Here the wait is a row lock held by
// another connection for 6 s; on a busy server it is the event loop.
import pg from "pg";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { getCampaign } from "@/lib/campaigns/data";
import { saveCampaign } from "@/lib/campaigns/mutations";
import { upsertCampaignSchema } from "@/lib/campaigns/schema";
import { createUser } from "@/lib/seed/factories";
import { campaignForm, metricForm } from "@/tests/support/forms";

describe("interactive transactions on a busy server", () => {
  it("commits a campaign save that waited 6 s inside its transaction", async () => {
    const user = await createUser(db());
    await db().portfolio.update({ where: { userId: user.id }, data: { displayName: user.name } });
    const input = (title: string, id?: string) =>
      upsertCampaignSchema.parse(
        campaignForm({
          id,
          title,
          metrics: [metricForm()],
        }),
      );
    const { id } = await saveCampaign(user.id, input("Before"));

    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query(`SELECT id FROM "Campaign" WHERE id = $1 FOR UPDATE`, [id]);
      const save = saveCampaign(user.id, input("After the wait", id));
      await new Promise((resolve) => setTimeout(resolve, 6000));
      await locker.query("COMMIT");
      await expect(save).resolves.toEqual({ id, version: 2 });
    } finally {
      await locker.end();
    }
    expect((await getCampaign(user.id, id)).title).toBe("After the wait");
  }, 30_000);
});
