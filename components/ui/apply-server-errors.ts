import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type Failure = { fieldErrors?: Record<string, string[] | undefined> };

/**
 * Puts a server action's field errors beside their fields. Keys are paths as
 * zod reports them ("metrics.0.value"); "_form" goes to the form's root.
 */
export function applyServerErrors<T extends FieldValues>(result: Failure, setError: UseFormSetError<T>): void {
  for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    setError((path === "_form" ? "root" : path) as Path<T>, { type: "server", message });
  }
}
