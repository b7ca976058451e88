import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/**
 * How long an interactive transaction may wait for a connection and run.
 * Prisma's defaults (2 s, 5 s) rolled back correct saves with P2028 when the
 * server was busy (`npm run soak`, 200 readers): the time goes to the event
 * loop between the transaction's queries, not to the database. A save is a
 * handful of owner-scoped rows, so a longer bound holds no wide locks.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

/** A Prisma client over the pg driver adapter (no native engine needed). */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions: TRANSACTION_OPTIONS });
}
