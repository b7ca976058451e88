import { Upload } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";

/** The way into the import wizard, shown on the campaigns and content samples screens. */
export async function ImportLink() {
  const t = await getTranslations("imports");
  return (
    <ButtonLink href="/dashboard/imports" variant="secondary">
      <Upload aria-hidden className="size-4" />
      {t("linkLabel")}
    </ButtonLink>
  );
}
