"use client";

import { useState, useTransition } from "react";
import { Eye, EyeOff } from "lucide-react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/safe-action";
import { useFailureToast } from "@/components/editor/use-action-form";
import { Button } from "@/components/ui/button";


type HiddenToggleProps = {
  hidden: boolean;
  onChange: (hidden: boolean) => Promise<ActionResult<unknown>>;
  labels: { show: string; hide: string; nowShown: string; nowHidden: string; failed: string };
};

/** The "shown / hidden on the public page" switch of a list row; optimistic, put back on failure. */
export function HiddenToggle({ hidden: initial, onChange, labels }: HiddenToggleProps) {
  const failed = useFailureToast();
  const [hidden, setHidden] = useState(initial);
  const [source, setSource] = useState(initial);
  const [pending, startTransition] = useTransition();
  if (source !== initial) {
    setSource(initial);
    setHidden(initial);
  }
  const label = hidden ? labels.show : labels.hide;
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon"
      role="switch"
      aria-checked={!hidden}
      aria-label={label}
      title={label}
      pending={pending}
      onClick={() => {
        const next = !hidden;
        setHidden(next);
        startTransition(async () => {
          const result = await onChange(next);
          if (result.ok) toast.success(next ? labels.nowHidden : labels.nowShown);
          else {
            setHidden(!next);
            failed(labels.failed, result);
          }
        });
      }}
    >
      {!pending && (hidden ? <EyeOff aria-hidden className="size-4 text-muted" /> : <Eye aria-hidden className="size-4" />)}
    </Button>
  );
}
