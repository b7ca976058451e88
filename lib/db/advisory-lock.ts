// PostgreSQL advisory locks for work that must run once when several app
// instances start together (migrations, start-up housekeeping). Node-only:
// scripts and tests. A session lock on its own connection, so it is released
// when the work ends or when the process dies (the connection closes).
import pg from "pg";

/** Lock keys (any 64-bit number; these spell "pfmig", "pfsed" and "pfhkp", easy to spot in pg_locks). */
export const LOCK_KEYS = {
  migrations: 0x70666d6967,
  seed: 0x7066736564,
  housekeeping: 0x70666b6870,
} as const;

export type LockOutcome<T> = { ran: true; result: T } | { ran: false };

/**
 * Runs `work` while holding the advisory lock `key` in the database at `url`.
 * `wait: true` queues behind another holder (migrations: the second instance
 * waits, then finds nothing to do); `wait: false` skips the work when another
 * session holds the lock (housekeeping that another instance is doing now).
 */
export async function withAdvisoryLock<T>(url: string, key: number, work: () => Promise<T>, options: { wait: boolean }): Promise<LockOutcome<T>> {
  const client = new pg.Client({ connectionString: url, application_name: "postfolio-lock" });
  await client.connect();
  try {
    if (options.wait) {
      await client.query("SELECT pg_advisory_lock($1)", [key]);
    } else {
      const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [key]);
      if (!rows[0]?.locked) return { ran: false };
    }
    try {
      return { ran: true, result: await work() };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
