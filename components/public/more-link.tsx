import { Icon } from "@/components/ui/sprite-icon";
import { cn } from "@/lib/utils";

type MoreLinkProps = {
  href: string;
  label: string;
  /** Said only to screen readers after the label, naming the item ("Read: Spring launch"). */
  named: string;
  /** Another site (the original post, a certificate's check): opens in a new tab, arrow out. */
  external?: boolean;
  className?: string;
};

/** A card's "read more" / "verify" / "open the original" link: accent text, an icon, and the item named for screen readers. */
export function MoreLink({ href, label, named, external, className }: MoreLinkProps) {
  return (
    <a
      href={href}
      {...(external ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}
      className={cn("inline-flex items-center gap-1 text-sm font-medium text-accent underline-offset-2 hover:underline", className)}
    >
      {label}
      <span className="sr-only">{named}</span>
      {external ? <Icon name="external-link" className="size-3.5" /> : <Icon name="arrow-right" className="size-4" />}
    </a>
  );
}
