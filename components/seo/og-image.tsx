import { ImageResponse } from "next/og";
import { OG_IMAGE_SIZE, cardVersion, type OgCard } from "@/lib/seo/card";
import { drawableText, ogFonts } from "@/lib/seo/og-fonts";

// The 1200×630 preview image, laid out for Satori (next/og): flexbox only,
// inline styles, the font we ship. Text content comes from lib/seo/card.ts.

/** The card with only characters our font draws, so next/og never fetches a font or emoji (lib/seo/og-fonts.ts). */
function drawableCard(card: OgCard): OgCard {
  const metric = card.metric && {
    value: drawableText(card.metric.value),
    label: drawableText(card.metric.label),
    detail: card.metric.detail === null ? null : drawableText(card.metric.detail),
    kind: drawableText(card.metric.kind),
  };
  return {
    ...card,
    eyebrow: drawableText(card.eyebrow),
    title: drawableText(card.title),
    subtitle: drawableText(card.subtitle),
    initials: drawableText(card.initials) || "?",
    metric,
    platforms: card.platforms.map(drawableText).filter(Boolean),
    footer: drawableText(card.footer),
  };
}

function OgCardImage({ card }: { card: OgCard }) {
  const { colors } = card;
  return (
    <div
      style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: colors.bg, color: colors.fg, padding: 64, fontSize: 28 }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <div
          style={{
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            width: 88,
            height: 88,
            borderRadius: 44,
            background: colors.accent,
            color: colors.accentFg,
            fontSize: 38,
          }}
        >
          {card.initials}
        </div>
        <div style={{ display: "flex", color: colors.accent, fontSize: 26, letterSpacing: 1, textTransform: "uppercase" }}>{card.eyebrow}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 36, flexGrow: 1 }}>
        <div style={{ display: "flex", fontSize: card.title.length > 40 ? 56 : 72, lineHeight: 1.1, letterSpacing: -1 }}>{card.title}</div>
        {card.subtitle && <div style={{ display: "flex", marginTop: 18, fontSize: 32, color: colors.muted, lineHeight: 1.3 }}>{card.subtitle}</div>}
      </div>
      <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", gap: 32 }}>
        {card.metric ? (
          <div
            style={{
              display: "flex",
              flexDirection: "column",
              padding: "20px 28px",
              borderRadius: 16,
              border: `2px solid ${colors.border}`,
              background: colors.surface,
            }}
          >
            <div style={{ display: "flex", alignItems: "baseline", gap: 16 }}>
              <div style={{ display: "flex", fontSize: 64, color: colors.accent }}>{card.metric.value}</div>
              <div style={{ display: "flex", fontSize: 28 }}>{card.metric.label}</div>
            </div>
            {card.metric.detail && <div style={{ display: "flex", fontSize: 24, color: colors.muted }}>{card.metric.detail}</div>}
            <div style={{ display: "flex", marginTop: 6, fontSize: 20, color: colors.muted }}>{card.metric.kind}</div>
          </div>
        ) : (
          <div style={{ display: "flex" }} />
        )}
        <div style={{ display: "flex", flexDirection: "column", alignItems: "flex-end", gap: 10, fontSize: 22, color: colors.muted }}>
          {card.platforms.length > 0 && <div style={{ display: "flex" }}>{card.platforms.join(" · ")}</div>}
          <div style={{ display: "flex" }}>{card.footer}</div>
        </div>
      </div>
    </div>
  );
}

/**
 * The PNG response. When the URL carries the card's current version (`?v=`,
 * as the page's meta tags do), caches may keep it for good: a change makes a
 * new URL. Otherwise it must be revalidated: the version is its ETag, so a
 * cache that still holds the current card gets a 304 without the image being
 * drawn again.
 */
export function ogImageResponse(request: Request, card: OgCard): Response {
  const version = cardVersion(card);
  const fresh = new URL(request.url).searchParams.get("v") === version;
  const headers = {
    "cache-control": fresh ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    etag: `"og-${version}"`,
    "x-robots-tag": "noindex",
  };
  if (request.headers.get("if-none-match") === headers.etag) return new Response(null, { status: 304, headers });
  return new ImageResponse(<OgCardImage card={drawableCard(card)} />, { ...OG_IMAGE_SIZE, fonts: ogFonts(), headers });
}

/** What a missing, draft or unlisted portfolio's image answers: the same 404 as its page. */
export function ogImageNotFound(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
