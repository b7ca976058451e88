import { useTranslations } from "next-intl";
import type { SectionKey } from "@/lib/sections";
import { cn } from "@/lib/utils";

/** How many items a long section shows before "Show all" (the rest wait in a <details>). */
export const FIRST_ITEMS = { campaigns: 2, caseStudies: 2, documents: 2, calendars: 1, certifications: 4, experience: 3, education: 2 } as const;

/** Splits a list into the items shown at once and the ones behind "Show all". */
export function firstItems<T>(items: readonly T[], count: number): [T[], T[]] {
  if (items.length <= count) return [[...items], []];
  return [items.slice(0, count), items.slice(count)];
}

/**
 * The rest of a long section behind "Show all N" (HTML only: a <details>,
 * readable without JavaScript and by find-in-page once opened). On paper it
 * stays closed and says how many more the online page has.
 */
export function ShowAll({ total, hidden, section, className, children }: { total: number; hidden: number; section: SectionKey; className?: string; children: React.ReactNode }) {
  const t = useTranslations("publicPage.reading");
  const ts = useTranslations("publicPage.sections");
  if (hidden === 0) return null;
  return (
    <details data-show-all="" className="group">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1.5 rounded-full border border-border bg-bg px-3 py-1 text-sm font-medium hover:bg-surface print:hidden [&::-webkit-details-marker]:hidden">
        <span className="group-open:hidden">{t("showAllNamed", { count: total, section: ts(section).toLowerCase() })}</span>
        <span className="hidden group-open:inline">{t("showFewer")}</span>
      </summary>
      <div className={cn("mt-4", className)}>{children}</div>
    </details>
  );
}

/** On paper only: how many items the online page has beyond the printed ones. */
export function MoreOnline({ hidden }: { hidden: number }) {
  const t = useTranslations("publicPage.reading");
  if (hidden === 0) return null;
  return <p className="hidden text-sm text-muted print:block">{t("moreOnline", { count: hidden })}</p>;
}

type FirstThenAllProps<T> = {
  items: readonly T[];
  section: "campaigns" | "caseStudies" | "documents";
  /** The space between the cards, say "gap-6". */
  gap: string;
  /** Cards side by side ("md:grid-cols-2"): the first ones then sit in a grid of their own, like the rest. */
  columns?: string;
  /** One card, with its key. */
  card: (item: T) => React.ReactNode;
};

/** A long section's cards: the first few (FIRST_ITEMS), the rest behind "Show all", and on paper how many more there are. */
export function FirstThenAll<T>({ items, section, gap, columns, card }: FirstThenAllProps<T>) {
  const [shown, rest] = firstItems(items, FIRST_ITEMS[section]);
  const list = cn("grid", gap, columns);
  return (
    <div className={cn("grid", gap)}>
      {columns ? <div className={list}>{shown.map((item) => card(item))}</div> : shown.map((item) => card(item))}
      <ShowAll total={items.length} hidden={rest.length} section={section} className={list}>
        {rest.map((item) => card(item))}
      </ShowAll>
      <MoreOnline hidden={rest.length} />
    </div>
  );
}
