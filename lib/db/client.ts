import "server-only";
import type { PrismaClient } from "./generated/client";
import { createPrismaClient } from "./connect";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The app's one Prisma client, created on first use. */
export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = env().DATABASE_URL;
    // Without this check pg silently falls back to localhost:5432, which may be someone else's database.
    if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start` or `npm run dev`, or set DATABASE_URL.");
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}
