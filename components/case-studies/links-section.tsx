"use client";

import { useTranslations } from "next-intl";
import { Controller, type Control, type FieldErrors } from "react-hook-form";
import { FormSection } from "@/components/editor/form-section";
import type { UpsertCaseStudyInput } from "@/lib/case-studies/schema";
import type { LinkOptions } from "@/lib/case-studies/types";
import { LinkPicker } from "./link-picker";

type LinksSectionProps = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any output type: the pickers read and set input values only
  control: Control<UpsertCaseStudyInput, unknown, any>;
  options: LinkOptions;
  errors: FieldErrors<UpsertCaseStudyInput>;
  err: (message: string | undefined) => string | undefined;
};

/** The campaigns, samples and documents a case study links to, each picked from the owner's own. */
export function LinksSection({ control, options, errors, err }: LinksSectionProps) {
  const t = useTranslations();
  const tc = useTranslations("caseStudies");
  const pickers = [
    {
      name: "campaignIds",
      legend: tc("links.campaigns"),
      empty: tc("links.noCampaigns"),
      addHref: "/dashboard/campaigns/new",
      addLabel: t("campaigns.add"),
      options: options.campaigns,
    },
    {
      name: "sampleIds",
      legend: tc("links.samples"),
      empty: tc("links.noSamples"),
      addHref: "/dashboard/samples/new",
      addLabel: t("samples.add"),
      options: options.samples.map((sample) => ({ ...sample, detail: t(`platforms.names.${sample.platform as "OTHER"}`) })),
    },
    {
      name: "documentIds",
      legend: tc("links.documents"),
      empty: tc("links.noDocuments"),
      addHref: "/dashboard/documents/new",
      addLabel: t("dashboard.nav.documents"),
      options: options.documents,
    },
  ] as const;
  return (
    <FormSection title={tc("sections.links")} lead={tc("sections.linksLead")}>
      {pickers.map(({ name, ...picker }) => (
        <Controller
          key={name}
          control={control}
          name={name}
          render={({ field }) => <LinkPicker {...picker} value={field.value ?? []} onChange={field.onChange} error={err(errors[name]?.message)} />}
        />
      ))}
    </FormSection>
  );
}
