import { Icon } from "@/components/ui/sprite-icon";
import { useTranslations } from "next-intl";
import type { WorkKind } from "@/lib/db/generated/enums";
import type { PublicClient } from "@/lib/public/types";
import { cn } from "@/lib/utils";

/** The kind of work, always visible; mock/spec work gets a dashed outline and an icon so it never passes for client work. */
export function WorkBadge({ kind, className }: { kind: WorkKind; className?: string }) {
  const t = useTranslations("workKinds");
  const mock = kind === "MOCK";
  return (
    <span
      data-work-kind={kind}
      className={cn(
        "inline-flex items-center gap-1 rounded-md px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        mock ? "border border-dashed border-warning text-warning" : "bg-surface text-fg ring-1 ring-border",
        className,
      )}
    >
      {mock && <Icon name="flask-conical" className="size-3.5" />}
      {t(kind)}
    </span>
  );
}

/** Who the work was for; confidential clients only by the owner's anonymized label, marked as such. */
export function ClientLine({ client, className }: { client: PublicClient; className?: string }) {
  const t = useTranslations("publicPage.client");
  if (!client.confidential && !client.label) return null;
  return (
    <p className={cn("flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted", className)}>
      <span>{t("for", { client: client.label ?? t("confidential") })}</span>
      {client.confidential && (
        <span className="inline-flex items-center gap-1 rounded-md bg-surface px-1.5 py-0.5 text-xs text-fg ring-1 ring-border" title={t("confidentialNote")}>
          <Icon name="eye-off" className="size-3.5" />
          {t("confidentialBadge")}
        </span>
      )}
    </p>
  );
}
