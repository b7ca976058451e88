import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type Failure = { fieldErrors?: Record<string, string[] | undefined> };

/**
 * Puts a server action's field errors beside their fields. Keys are paths as
 * zod reports them ("metrics.0.value"); "_form" goes to the form's root.
 * With `fields`, only those take errors and the first one is focused.
 * Returns whether any error was placed.
 */
export function applyServerErrors<T extends FieldValues>(result: Failure, setError: UseFormSetError<T>, fields?: readonly Path<T>[]): boolean {
  let placed = false;
  if (fields) {
    for (const field of fields) {
      const message = result.fieldErrors?.[field]?.[0];
      if (!message) continue;
      setError(field, { type: "server", message }, { shouldFocus: !placed });
      placed = true;
    }
    return placed;
  }
  for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    setError((path === "_form" ? "root" : path) as Path<T>, { type: "server", message });
    placed = true;
  }
  return placed;
}
