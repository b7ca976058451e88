"use client";

import { useEffect, useRef } from "react";

/**
 * Counts a view without making the page dynamic: with JavaScript it requests
 * the beacon once, adding document.referrer (the beacon's own Referer would be
 * this page); without JavaScript the <noscript> pixel does it.
 */
export function ViewBeacon({ src }: { src: string }) {
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const url = new URL(src, window.location.origin);
    if (document.referrer) url.searchParams.set("r", document.referrer.slice(0, 500));
    const pixel = new Image(1, 1);
    pixel.referrerPolicy = "same-origin";
    pixel.src = url.toString();
  }, [src]);
  return (
    <noscript>
      {/* eslint-disable-next-line @next/next/no-img-element -- a tracking pixel, not content */}
      <img src={src} alt="" width={1} height={1} style={{ position: "absolute", width: 1, height: 1, opacity: 0 }} />
    </noscript>
  );
}
