import type { ViewTarget } from "./types";

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idPattern = /^[A-Za-z0-9_-]{1,40}$/;

/** Accepts "page", "case-study:<slug>" or "document:<id>"; anything else is not recorded. */
export function parseViewTarget(value: string | null | undefined): ViewTarget | null {
  const target = (value ?? "page").trim();
  if (target === "page") return "page";
  const [kind, ref = ""] = target.split(/:(.*)/s, 2);
  if (kind === "case-study" && ref.length <= 120 && slugPattern.test(ref)) return `case-study:${ref}`;
  if (kind === "document" && idPattern.test(ref)) return `document:${ref}`;
  return null;
}

/** The beacon URL a page renders (without the referrer, which the browser adds). */
export function beaconPath(source: { handle?: string; token?: string }, target: ViewTarget = "page"): string {
  const params = new URLSearchParams();
  if (source.token) params.set("t", source.token);
  else if (source.handle) params.set("h", source.handle);
  if (target !== "page") params.set("p", target);
  return `/api/views?${params.toString()}`;
}
