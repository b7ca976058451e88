/**
 * Which text an error key from a schema gets: the first of the rooms' own
 * `<namespace>.validation` messages that has it (a key may carry its room as a
 * prefix, "sharing.pickSection"); otherwise the key itself, which Field looks
 * up in the common `validation` namespace. Pure, so it is tested without React.
 */
export function errorTextKey(namespaces: readonly string[], message: string, has: (key: string) => boolean): string | undefined {
  for (const namespace of namespaces) {
    const key = message.startsWith(`${namespace}.`) ? message.slice(namespace.length + 1) : message;
    if (has(`${namespace}.validation.${key}`)) return `${namespace}.validation.${key}`;
  }
  return undefined;
}

/** The `errors.<CODE>` key for a failed action, and its values (RATE_LIMITED says in how many minutes). */
export function failureTextKey(
  failure: { code: string; retryAfterSeconds?: number },
  has: (code: string) => boolean,
): { key: string; values?: { minutes: number } } {
  if (failure.code === "RATE_LIMITED") {
    return { key: "RATE_LIMITED", values: { minutes: Math.max(1, Math.ceil((failure.retryAfterSeconds ?? 60) / 60)) } };
  }
  return { key: has(failure.code) ? failure.code : "INTERNAL" };
}
