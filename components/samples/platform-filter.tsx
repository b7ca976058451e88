import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { platformMeta, platformValues, type PlatformValue } from "@/lib/platforms/platforms";
import { cn } from "@/lib/utils";

type PlatformFilterProps = { active: PlatformValue | null; counts: Partial<Record<PlatformValue, number>> };

/** Filter chips as plain links (?platform=…), so filtering works without JavaScript. */
export async function PlatformFilter({ active, counts }: PlatformFilterProps) {
  const t = await getTranslations();
  const present = platformValues.filter((platform) => (counts[platform] ?? 0) > 0 || platform === active);
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const chip = "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm transition-colors";
  return (
    <nav aria-label={t("samples.filterLabel")} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            href="/dashboard/samples"
            aria-current={active === null ? "page" : undefined}
            className={cn(chip, active === null ? "border-fg bg-fg text-bg" : "border-border hover:bg-surface")}
          >
            {t("samples.filterAll")} <span className="tabular text-xs opacity-80">{total}</span>
          </Link>
        </li>
        {present.map((platform) => {
          const { bg, fg, icon: Icon } = platformMeta[platform];
          const selected = active === platform;
          return (
            <li key={platform}>
              <Link
                href={`/dashboard/samples?platform=${platform}`}
                aria-current={selected ? "page" : undefined}
                className={cn(chip, selected ? "border-transparent font-medium" : "border-border hover:bg-surface")}
                style={selected ? { backgroundColor: bg, color: fg } : undefined}
              >
                <Icon aria-hidden className="size-3.5" />
                {t(`platforms.names.${platform}`)} <span className="tabular text-xs opacity-80">{counts[platform] ?? 0}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
