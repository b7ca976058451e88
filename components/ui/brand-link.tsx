import Link from "next/link";
import { cn } from "@/lib/utils";

type BrandLinkProps = React.ComponentProps<typeof Link> & {
  /** The "P" badge's size: 7 in the page headers, 8 above the sign-in card. */
  badge?: "size-7" | "size-8";
};

/** The wordmark: the "P" badge, then the brand's name (the children), as a link (the site header, the sign-in frame, the dashboard). */
export function BrandLink({ badge = "size-7", className, children, ...props }: BrandLinkProps) {
  return (
    <Link className={cn("flex items-center gap-2 font-semibold tracking-tight", className)} {...props}>
      <span aria-hidden className={cn("grid place-items-center rounded-md bg-accent text-sm text-accent-fg", badge)}>
        P
      </span>
      {children}
    </Link>
  );
}
