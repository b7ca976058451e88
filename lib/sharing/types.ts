import type { SectionKey } from "@/lib/sections";

export type ShareLinkStatus = "active" | "expired" | "revoked";

/** A share link as the dashboard shows it; dates are ISO strings. */
export type ShareLinkView = {
  id: string;
  token: string;
  path: string;
  recipientName: string;
  company: string;
  note: string;
  expiresAt: string | null;
  /** Empty means every visible section. */
  sections: SectionKey[];
  anonymizeAll: boolean;
  status: ShareLinkStatus;
  revokedAt: string | null;
  createdAt: string;
  firstViewedAt: string | null;
  lastViewedAt: string | null;
  viewCount: number;
  /** Opened since the owner last looked at the sharing page. */
  isNew: boolean;
};

/** What /s/<token> resolves to. Inactive and missing links carry nothing of the portfolio. */
export type ShareResolution =
  | {
      status: "active";
      link: { id: string; token: string; sections: string[]; anonymizeAll: boolean; recipientName: string; company: string; expiresAt: Date | null };
      portfolio: { id: string; userId: string; handle: string; pageLocale: string };
    }
  | { status: "inactive" }
  | { status: "not-found" };

export type OwnerNotificationView = {
  id: string;
  kind: string;
  recipientName: string;
  company: string;
  createdAt: string;
};
