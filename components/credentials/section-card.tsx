type SectionCardProps = {
  id: string;
  icon: React.ReactNode;
  title: string;
  lead: string;
  action?: React.ReactNode;
  children: React.ReactNode;
};

/** One of the credentials page's four sub-sections; `id` is the anchor the coach links to. */
export function SectionCard({ id, icon, title, lead, action, children }: SectionCardProps) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-20 rounded-card border border-border p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 items-start gap-3">
          <span aria-hidden className="grid size-9 shrink-0 place-items-center rounded-full bg-accent-soft text-accent [&>svg]:size-4">
            {icon}
          </span>
          <div className="min-w-0">
            <h2 id={`${id}-heading`} className="text-base font-semibold">
              {title}
            </h2>
            <p className="mt-0.5 text-sm text-muted">{lead}</p>
          </div>
        </div>
        {action}
      </div>
      <div className="mt-4">{children}</div>
    </section>
  );
}
