"use client";

import { CircleCheck, Clock, Lightbulb, PencilLine } from "lucide-react";
import { useTranslations } from "next-intl";
import type { EntryStatus } from "@/lib/db/generated/enums";
import type { EntryView } from "@/lib/calendars/types";
import { platformMeta } from "@/lib/platforms/platforms";
import { cn } from "@/lib/utils";

export const statusIcons: Record<EntryStatus, typeof Clock> = {
  IDEA: Lightbulb,
  DRAFT: PencilLine,
  SCHEDULED: Clock,
  PUBLISHED: CircleCheck,
};

type EntryChipProps = {
  entry: EntryView;
  onOpen?: () => void;
  /** The drag handle (from the month grid); absent in the drag overlay and the list. */
  handle?: React.ReactNode;
  dragging?: boolean;
  overlay?: boolean;
};

/** An entry in the month grid: platform colour, icon and name (colour is never the only signal), status and topic. */
export function EntryChip({ entry, onOpen, handle, dragging, overlay }: EntryChipProps) {
  const t = useTranslations("calendars");
  const tEditor = useTranslations();
  const { bg, fg, icon: Icon } = platformMeta[entry.platform];
  const StatusIcon = statusIcons[entry.status];
  const platform = tEditor(`platforms.names.${entry.platform}`);
  return (
    <div
      className={cn(
        "flex min-w-0 items-stretch overflow-hidden rounded-md text-left text-xs shadow-sm",
        dragging && "opacity-40",
        overlay && "w-40 rotate-2 shadow-lg ring-2 ring-accent",
      )}
      style={{ backgroundColor: bg, color: fg }}
    >
      {handle}
      <button
        type="button"
        onClick={onOpen}
        className="grid min-w-0 flex-1 gap-0.5 px-1.5 py-1 text-left focus-visible:outline-offset-[-2px]"
        aria-label={t("month.openEntry", {
          platform,
          format: tEditor(`platforms.formats.${entry.format}`),
          topic: entry.topic,
          status: t(`statuses.${entry.status}`),
        })}
      >
        <span className="flex min-w-0 items-center gap-1 font-medium">
          <Icon aria-hidden className="size-3 shrink-0" />
          <span className="truncate">{platform}</span>
          {entry.time && <span className="ml-auto shrink-0 tabular opacity-90">{entry.time}</span>}
        </span>
        <span className="flex min-w-0 items-center gap-1 opacity-95">
          <StatusIcon aria-hidden className="size-3 shrink-0" />
          <span className="truncate">{entry.topic}</span>
        </span>
      </button>
    </div>
  );
}
