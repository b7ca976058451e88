// Running as one of several app instances behind a load balancer (README
// "Deploy"): whatever one instance keeps to itself, the others cannot see.
// Pure, so `npm start` can check before it starts anything.

type Source = Record<string, string | undefined>;

const present = (value: string | undefined) => Boolean(value && value.trim() !== "");

/** How many instances the deployment says it runs (POSTFOLIO_INSTANCES, default 1). */
export function instanceCount(source: Source): number {
  const count = Number(source.POSTFOLIO_INSTANCES?.trim() || "1");
  return Number.isInteger(count) && count >= 1 ? count : Number.NaN;
}

/**
 * Why this environment cannot run as one of several instances, in one line,
 * or null when it can (or runs alone). Local disk storage, an embedded
 * database and a per-instance cache would each make instances disagree.
 */
export function multiInstanceProblem(source: Source): string | null {
  const count = instanceCount(source);
  if (Number.isNaN(count)) return "POSTFOLIO_INSTANCES must be a whole number of at least 1.";
  if (count === 1) return null;
  const running = `POSTFOLIO_INSTANCES=${count}`;
  if (!present(source.S3_BUCKET)) {
    return `${running} needs S3_BUCKET (S3-compatible storage): uploads on local disk would exist on one instance only.`;
  }
  if (!present(source.DATABASE_URL)) {
    return `${running} needs DATABASE_URL (one shared PostgreSQL): each instance would otherwise start its own embedded database.`;
  }
  if (!present(source.REDIS_URL)) {
    return `${running} needs REDIS_URL (a shared cache): with each instance's own cache, a change shows on one instance only.`;
  }
  return null;
}
