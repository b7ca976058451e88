// Validates against the published JSON Resume schema (npm @jsonresume/schema, its own validator).
import { createRequire } from "node:module";

type Validate = (resume: unknown, callback: (errors: { stack: string }[] | null, valid: boolean) => void) => void;
const { validate } = createRequire(import.meta.url)("@jsonresume/schema") as { validate: Validate };

/** The schema's errors ("instance.work[0].startDate does not match pattern ..."), none when valid. */
export function jsonResumeErrors(resume: unknown): Promise<string[]> {
  return new Promise((resolve) => validate(resume, (errors) => resolve((errors ?? []).map((error) => error.stack))));
}
