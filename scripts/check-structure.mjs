#!/usr/bin/env node
// Keeps the layout of README "Architecture" from drifting (issue #14 §6), in the spirit of rallly's
// scripts/check-feature-structure.mjs. Rules:
//   1. lib/<room>/ uses only the room vocabulary (ROOM_FILES) plus the allowlist below.
//   2. components/<room>/ imports only components/ui, components/editor, shared lib and its own room.
//   3. lib/ never imports components/ or app/ (imports flow app → components → lib).
//   4. app/ files stay small (≤ APP_MAX_LINES lines): routes route, loaders and components do the work.
// Usage: node scripts/check-structure.mjs [root]   (root defaults to the current directory)
// Prints each broken rule and the offending files or imports; exits 1 on any violation.
import fs from "node:fs";
import path from "node:path";

const ROOM_FILES = new Set(["schema", "data", "mutations", "actions", "types", "loaders", "queries"]);
const APP_MAX_LINES = 60;
const CODE = /\.(?:ts|tsx|js|jsx|mjs|cjs)$/;
const TEST = /\.test\.tsx?$/;

// lib/ folders that are not rooms: infrastructure or libraries several rooms share. Rule 1 does not apply to them.
const NOT_ROOMS = {
  db: "infrastructure: Prisma client, embedded PostgreSQL, migrations (STYLE.md)",
  storage: "infrastructure: local and S3 file storage (STYLE.md)",
  i18n: "infrastructure: next-intl config and message files",
  seed: "demo data and test factories, one code (STYLE.md)",
  mail: "infrastructure: SMTP transport and notifications",
  security: "infrastructure: HTTP security headers shared by next.config.ts and proxy.ts",
  "rate-limit": "infrastructure: the one limiter auth, contact and views share",
  pdf: "infrastructure: the headless-Chromium PDF pipeline (browser, queue, cache)",
  seo: "infrastructure: metadata, sitemap, Open Graph cards and their fonts",
  markdown: "shared library: markdown options and plain text for editor and public page",
  metrics: "shared library: pure metric formulas and number formats every room shows",
  platforms: "shared library: the social platforms every room labels",
  shared: "the shared home issue #14 names for pieces several rooms need",
  cache: "infrastructure: Next's Redis cache handler (named in next.config.ts) and its status",
  health: "infrastructure: the readiness probe over database, cache and storage",
};

// Shared lib that components of any room may import (top-level lib/*.ts files are shared too).
const SHARED_LIB = {
  "lib/shared/": "shared home (issue #14)",
  "lib/i18n/": "messages and locale config",
  "lib/markdown/": "markdown options",
  "lib/metrics/": "metric formulas and formats",
  "lib/platforms/": "platform labels",
  "lib/db/generated/": "Prisma's generated enums and types (the schema's vocabulary)",
  "lib/cache/reading-copies": "the headers with which a reading page (public or shared) tells the server which copies of it a change forgets",
};

// Component folders any room may import besides its own: primitives without a room.
const SHARED_COMPONENTS = {
  ui: "primitives (STYLE.md)",
  editor: "pieces every editor room composes (STYLE.md)",
  markdown: "the sanitized markdown renderer, shared by editor previews and reading pages",
  charts: "server-rendered SVG charts, render-only",
};

// Cross-room imports that are composition by design, not drift: from room → target prefix → why.
const COMPOSES = {
  "*": {
    "components/media/": "the attach-media field every editor form embeds (media is a service room)",
    "lib/media/types": "the attached-media shape that field hands to the form",
    "lib/media/schema": "the attached-media schema that field validates with",
    "components/i18n/": "the language switcher and language choice every room's signed-out page or settings form shows",
  },
  sharing: {
    "components/public/": "the share page is the public page plus the visitor footer",
    "components/analytics/": "the visitor footer carries the view beacon; the sharing screen shows link analytics",
    "components/contact/": "the visitor footer carries the contact form",
    "lib/analytics/": "link analytics and beacon targets shown with each link",
  },
  contact: {
    "components/public/": "the contact page is a reading page in the public page's shell",
    "lib/public/types": "the contact page is drawn from the public page's visitor view",
  },
  public: {
    "components/seo/": "reading pages are plain HTML documents that carry their own head tags",
    "components/imports/imported-mark": "campaigns and samples show where their figures were imported from",
  },
  campaigns: { "components/imports/import-link": "the campaigns screen links to importing a platform export" },
  samples: {
    "components/imports/import-link": "the samples screen links to importing a platform export",
    "lib/campaigns/types": "the sample form picks the campaign a sample belongs to (campaign options)",
  },
  documents: { "lib/campaigns/types": "the document form picks the campaign a document belongs to (campaign options)" },
  imports: {
    "lib/campaigns/types": "the wizard picks the campaign imported figures land in (campaign options)",
    "lib/campaigns/schema": "a new campaign from an import offers the campaign form's own objectives",
  },
  "case-studies": {
    "lib/confidential/names": "the case-study form and its slug keep confidential client names out of the slug with the one matcher",
    "lib/campaigns/figures": "the case-study form shows its linked campaign's figures live, computed as everywhere else",
  },
  calendars: { "lib/samples/schema": "calendar entries plan content samples, in the samples' own formats" },
  dashboard: {
    "components/coach/": "the dashboard's home composes the coach and the first-run path",
    "lib/coach/first-run": "the first-run path's shape the coach card shows",
  },
  featured: { "lib/public/featured": "the picker caps its choices at the public featured strip's limits" },
  publishing: { "lib/public/themes": "the appearance form picks one of the public page's themes" },
};

