import "server-only";
import { env } from "@/lib/env";

/**
 * Where the server reaches its own pages to print them: loopback on the port it
 * listens on (scripts/start.ts sets PORT). Never the request's Host header,
 * which the client chooses.
 */
export function internalOrigin(): string {
  return `http://127.0.0.1:${env().PORT}`;
}

/** The origin printed links point to: the configured public URL, else the local one (never the Host header: PDFs are cached and shared). */
export function printedLinkOrigin(): string {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : `http://localhost:${env().PORT}`;
}
