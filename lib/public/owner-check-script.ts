import { createHash } from "node:crypto";

// The "not available" page is one cached response for every visitor (missing,
// draft and unlisted portfolios look the same), so it cannot know who opens
// it. This inline script asks /api/owner-draft, a private per-request answer,
// whether the signed-in reader owns the handle in the address and it is not
// public; only then it swaps the visitor's text for the owner's notice. The
// same text on every page, so one hash allows it in the reading pages' CSP.
export const OWNER_CHECK_SCRIPT =
  '(function(){var h=location.pathname.split("/")[1];if(!h||h==="s")return;' +
  'fetch("/api/owner-draft?handle="+encodeURIComponent(h),{credentials:"same-origin",cache:"no-store"})' +
  '.then(function(r){return r.ok?r.json():null}).then(function(d){if(!d||!d.draft)return;' +
  'document.getElementById("owner-draft").hidden=false;document.getElementById("visitor-not-found").hidden=true})' +
  '.catch(function(){})})()';

/** The CSP source for the owner check: `'sha256-<base64>'`. */
export const OWNER_CHECK_SCRIPT_CSP_SOURCE = `'sha256-${createHash("sha256").update(OWNER_CHECK_SCRIPT, "utf8").digest("base64")}'`;
