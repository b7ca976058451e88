import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type SettingsCardProps = {
  title: string;
  description: React.ReactNode;
  tone?: "default" | "danger";
  children: React.ReactNode;
};

/** One settings section: heading and explanation on the left (wide screens), its form on the right. */
export function SettingsCard({ title, description, tone = "default", children }: SettingsCardProps) {
  const id = `settings-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section
      aria-labelledby={id}
      className={cn(
        "grid gap-4 rounded-card border bg-bg p-5 sm:p-6 md:grid-cols-[minmax(0,14rem)_1fr] md:gap-8",
        tone === "danger" ? "border-danger/40" : "border-border",
      )}
    >
      <div>
        <h2 id={id} className={cn("font-semibold", tone === "danger" && "text-danger")}>
          {title}
        </h2>
        <p className="mt-1 text-sm text-muted">{description}</p>
      </div>
      <div className="min-w-0">{children}</div>
    </section>
  );
}

/** The row under a settings form holding its save button. */
export function SettingsActions({ children }: { children: React.ReactNode }) {
  return <div className="mt-4 flex justify-end gap-2">{children}</div>;
}

type SettingsFormProps = {
  title: string;
  description: React.ReactNode;
  onSubmit: React.FormEventHandler<HTMLFormElement>;
  pending: boolean;
  /** False until something changed (or while the value cannot be saved): the Save button stays disabled. */
  canSave: boolean;
  className?: string;
  children: React.ReactNode;
};

/** A settings card holding one small form and its Save button. */
export function SettingsForm({ title, description, onSubmit, pending, canSave, className, children }: SettingsFormProps) {
  const t = useTranslations("auth.settings");
  return (
    <SettingsCard title={title} description={description}>
      <form onSubmit={onSubmit} noValidate className={className}>
        {children}
        <SettingsActions>
          <Button type="submit" pending={pending} disabled={!canSave}>
            {t("save")}
          </Button>
        </SettingsActions>
      </form>
    </SettingsCard>
  );
}
