"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus, Sparkles, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useActionForm, useFailureToast } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { SortableList } from "@/components/editor/sortable-list";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { deleteCredentialAction, reorderCredentialsAction, saveSkillAction } from "@/lib/credentials/actions";
import { skillPresets, toolPresets } from "@/lib/credentials/presets";
import { skillLevelValues, upsertSkillSchema } from "@/lib/credentials/schema";
import type { SkillView } from "@/lib/credentials/types";
import { SectionCard } from "./section-card";
import { callAction } from "@/components/ui/call-action";

type Category = SkillView["category"];
type Schema = typeof upsertSkillSchema;

export function SkillsSection({ items }: { items: SkillView[] }) {
  const t = useTranslations("credentials.skills");
  return (
    <SectionCard id="skills" icon={<Sparkles />} title={t("title")} lead={t("lead")}>
      <div className="grid gap-8 lg:grid-cols-2">
        <SkillGroup category="SKILL" items={items.filter((item) => item.category === "SKILL")} presets={skillPresets} />
        <SkillGroup category="TOOL" items={items.filter((item) => item.category === "TOOL")} presets={toolPresets} />
      </div>
    </SectionCard>
  );
}

function SkillGroup({ category, items, presets }: { category: Category; items: SkillView[]; presets: readonly string[] }) {
  const t = useTranslations("credentials");
  const failed = useFailureToast();
  const router = useRouter();
  const [adding, setAdding] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const taken = new Set(items.map((item) => item.name.toLowerCase()));
  const suggestions = presets.filter((name) => !taken.has(name.toLowerCase()));
  const heading = category === "SKILL" ? t("skills.skillsHeading") : t("skills.toolsHeading");
  const headingId = `skills-${category.toLowerCase()}-heading`;

  const addPreset = (name: string) => {
    setAdding(name);
    startTransition(async () => {
      const result = await callAction(saveSkillAction, { name, category, level: null });
      setAdding(null);
      if (result.ok) {
        toast.success(t("added"));
        // The save answers with the skill only (#19): the lists and the nav's count are read afresh.
        router.refresh();
      } else failed(t("saveFailed"), result);
    });
  };

  return (
    <section aria-labelledby={headingId} className="grid content-start gap-3" data-testid={`skill-group-${category}`}>
      <h3 id={headingId} className="text-sm font-semibold">
        {heading}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-muted">{category === "SKILL" ? t("skills.emptySkills") : t("skills.emptyTools")}</p>
      ) : (
        <SortableList
          items={items}
          label={heading}
          getTitle={(item) => item.name}
          onReorder={(ids) => reorderCredentialsAction({ kind: "skill", ids })}
          renderItem={(item) => <SkillRow item={item} />}
          renderActions={(item) => <RemoveSkill item={item} />}
        />
      )}
      {suggestions.length > 0 && (
        <div className="grid gap-2">
          <p className="text-xs font-medium text-muted">{t("skills.suggestions")}</p>
          <ul className="flex flex-wrap gap-2">
            {suggestions.map((name) => (
              <li key={name}>
                <Button
                  type="button"
                  variant="secondary"
                  size="sm"
                  className="rounded-full"
                  pending={adding === name}
                  aria-label={t("skills.addPreset", { name })}
                  onClick={() => addPreset(name)}
                >
                  {adding !== name && <Plus aria-hidden className="size-3.5" />}
                  {name}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <CustomSkillForm category={category} />
    </section>
  );
}

function SkillRow({ item }: { item: SkillView }) {
  const t = useTranslations("credentials");
  const failed = useFailureToast();
  const [pending, startTransition] = useTransition();
  const [level, setLevel] = useState<string>(item.level ?? "");
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <span className="font-medium">{item.name}</span>
      <Select
        aria-label={t("skills.levelFor", { name: item.name })}
        className="h-8 w-auto py-0 text-xs"
        value={level}
        disabled={pending}
        onChange={(event) => {
          const previous = level;
          const next = event.target.value;
          setLevel(next);
          startTransition(async () => {
            const result = await callAction(saveSkillAction, { id: item.id, name: item.name, category: item.category, level: next as SkillView["level"] });
            if (result.ok) toast.success(t("saved"));
            else {
              setLevel(previous);
              failed(t("saveFailed"), result);
            }
          });
        }}
      >
        <LevelOptions />
      </Select>
    </div>
  );
}

/** Removes at once and offers Undo (re-adds the same name and level). */
function RemoveSkill({ item }: { item: SkillView }) {
  const t = useTranslations("credentials");
  const failed = useFailureToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon"
      pending={pending}
      aria-label={t("skills.removeItem", { name: item.name })}
      title={t("skills.removeItem", { name: item.name })}
      onClick={() =>
        startTransition(async () => {
          const result = await callAction(deleteCredentialAction, { kind: "skill", id: item.id });
          if (!result.ok) return failed(t("deleteFailed"), result);
          router.refresh(); // the answer is small (#19): the skill leaves the list, the nav's count drops
          toast.success(t("skills.removed", { name: item.name }), {
            action: {
              label: t("skills.undo"),
              onClick: () => void saveSkillAction({ name: item.name, category: item.category, level: item.level }).then(() => router.refresh()),
            },
          });
        })
      }
    >
      {!pending && <X aria-hidden className="size-4" />}
    </Button>
  );
}

function CustomSkillForm({ category }: { category: Category }) {
  const t = useTranslations("credentials");
  const err = useErrorText("credentials", "editor");
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertSkillSchema),
    defaultValues: { name: "", category, level: "" },
  });
  const { register, handleSubmit, formState, reset } = form;
  // A new skill per press of Add: a doubled or retried press stores it once (#19).
  const action = useActionForm({ setError: form.setError, failedTitle: t("saveFailed"), refresh: true, versioned: { reset: () => undefined } });
  const onSubmit = handleSubmit(async (values) => {
    const result = await action.run(saveSkillAction, values, t("added"));
    if (result.ok) reset({ name: "", category, level: "" });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-2 sm:grid-cols-[1fr_9rem_auto] sm:items-start">
      <Field label={t("skills.custom")} error={err(formState.errors.name?.message)}>
        {(c) => (
          <Input {...c} placeholder={category === "SKILL" ? t("skills.customSkillPlaceholder") : t("skills.customToolPlaceholder")} {...register("name")} />
        )}
      </Field>
      <Field label={t("skills.level")}>
        {(c) => (
          <Select {...c} {...register("level")}>
            <LevelOptions />
          </Select>
        )}
      </Field>
      <Button type="submit" variant="secondary" className="sm:mt-6" pending={formState.isSubmitting}>
        {t("skills.addButton")}
      </Button>
    </form>
  );
}

/** "No level" and the four levels, for both level selects. */
function LevelOptions() {
  const t = useTranslations("credentials.skills");
  return (
    <>
      <option value="">{t("noLevel")}</option>
      {skillLevelValues.map((level) => (
        <option key={level} value={level}>
          {t(`levels.${level}`)}
        </option>
      ))}
    </>
  );
}