// components/<name> whose room in lib/ has another name. Both names are accepted, so either side may be renamed.
const ROOM_OF_COMPONENTS = { publish: "publishing", profile: "portfolio", settings: "auth" };

// Files in a room beyond the vocabulary that are legitimate today: one job each, mostly pure and unit-tested.
// Keys are "room/file" without extension. An entry nothing matches any more is reported as stale (a warning).
const ALLOWED_IN_ROOM = {
  "analytics/beacon-script": "the view beacon's inline script text, shared by page and tests",
  "analytics/csv": "CSV-injection escaping for the analytics export",
  "analytics/record": "counting one view (dedupe and per-IP cap): the write behind /api/views",
  "analytics/request-filter": "pure bot/prefetch/device classification, unit-tested",
  "analytics/target": "pure parsing of beacon targets and the beacon URL",
  "analytics/viewer": "who is viewing, from the session cookie (owners' views don't count)",
  "analytics/visitor": "daily-salted visitor hashes (privacy rules in one place)",
  "auth/client-ip": "the trusted client IP from our own server's X-Forwarded-For",
  "auth/device": "the known-device cookie",
  "auth/handle": "pure handle rules (reserved routes), unit-tested",
  "auth/next-path": "pure same-origin redirect check after sign-in",
  "auth/oauth": "which OAuth providers are configured",
  "auth/options": "next-auth's options (the library's own config object)",
  "auth/password-rules": "pure password rules shared by form and server",
  "auth/password": "argon2id hashing",
  "auth/session-cookie": "re-issuing the session cookie after a session version change",
  "auth/session-policy": "session lifetime and cookie names, free of server imports for proxy.ts",
  "auth/session": "the signed-in user for routes and actions",
  "calendars/csv": "the one CSV parser the import preview and the server share",
  "calendars/period": "pure YYYY-MM period and month-grid maths",
  "campaigns/figures": "everything computed from a campaign's metrics",
  "case-studies/slug": "pure slug rules shared by form, schema and server",
  "coach/rules": "pure completeness scoring against the career guide",
  "coach/first-run": "the pure first-run path (four steps), like rules.ts",
  "documents/kpi-actions": "the editor's 'insert KPI table' server action, apart from the document form's actions",
  "documents/kpi-data": "the owner's figures for the KPI table (owner-scoped read)",
  "documents/kpi-table": "the pure KPI table markdown, unit-tested",
  "export/archive": "the streamed 'Export everything' ZIP: portfolio.json, stored files, views CSV",
  "export/fields": "the columns portfolio.json copies as they are, named once for the export and the import",
  "export/http": "the import's two route handlers, as factories taking the upload limits (a test injects a small cap)",
  "export/insert": "the import's batched INSERT … SELECT FROM jsonb_to_recordset for its largest tables",
  "export/json-resume": "the pure portfolio.json → JSON Resume mapping, unit-tested",
  "export/json-stream": "portfolio.json written item by item (the bytes of JSON.stringify(document, null, 2))",
  "export/limits": "rate limits of the export and import endpoints",
  "export/portfolio.schema": "the JSON Schema of portfolio.json, generated from schema.ts (a unit test keeps it fresh)",
  "export/read": "reading and checking an uploaded export ZIP (untrusted)",
  "export/unzip": "the export ZIP's streaming reader with its own limits, one file in memory at a time",
  "export/upload": "the import's upload streamed to a capped temporary file, removed in finally",
  "export/zip": "the streaming ZIP writer (fflate) behind the export",
  "imports/build": "pure rows → samples and campaign metrics, shared by wizard preview and save",
  "imports/csv": "the streaming CSV reader for untrusted exports",
  "imports/dates": "pure date parsing for every export's formats",
  "imports/decode": "text encodings of platform exports (incremental)",
  "imports/errors": "the import refusal codes the wizard explains",
  "imports/fields": "the mapping targets an export column can land in",
  "imports/formats/ga4": "one platform's report recognition (parser table)",
  "imports/formats/index": "the table of recognised reports and header matching",
  "imports/formats/linkedin": "one platform's report recognition (parser table)",
  "imports/formats/meta": "one platform's report recognition (parser table)",
  "imports/formats/tiktok": "one platform's report recognition (parser table)",
  "imports/formats/x": "one platform's report recognition (parser table)",
  "imports/formats/youtube": "one platform's report recognition (parser table)",
  "imports/http": "upload body limits and multipart reading for the import route",
  "imports/limits": "limits for untrusted export files",
  "imports/numbers": "pure locale-aware number parsing",
  "imports/read": "reading every row of the chosen reports with the user's mapping",
  "imports/rows": "one row read with the mapping, shared by server and live preview",
  "imports/scan": "file → recognised reports, streamed",
  "imports/sweep": "the orphan-import sweep the start-up script runs (kept apart from mutations' imports)",
  "imports/xlsx": "the small streaming XLSX reader",
  "imports/zip": "the streaming ZIP reader with its limits",
  "confidential/names": "the one pure matcher for confidential client names",
  "contact/flash": "failed-submit errors carried to the contact page in cookies",
  "contact/submit": "the contact form's plain-HTML POST handling",
  "credentials/expiry": "pure certification expiry",
  "credentials/presets": "the guide's one-click presets (static data)",
  "media/detect": "file type from bytes",
  "media/errors": "media's error keys and field error",
  "media/http": "upload body limits and multipart reading",
  "media/image": "sharp processing and decompression-bomb limits",
  "media/pdf": "a tiny PDF page counter",
  "media/signing": "capability URLs for an unlisted portfolio's media",
  "media/urls": "the URL a stored file is served from",
  "portfolio/ordering": "owner-scoped order and visibility writes for every list (a model file)",
  "profile-import/json-resume": "the JSON Resume reader, checked against the published schema (untrusted)",
  "profile-import/linkedin": "the LinkedIn data-ZIP reader (untrusted)",
  "profile-import/match": "the pure duplicate rule preview and save share, unit-tested",
  "profile-import/read": "pure file → neutral profile import: dates, certificates, form-schema checks",
  "public/calendar": "pure month grids for the public calendar",
  "public/contrast": "pure WCAG contrast maths for accent colours",
  "public/featured": "the pure featured-strip rule over the visitor's view, unit-tested",
  "public/flight": "Next's vendored React Flight server for static HTML rendering",
  "public/map": "pure DB row → visitor view rules, unit-tested",
  "public/owner-check-script": "the inline script of the shared 'not available' page that asks /api/owner-draft",
  "public/owner-draft": "whether the signed-in owner is viewing their own unpublished page (behind /api/owner-draft)",
  "public/select": "the one-query select of everything the public page shows",
  "public/tags": "cache tags of the public read model",
  "public/themes": "the public page's three themes",
  "sharing/gone-page": "the self-contained 410 page for dead links",
  "sharing/presets": "pure role presets for a share link's sections",
  "sharing/qr": "QR codes as SVG",
  "sharing/read-model": "the portfolio as a share link's recipient sees it",
  "sharing/status": "pure revoked/expired status and share paths",
  "sharing/token": "share token generation (192 bits)",
};

