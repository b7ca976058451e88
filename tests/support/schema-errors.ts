import type { z } from "zod";

/** A schema's verdict on `input` as { "path.to.field": message }, the shape forms show; {} when the input is valid. */
export function messagesByPath(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}
