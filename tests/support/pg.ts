// One statement on a connection of its own, for tests that reach a database other than the app's client does
// (a throwaway database, a second instance, the admin connection).
import pg from "pg";

/** Runs `sql` on a fresh connection to `url`, closes it, and returns the rows. */
export async function queryOnce(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}
