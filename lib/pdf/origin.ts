import "server-only";
import { env } from "@/lib/env";
import { siteOrigin } from "@/lib/site";

/**
 * Where the server reaches its own pages to print them: loopback on the port it
 * listens on (scripts/start.ts sets PORT). Never the request's Host header,
 * which the client chooses.
 */
export function internalOrigin(): string {
  return `http://127.0.0.1:${env().PORT}`;
}

/** The origin printed links point to (never the Host header: PDFs are cached and shared). */
export function printedLinkOrigin(): string {
  return siteOrigin();
}
