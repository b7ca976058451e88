import { cn } from "@/lib/utils";

/** A titled group of form fields in a card. */
export function FormSection({ title, lead, children, className }: { title: string; lead?: string; children: React.ReactNode; className?: string }) {
  return (
    <section className={cn("rounded-card border border-border p-4 sm:p-6", className)}>
      <h2 className="text-base font-semibold">{title}</h2>
      {lead && <p className="mt-1 text-sm text-muted">{lead}</p>}
      <div className="mt-4 grid gap-4">{children}</div>
    </section>
  );
}

/** A labelled on/off switch built on a real checkbox. */
export function SwitchField({ label, hint, ...props }: React.ComponentProps<"input"> & { label: string; hint?: string }) {
  return (
    <label className="flex cursor-pointer items-start gap-3">
      <input type="checkbox" role="switch" className="peer sr-only" {...props} />
      <span
        aria-hidden
        className="relative mt-0.5 h-5 w-9 shrink-0 rounded-full bg-border transition-colors peer-checked:bg-accent peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent after:absolute after:top-0.5 after:left-0.5 after:size-4 after:rounded-full after:bg-white after:shadow after:transition-transform peer-checked:after:translate-x-4"
      />
      <span className="grid gap-0.5">
        <span className="text-sm font-medium">{label}</span>
        {hint && <span className="text-xs text-muted">{hint}</span>}
      </span>
    </label>
  );
}
