"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

export type NavItem = { href: string; label: string; count?: number; icon: React.ReactNode };

/** The editor's section navigation: a sidebar on wide screens, a scrolling strip on phones. */
export function DashboardNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 overflow-x-auto pb-1 lg:flex-col lg:overflow-visible lg:pb-0">
        {items.map((item) => {
          const active = item.href === "/dashboard" ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2.5 rounded-lg px-3 py-2 text-sm text-muted transition-colors hover:bg-surface hover:text-fg",
                  active && "bg-surface font-medium text-fg",
                )}
              >
                <span aria-hidden className="[&>svg]:size-4">
                  {item.icon}
                </span>
                <span className="flex-1">{item.label}</span>
                {item.count !== undefined && <span className="tabular rounded-full bg-bg px-1.5 text-xs text-muted ring-1 ring-border">{item.count}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
