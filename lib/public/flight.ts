import "server-only";
import path from "node:path";
// Next's vendored React Flight server for this (server) layer: the same React the components render with.
import { renderToReadableStream } from "react-server-dom-webpack/server";

type FlightClient = { createFromReadableStream(stream: ReadableStream<Uint8Array>, options: unknown): PromiseLike<unknown> };

/** Node's own require from the project's node_modules, past the bundler (see components/public/static-html.tsx). */
export function runtimeRequire(id: string): unknown {
  const { createRequire } = process.getBuiltinModule("node:module");
  return createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), "package.json"))(id);
}

/**
 * Server components → the plain element tree they render (host elements and
 * text), as Next does for a page: a Flight stream here, read back by the
 * Flight client. Tests outside Next replace this module (vitest.config.ts).
 */
export async function resolveServerTree(tree: React.ReactNode): Promise<unknown> {
  const errors: unknown[] = [];
  const flight = renderToReadableStream(tree, {}, { onError: (error: unknown) => void errors.push(error) }) as ReadableStream<Uint8Array>;
  const [forClient, forDone] = flight.tee();
  const client = runtimeRequire("next/dist/compiled/react-server-dom-turbopack/client.edge") as FlightClient;
  const root = client.createFromReadableStream(forClient, { serverConsumerManifest: { moduleMap: {}, serverModuleMap: null, moduleLoading: null } });
  // Read the whole stream first: then every part of the tree is there and the synchronous renderer never suspends.
  const reader = forDone.getReader();
  while (!(await reader.read()).done);
  // The render's own error, not the client's copy (production Flight omits its message).
  if (errors.length) throw errors[0];
  return await root;
}
