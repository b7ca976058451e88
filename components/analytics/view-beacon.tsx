/** The beacon URL as a JavaScript string literal that is safe inside an inline <script>. */
function scriptString(value: string): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * Counts a view without making the page dynamic and without a client
 * component: a tiny inline script requests the beacon once per page load,
 * adding document.referrer (the beacon's own Referer would be this page);
 * without JavaScript the <noscript> pixel does it. Inline scripts do not run
 * on client-side navigations, so links between visitor pages are plain <a>.
 */
export function ViewBeacon({ src }: { src: string }) {
  const script =
    `(function(){var u=new URL(${scriptString(src)},location.href);` +
    `if(document.referrer)u.searchParams.set("r",document.referrer.slice(0,500));` +
    `var i=new Image(1,1);i.referrerPolicy="same-origin";i.src=u.href})()`;
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: script }} />
      <noscript>
        {/* eslint-disable-next-line @next/next/no-img-element -- a tracking pixel, not content */}
        <img src={src} alt="" width={1} height={1} style={{ position: "absolute", width: 1, height: 1, opacity: 0 }} />
      </noscript>
    </>
  );
}
