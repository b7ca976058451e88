import { BEACON_SCRIPT } from "@/lib/analytics/beacon-script";

/**
 * Counts a view without making the page dynamic and without a client
 * component: a tiny inline script requests the beacon once per page load,
 * adding document.referrer (the beacon's own Referer would be this page);
 * without JavaScript the <noscript> pixel does it. The script's text is the
 * same on every page (the URL is in data-src), so a CSP can allow it by hash
 * (BEACON_SCRIPT_CSP_SOURCE). Links between visitor pages are plain <a>, so
 * each page load runs it.
 */
export function ViewBeacon({ src }: { src: string }) {
  return (
    <>
      <script data-src={src} dangerouslySetInnerHTML={{ __html: BEACON_SCRIPT }} />
      <noscript>
        {/* eslint-disable-next-line @next/next/no-img-element -- a tracking pixel, not content */}
        <img src={src} alt="" width={1} height={1} style={{ position: "absolute", width: 1, height: 1, opacity: 0 }} />
      </noscript>
    </>
  );
}
