// portfolio.json written piece by piece: the same bytes as `JSON.stringify(document, null, 2)`, but
// one item at a time, so a large account's document never exists as one string. (A 5,000-sample,
// 3,000-series export is a 30 MB string, twice that in memory once one caption holds an emoji.)

/** `JSON.stringify(value, null, 2)` of a top-level object, with a final newline, as chunks of about one array item each. */
export function* prettyJsonChunks(value: Record<string, unknown>): Generator<string> {
  const entries = Object.entries(value).filter(([, inner]) => inner !== undefined && typeof inner !== "function");
  if (entries.length === 0) {
    yield "{}\n";
    return;
  }
  yield "{\n";
  for (const [index, [key, inner]] of entries.entries()) {
    const prefix = `  ${JSON.stringify(key)}: `;
    const tail = index < entries.length - 1 ? ",\n" : "\n";
    if (Array.isArray(inner) && inner.length > 0) {
      yield `${prefix}[\n`;
      for (const [position, item] of inner.entries()) {
        // Inside a string JSON escapes every newline, so each "\n" here is between tokens: indent it.
        const text = JSON.stringify(item, null, 2) ?? "null";
        yield `    ${text.replaceAll("\n", "\n    ")}${position < inner.length - 1 ? ",\n" : "\n"}`;
      }
      yield `  ]${tail}`;
    } else {
      yield `${prefix}${JSON.stringify(inner, null, 2).replaceAll("\n", "\n  ")}${tail}`;
    }
  }
  yield "}\n";
}

/** The chunks as UTF-8, pulled one at a time by the consumer (the ZIP writer). */
export function prettyJsonStream(value: Record<string, unknown>): ReadableStream<Uint8Array> {
  const chunks = prettyJsonChunks(value);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
