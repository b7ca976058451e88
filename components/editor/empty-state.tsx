import { useTranslations } from "next-intl";
import { Lightbulb } from "lucide-react";

type EmptyStateProps = {
  icon: React.ReactNode;
  title: string;
  body: string;
  example: string;
  action: React.ReactNode;
};

/** "Guided, not blank": what belongs here, an example of it, and the way to add one. */
export function EmptyState({ icon, title, body, example, action }: EmptyStateProps) {
  const t = useTranslations("editor.common");
  return (
    <section className="rounded-card border border-dashed border-border p-6 sm:p-10">
      <div className="mx-auto max-w-xl text-center">
        <div aria-hidden className="mx-auto grid size-12 place-items-center rounded-full bg-accent-soft text-accent [&>svg]:size-6">
          {icon}
        </div>
        <h2 className="mt-4 text-lg font-semibold">{title}</h2>
        <p className="mt-2 text-sm text-muted">{body}</p>
        <figure className="mt-5 rounded-lg bg-surface p-4 text-left text-sm">
          <figcaption className="flex items-center gap-1.5 text-xs font-medium tracking-wide text-muted uppercase">
            <Lightbulb aria-hidden className="size-3.5" />
            {t("example")}
          </figcaption>
          <p className="mt-1.5">{example}</p>
        </figure>
        <div className="mt-6 flex justify-center">{action}</div>
      </div>
    </section>
  );
}
