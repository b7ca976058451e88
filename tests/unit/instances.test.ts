import { describe, expect, it } from "vitest";
import { instanceCount, multiInstanceProblem } from "@/lib/instances";

const shared = { S3_BUCKET: "uploads", DATABASE_URL: "postgresql://db/postfolio", REDIS_URL: "redis://cache:6379" };

describe("running as one of several instances", () => {
  it("asks nothing of a single instance (npm start's default)", () => {
    expect(instanceCount({})).toBe(1);
    expect(multiInstanceProblem({})).toBeNull();
    expect(multiInstanceProblem({ POSTFOLIO_INSTANCES: "1" })).toBeNull();
    expect(multiInstanceProblem({ POSTFOLIO_INSTANCES: " " })).toBeNull();
  });

  it("refuses local disk storage, an embedded database and a per-instance cache, one line each", () => {
    expect(multiInstanceProblem({ POSTFOLIO_INSTANCES: "2", DATABASE_URL: shared.DATABASE_URL, REDIS_URL: shared.REDIS_URL })).toMatch(
      /^POSTFOLIO_INSTANCES=2 needs S3_BUCKET .*local disk/,
    );
    expect(multiInstanceProblem({ POSTFOLIO_INSTANCES: "3", S3_BUCKET: "uploads", REDIS_URL: shared.REDIS_URL })).toMatch(/needs DATABASE_URL/);
    expect(multiInstanceProblem({ POSTFOLIO_INSTANCES: "2", S3_BUCKET: "uploads", DATABASE_URL: shared.DATABASE_URL })).toMatch(/needs REDIS_URL/);
    for (const problem of [multiInstanceProblem({ POSTFOLIO_INSTANCES: "2" })]) expect(problem).not.toContain("\n");
  });

  it("accepts several instances on shared services", () => {
    expect(multiInstanceProblem({ POSTFOLIO_INSTANCES: "2", ...shared })).toBeNull();
  });

  it("names a malformed count", () => {
    for (const value of ["0", "two", "1.5", "-2"]) expect(multiInstanceProblem({ POSTFOLIO_INSTANCES: value })).toMatch(/whole number/);
  });
});
