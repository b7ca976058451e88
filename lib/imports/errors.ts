import type { ImportProblemCode } from "./types";

/** A file we cannot read as an export: refused as a whole, with a code the wizard explains. */
export class ImportFileError extends Error {
  readonly code: ImportProblemCode;
  readonly detail?: Record<string, string | number>;

  constructor(code: ImportProblemCode, detail?: Record<string, string | number>) {
    super(code);
    this.name = "ImportFileError";
    this.code = code;
    this.detail = detail;
  }
}
