// What a rejected server call threw, for tests that assert on AppError codes and field errors.
import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** The AppError `promise` rejects with; the test fails if it resolves or throws anything else. */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const caught = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(AppError);
  return caught as AppError;
}

/** Asserts that `promise` rejects with an AppError of `code`, and returns it. */
export async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await appErrorOf(promise);
  expect(error.code).toBe(code);
  return error;
}
