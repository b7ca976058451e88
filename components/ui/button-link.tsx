import Link from "next/link";
import { cn } from "@/lib/utils";

const variants = {
  primary: "bg-accent text-accent-fg hover:opacity-90",
  secondary: "border border-border bg-bg text-fg hover:bg-surface",
  ghost: "text-fg hover:bg-surface",
} as const;

type ButtonLinkProps = React.ComponentProps<typeof Link> & {
  variant?: keyof typeof variants;
  size?: "sm" | "md" | "lg";
};

const sizes = { sm: "h-8 px-3 text-sm", md: "h-10 px-4 text-sm", lg: "h-12 px-6 text-base" } as const;

/** The classes of a ButtonLink, for a plain <a> that must load a whole document. */
export function buttonLinkClass({ variant = "primary", size = "md", className }: Pick<ButtonLinkProps, "variant" | "size" | "className"> = {}): string {
  return cn("inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors", variants[variant], sizes[size], className);
}

export function ButtonLink({ variant = "primary", size = "md", className, ...props }: ButtonLinkProps) {
  return <Link className={buttonLinkClass({ variant, size, className })} {...props} />;
}
