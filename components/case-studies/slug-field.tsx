"use client";

import { useEffect, useMemo, useState } from "react";
import { RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { UpsertCaseStudyInput } from "@/lib/case-studies/schema";
import { anonymousSlug } from "@/lib/case-studies/slug";
import { nameMatcher, type ConfidentialName } from "@/lib/confidential/names";

type SlugFieldProps = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any output type: the field reads and sets input values only
  form: UseFormReturn<UpsertCaseStudyInput, unknown, any>;
  handle: string;
  /** A new case study's slug follows the title until the owner edits it. */
  isNew: boolean;
  /** The portfolio's other confidential clients: the suggested slug must not name them either. */
  confidentialNames: ConfidentialName[];
  /** A free slug the server offered after refusing a taken one; null when there is none to offer. */
  suggestion: string | null;
  onSuggestion: (slug: string | null) => void;
  error?: string;
};

/** The case study's web address: suggested from the title (confidential names replaced), editable, resettable. */
export function SlugField({ form, handle, isNew, confidentialNames, suggestion, onSuggestion, error }: SlugFieldProps) {
  const tc = useTranslations("caseStudies");
  const { control, setValue, getValues, register } = form;
  const [edited, setEdited] = useState(!isNew);

  // The suggested slug comes from the title as visitors will read it (confidential names replaced by their labels).
  const [title = "", client = "", confidential = false, anonymizedLabel = "", slug] = useWatch({
    control,
    name: ["title", "client", "confidential", "anonymizedLabel", "slug"],
  });
  const matcher = useMemo(
    () => nameMatcher([...confidentialNames, ...(confidential && client.trim() ? [{ name: client.trim(), label: anonymizedLabel.trim() }] : [])]),
    [confidentialNames, confidential, client, anonymizedLabel],
  );
  const suggested = anonymousSlug(title, matcher);
  useEffect(() => {
    if (!edited && title !== "" && getValues("slug") !== suggested) setValue("slug", suggested, { shouldDirty: true });
  }, [edited, title, suggested, setValue, getValues]);

  /** A slug put in by a button (the server's offer, or back to the suggestion), checked at once; `byHand` stops the title's suggestions. */
  const putSlug = (next: string, byHand: boolean) => {
    setValue("slug", next, { shouldDirty: true, shouldValidate: true });
    setEdited(byHand);
  };

  const field = register("slug", {
    onChange: () => {
      setEdited(true);
      onSuggestion(null);
    },
  });

  return (
    <div className="grid gap-1.5">
      <Field label={tc("fields.slug")} hint={tc("fields.slugHint", { url: tc("publicUrl", { handle, slug: slug || "…" }) })} error={error}>
        {(c) => <Input {...c} autoComplete="off" spellCheck={false} className="font-mono" {...field} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        {suggestion && (
          <Button
            type="button"
            size="sm"
            variant="secondary"
            onClick={() => {
              putSlug(suggestion, true);
              onSuggestion(null);
            }}
          >
            {tc("fields.slugUse", { slug: suggestion })}
          </Button>
        )}
        {edited && (
          <Button type="button" size="sm" variant="ghost" onClick={() => putSlug(anonymousSlug(getValues("title") ?? "", matcher), false)}>
            <RotateCcw aria-hidden className="size-3.5" />
            {tc("fields.slugReset")}
          </Button>
        )}
      </div>
    </div>
  );
}
