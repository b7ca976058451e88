import { ArrowLeft } from "lucide-react";
import Link from "next/link";

type PageHeaderProps = { title: string; lead?: string; action?: React.ReactNode; back?: { href: string; label: string } };

export function PageHeader({ title, lead, action, back }: PageHeaderProps) {
  return (
    <header className="mb-6">
      {back && (
        <Link href={back.href} className="mb-3 inline-flex items-center gap-1 text-sm text-muted hover:text-fg">
          <ArrowLeft aria-hidden className="size-4" />
          {back.label}
        </Link>
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          {lead && <p className="mt-1 max-w-2xl text-sm text-muted">{lead}</p>}
        </div>
        {action}
      </div>
    </header>
  );
}
