import { useTranslations } from "next-intl";
import { ContactForm } from "@/components/contact/contact-form";
import { ViewBeacon } from "@/components/analytics/view-beacon";
import type { PageFooterExtras } from "@/components/public/page-footer";
import { beaconPath } from "@/lib/analytics/target";
import type { ViewTarget } from "@/lib/analytics/types";

type VisitorFooterInput = {
  /** Exactly one: the public page's handle or the share link's token. */
  source: { handle: string; token?: undefined } | { token: string; handle?: undefined };
  target?: ViewTarget;
};

/** What every visitor-facing page adds to the public footer: the contact form, the privacy note and the view beacon. All server-rendered. */
export function visitorFooter({ source, target = "page" }: VisitorFooterInput): PageFooterExtras {
  return {
    contact: <ContactForm handle={source.handle} token={source.token} />,
    note: <VisitorNote beaconSrc={beaconPath(source, target)} />,
  };
}

function VisitorNote({ beaconSrc }: { beaconSrc: string }) {
  const t = useTranslations("sharing.shared");
  return (
    <>
      <p className="text-xs text-muted">{t("privacy")}</p>
      <ViewBeacon src={beaconSrc} />
    </>
  );
}
