// The demo account that `npm start` seeds into an empty database: a complete
// portfolio built through the same code paths users go through (media via the
// real upload pipeline). Runs server-side only (scripts/db-seed.ts).
import "server-only";
import sharp from "sharp";
import type { PrismaClient } from "@/lib/db/generated/client";
import { uploadMedia } from "@/lib/media/mutations";
import { createUser } from "./factories";
import { seedDemoCases } from "./demo-cases";
import { demoCampaigns, demoProfile, demoSamples } from "./demo-content";
import { seedDemoPlans } from "./demo-plans";
import { seedLatvianDemoIfMissing } from "./demo-lv";

import { DEMO_LOGIN } from "./demo-login";

export { DEMO_LOGIN };

/** A simple generated picture (gradient and shapes, no text: fonts may be missing). */
async function demoImage(from: string, to: string, seed: number): Promise<Buffer> {
  const circles = [0, 1, 2]
    .map((i) => {
      const x = 200 + ((seed * 131 + i * 257) % 800);
      const y = 200 + ((seed * 71 + i * 191) % 800);
      return `<circle cx="${x}" cy="${y}" r="${120 + i * 60}" fill="white" fill-opacity="${0.12 + i * 0.06}"/>`;
    })
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="1080" height="1080" fill="url(#g)"/>${circles}
    <rect x="120" y="780" width="840" height="160" rx="24" fill="white" fill-opacity="0.85"/>
    <rect x="170" y="830" width="520" height="26" rx="13" fill="${from}"/><rect x="170" y="876" width="340" height="20" rx="10" fill="${to}"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

async function demoAvatar(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800">
    <rect width="800" height="800" fill="#e0e7ff"/>
    <circle cx="400" cy="320" r="150" fill="#4338ca"/><ellipse cx="400" cy="760" rx="300" ry="260" fill="#4338ca"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Seeds the demo account and its portfolio when the database has no users. Returns true when it seeded. */
export async function seedDemoIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.user.count()) > 0) return false;
  await seedDemoPortfolio(prisma, DEMO_LOGIN);
  await seedLatvianDemoIfMissing(prisma);
  return true;
}

/**
 * The demo portfolio under any login (the benchmark seeds several copies).
 * Returns the new account's user and portfolio ids.
 */
export async function seedDemoPortfolio(
  prisma: PrismaClient,
  login: { email: string; handle: string; password: string },
): Promise<{ userId: string; portfolioId: string }> {
  const user = await createUser(prisma, { name: demoProfile.displayName, ...login });

  const avatar = await uploadMedia(user.id, {
    bytes: await demoAvatar(),
    alt: "Illustrated portrait of Alex Rivera",
    purpose: "avatar",
  });
  const portfolio = await prisma.portfolio.update({
    where: { userId: user.id },
    data: { ...demoProfile, avatarId: avatar.id, visibility: "PUBLIC" },
  });

  const campaignIds: string[] = [];
  for (const [position, { metrics, ...campaign }] of demoCampaigns.entries()) {
    const created = await prisma.campaign.create({
      data: { ...campaign, position, portfolioId: portfolio.id, metrics: { create: metrics } },
    });
    campaignIds.push(created.id);
  }

  const sampleIds: string[] = [];
  for (const [position, { images, campaign, ...sample }] of demoSamples.entries()) {
    const created = await prisma.contentSample.create({
      data: { ...sample, position, portfolioId: portfolio.id, campaignId: campaign === undefined ? null : campaignIds[campaign] },
    });
    for (const [index, image] of images.entries()) {
      const media = await uploadMedia(user.id, {
        bytes: await demoImage(image.from, image.to, position * 10 + index),
        alt: image.alt,
        purpose: "sample",
      });
      await prisma.media.update({ where: { id: media.id }, data: { contentSampleId: created.id, position: index } });
    }
    sampleIds.push(created.id);
  }

  const ids = { portfolioId: portfolio.id, userId: user.id, campaignIds, sampleIds };
  await seedDemoPlans(prisma, ids);
  const documents = await prisma.strategyDocument.findMany({ where: { portfolioId: portfolio.id }, orderBy: { position: "asc" }, select: { id: true } });
  await seedDemoCases(prisma, { ...ids, documentIds: documents.map((document) => document.id) });
  return { userId: user.id, portfolioId: portfolio.id };
}
