// What a page makes the browser download, and which of our own client
// components a route ships.

/** The `src` of every external `<script>` in an HTML document, in order, without duplicates. */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi)) {
    const src = (match[1] ?? match[2] ?? match[3] ?? "").replaceAll("&amp;", "&");
    if (src && !sources.includes(src)) sources.push(src);
  }
  return sources;
}

/** Total length of inline scripts (React's flight data, mostly): sent with the HTML, not as files. */
export function inlineScriptBytes(html: string): number {
  let total = 0;
  for (const match of html.matchAll(/<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)) total += Buffer.byteLength(match[1] ?? "");
  return total;
}

/**
 * First-party client modules (files under the repository's own folders, not
 * node_modules) named in a route's client reference manifest, as
 * repository-relative paths. `manifest` is the object Next assigns to
 * `globalThis.__RSC_MANIFEST[route]`; `root` is the repository's absolute path.
 */
export function firstPartyClientModules(
  manifest: { clientModules?: Record<string, unknown> },
  root: string,
  folders = ["app/", "components/", "lib/"],
): string[] {
  const found = new Set<string>();
  for (const key of Object.keys(manifest.clientModules ?? {})) {
    // Turbopack: "[project]/components/x.tsx <module evaluation>"; webpack: "/abs/repo/components/x.tsx#Name".
    let file = key.replace(/ <[^>]*>$/, "").replace(/#.*$/, "");
    if (file.startsWith("[project]/")) file = file.slice("[project]/".length);
    else if (file.startsWith(`${root}/`)) file = file.slice(root.length + 1);
    else continue;
    if (!file.includes("node_modules/") && folders.some((folder) => file.startsWith(folder))) found.add(file);
  }
  return [...found].sort();
}
