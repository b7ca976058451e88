// Typed error codes for everything a user can run into; lib/i18n maps each code
// to text (messages: errors.<CODE>).
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INVALID_CREDENTIALS"
  | "INTERNAL"
  /** A request body over the server-action limit (lib/body-limit.ts); refused before any of our code runs. */
  | "TOO_LARGE"
  /** A save over an item that changed since the form loaded it (lib/db/versioned-save.ts). */
  | "STALE";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, options: { message?: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number } = {}) {
    super(options.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** The one way owned data that is missing or not the caller's is reported. */
export function notFound(): AppError {
  return new AppError("NOT_FOUND");
}