const root = path.resolve(process.argv[2] ?? process.cwd());
const used = new Set();
const violations = new Map(); // rule → lines

function report(rule, line) {
  if (!violations.has(rule)) violations.set(rule, []);
  violations.get(rule).push(line);
}

function rel(abs) {
  return path.relative(root, abs).split(path.sep).join("/");
}

function* walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (rel(abs) === "lib/db/generated") continue;
      yield* walk(abs);
    } else if (entry.isFile()) yield abs;
  }
}

function stem(name) {
  return name.replace(/\.d\.ts$/, "").replace(/\.[^.]+$/, "");
}

// Every import specifier of a file with its line: static, side-effect, re-export and dynamic imports.
function importsOf(text) {
  const found = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
  for (const match of text.matchAll(pattern)) {
    const lineStart = text.lastIndexOf("\n", match.index) + 1;
    const prefix = text.slice(lineStart, match.index).trimStart();
    if (prefix.startsWith("//") || prefix.startsWith("*")) continue;
    found.push({ spec: match[1], line: text.slice(0, match.index).split("\n").length });
  }
  return found;
}

// The root-relative path an import points to, or null for a package.
function target(fromAbs, spec) {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith("./") || spec.startsWith("../")) return rel(path.resolve(path.dirname(fromAbs), spec));
  return null;
}

// Whether a path is the module `prefix` names or lies in the folder it names (prefixes ending in "/").
function under(to, prefix) {
  return prefix.endsWith("/") ? `${to}/`.startsWith(prefix) : to === prefix || to.startsWith(`${prefix}/`);
}

