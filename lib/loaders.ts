import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

// Shared by the rooms' loaders (lib/<domain>/loaders.ts): the set-up a route
// needs between "who is signed in" and "render", so app/ files only route.

/**
 * A read's NOT_FOUND becomes Next's 404 page (the same page for "missing" and
 * "someone else's"); any other error is rethrown.
 */
export async function orNotFoundPage<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
