import { createHash } from "node:crypto";

// The view beacon's inline script (components/analytics/view-beacon.tsx): the
// same text on every page, the beacon URL read from the element's data-src, so
// one hash allows it in a Content-Security-Policy (`script-src 'sha256-…'`).
// The reading pages have no other script to run (JSON-LD is data, not script).
export const BEACON_SCRIPT =
  '(function(){var s=document.currentScript,u=new URL(s.getAttribute("data-src"),location.href);' +
  'if(document.referrer)u.searchParams.set("r",document.referrer.slice(0,500));' +
  'var i=new Image(1,1);i.referrerPolicy="same-origin";i.src=u.href})()';

/** The CSP source for the beacon: `'sha256-<base64>'`. */
export const BEACON_SCRIPT_CSP_SOURCE = `'sha256-${createHash("sha256").update(BEACON_SCRIPT, "utf8").digest("base64")}'`;
