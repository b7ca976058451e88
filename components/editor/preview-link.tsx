import { Eye } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";

/** "See it as visitors do": the owner's preview of the public page, from the dashboard and the publish settings. */
export function PreviewLink({ label }: { label: string }) {
  return (
    <ButtonLink href="/dashboard/preview" variant="secondary" size="sm">
      <Eye aria-hidden className="size-4" />
      {label}
    </ButtonLink>
  );
}
