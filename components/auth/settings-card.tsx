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