function libFolder(targetPath) {
  const [, name] = targetPath.split("/");
  return name && fs.existsSync(path.join(root, "lib", name)) && fs.statSync(path.join(root, "lib", name)).isDirectory() ? name : null;
}

// Rule 1: room vocabulary.
const ROOM_RULE = `lib/<room>/ holds only ${[...ROOM_FILES].join(", ")} (.ts/.tsx), tests, sub-concern folders of the same vocabulary, and the allowlist ALLOWED_IN_ROOM in scripts/check-structure.mjs`;
const libDir = path.join(root, "lib");
if (fs.existsSync(libDir)) {
  for (const entry of fs.readdirSync(libDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".") || entry.name in NOT_ROOMS) continue;
    for (const file of walk(path.join(libDir, entry.name))) {
      const inRoom = rel(file).slice("lib/".length);
      const key = inRoom.replace(/\.[^/.]+$/, "");
      if (TEST.test(file)) continue;
      if (key in ALLOWED_IN_ROOM) {
        used.add(key);
        continue;
      }
      if (CODE.test(file) && ROOM_FILES.has(stem(path.basename(file)))) continue;
      report(ROOM_RULE, `  ${rel(file)}`);
    }
  }
}

// Rule 2: what a room's components import.
const COMPONENT_RULE = `components/<room>/ imports only ${Object.keys(SHARED_COMPONENTS)
  .map((name) => `components/${name}`)
  .join(", ")}, its own room (components/<room>, lib/<room>; renamed pairs: ${Object.entries(ROOM_OF_COMPONENTS)
  .map(([c, l]) => `${c}→${l}`)
  .join(", ")}) and shared lib (lib/*.ts, ${Object.keys(SHARED_LIB).join(", ")}); by-design composition is listed in COMPOSES`;
for (const file of walk(path.join(root, "components"))) {
  if (!CODE.test(file)) continue;
  const parts = rel(file).split("/");
  const room = parts.length > 2 ? parts[1] : stem(parts[1]);
  const rooms = new Set([room, ROOM_OF_COMPONENTS[room]].filter(Boolean));
  for (const { spec, line } of importsOf(fs.readFileSync(file, "utf8"))) {
    const to = target(file, spec);
    if (to === null) continue;
    const [top, second] = to.split("/");
    let ok;
    if ([COMPOSES["*"], COMPOSES[room] ?? {}].some((table) => Object.keys(table).some((prefix) => under(to, prefix)))) continue;
    if (top === "components") ok = (second ?? "") in SHARED_COMPONENTS || rooms.has(stem(second ?? ""));
    else if (top === "lib") {
      const folder = libFolder(to);
      ok = folder === null || rooms.has(folder) || Object.keys(SHARED_LIB).some((prefix) => under(to, prefix));
    } else ok = top === "public"; // static assets
    if (!ok) report(COMPONENT_RULE, `  ${rel(file)}:${line} imports ${spec}`);
  }
}

// Rule 3: lib/ never imports components/ or app/.
const LIB_RULE = "lib/ never imports components/ or app/ (imports flow app → components → lib)";
for (const file of walk(libDir)) {
  if (!CODE.test(file)) continue;
  for (const { spec, line } of importsOf(fs.readFileSync(file, "utf8"))) {
    const to = target(file, spec);
    if (to !== null && (to.startsWith("components/") || to.startsWith("app/"))) report(LIB_RULE, `  ${rel(file)}:${line} imports ${spec}`);
  }
}

// Rule 4: app/ stays small.
const APP_RULE = `app/ files have at most ${APP_MAX_LINES} lines: routes route; set-up goes to lib/<room>/loaders.ts, markup to components/`;
for (const file of walk(path.join(root, "app"))) {
  if (!CODE.test(file)) continue;
  const lines = fs.readFileSync(file, "utf8").replace(/\n$/, "").split("\n").length;
  if (lines > APP_MAX_LINES) report(APP_RULE, `  ${rel(file)}: ${lines} lines`);
}

const stale = Object.keys(ALLOWED_IN_ROOM).filter((key) => !used.has(key));
if (stale.length > 0) {
  console.warn("Warning: stale ALLOWED_IN_ROOM entries in scripts/check-structure.mjs (remove them):");
  for (const key of stale) console.warn(`  lib/${key}`);
}

if (violations.size === 0) {
  console.log("Structure OK");
  process.exit(0);
}
let count = 0;
for (const [rule, lines] of violations) {
  console.error(`\nRule: ${rule}`);
  for (const line of lines) console.error(line);
  count += lines.length;
}
console.error(`\n${count} structure violation(s) under ${root}`);
process.exit(1);
