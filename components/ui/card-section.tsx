import { cn } from "@/lib/utils";

type CardSectionProps = {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: string;
  lead: React.ReactNode;
  /** A control beside the heading (a QR code button, say). */
  aside?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
};

/** A bordered block of a dashboard page: heading and explanation, then its content. */
export function CardSection({ id, title, lead, aside, className, children }: CardSectionProps) {
  const heading = (
    <div>
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-muted">{lead}</p>
    </div>
  );
  return (
    <section aria-labelledby={id} className={cn("grid gap-4 rounded-card border border-border bg-bg p-5 sm:p-6", className)}>
      {aside ? (
        <div className="flex flex-wrap items-start justify-between gap-3">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
