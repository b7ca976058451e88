import { FlaskConical } from "lucide-react";
import { useTranslations } from "next-intl";
import type { WorkKind } from "@/lib/db/generated/enums";
import { cn } from "@/lib/utils";

/** The kind of work; mock/spec work is marked with a dashed outline and an icon so it is never mistaken for client work. */
export function WorkKindBadge({ kind, className }: { kind: WorkKind; className?: string }) {
  const t = useTranslations("workKinds");
  const mock = kind === "MOCK";
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-md px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        mock ? "border border-dashed border-warning text-warning" : "bg-surface text-muted ring-1 ring-border",
        className,
      )}
    >
      {mock && <FlaskConical aria-hidden className="size-3.5" />}
      {t(kind)}
    </span>
  );
}
