"use client";

import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import type { z } from "zod";
import { IconButton } from "@/components/ui/icon-button";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Uploader } from "@/components/media/uploader";
import { AttachedMedia, useMediaAlts } from "@/components/media/attached-media";
import { FormUploadsScope, useFormUploads } from "@/components/media/form-uploads";
import { UploadSaveStatus, useSaveLabel } from "@/components/media/upload-save-status";
import { PlatformMultiSelect } from "@/components/editor/platform-multi-select";
import { useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import { SaveStatusText } from "@/components/editor/save-bar";
import { useActionForm } from "@/components/editor/use-action-form";
import { updateProfileAction } from "@/lib/portfolio/actions";
import { platformValues } from "@/lib/platforms/platforms";
import { BIO_MAX, updateProfileSchema } from "@/lib/portfolio/schema";
import { LIMITS } from "@/lib/validation";

type FormInput = z.input<typeof updateProfileSchema>;
type FormOutput = z.output<typeof updateProfileSchema>;
type Avatar = { id: string; alt: string } | null;

export function ProfileForm({ defaults, avatar: initialAvatar }: { defaults: FormInput; avatar: Avatar }) {
  const t = useTranslations("dashboard.profile");
  const tPlatforms = useTranslations("platforms.names");
  const [avatar, setAvatar] = useState<Avatar>(initialAvatar);
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(updateProfileSchema), defaultValues: defaults });
  const { register, handleSubmit, formState, control, setValue, setError, reset } = form;
  const links = useFieldArray({ control, name: "profileLinks" });
  const errors = formState.errors;
  const uploads = useFormUploads();
  const alts = useMediaAlts(form);
  const saveLabel = useSaveLabel(uploads, "image");
  // A picture still uploading (or one that failed) is a change the owner would lose too.
  useUnsavedChangesWarning(formState.isDirty || uploads.running + uploads.stuck > 0);

  const action = useActionForm({
    setError,
    failedTitle: t("saveFailed"),
    refresh: true,
    // Saved: the form's values become the saved state, at the answered version.
    versioned: { reset: ({ version }) => reset({ ...form.getValues(), baseVersion: version }) },
  });
  const submit = handleSubmit(async (values) => {
    await action.run(updateProfileAction, values, t("saved"));
  });

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await uploads.settle()) await submit();
  };

  const bio = useWatch({ control, name: "bio" }) ?? "";
  const platforms = useWatch({ control, name: "platforms" }) ?? [];

  return (
    <FormUploadsScope uploads={uploads}>
      <form onSubmit={onSubmit} noValidate className="space-y-8">
        <section id="photo" className="grid scroll-mt-20 gap-4 rounded-card border border-border p-5">
          <h2 className="font-semibold">{t("photo")}</h2>
          {avatar ? (
            <AttachedMedia
              media={{ id: avatar.id, kind: "IMAGE", thumbUrl: `/api/media/${avatar.id}/thumb` }}
              alt={alts.field(avatar.id)}
              removeLabel={t("removePhoto")}
              onRemove={() => {
                setAvatar(null);
                setValue("avatarId", null, { shouldDirty: true });
                alts.remove(avatar.id);
              }}
              rounded
            />
          ) : (
            <Uploader
              purpose="avatar"
              accept="image"
              max={1}
              onUploaded={(media) => {
                setAvatar({ id: media.id, alt: media.alt });
                setValue("avatarId", media.id, { shouldDirty: true });
                alts.add(media);
              }}
            />
          )}
          <p className="text-xs text-muted">{t("photoHint")}</p>
          {errors.avatarId?.message && <FieldError message={errors.avatarId.message} />}
        </section>

        <section id="headline" className="grid scroll-mt-20 gap-4 rounded-card border border-border p-5 sm:grid-cols-2">
          <Field label={t("displayName")} error={errors.displayName?.message}>
            {(control) => <Input {...control} maxLength={LIMITS.name} autoComplete="name" {...register("displayName")} />}
          </Field>
          <Field label={t("location")} error={errors.location?.message}>
            {(control) => <Input {...control} maxLength={LIMITS.name} placeholder={t("locationPlaceholder")} {...register("location")} />}
          </Field>
          <Field label={t("headline")} hint={t("headlineHint")} error={errors.headline?.message} className="sm:col-span-2">
            {(control) => <Input {...control} maxLength={LIMITS.headline} {...register("headline")} />}
          </Field>
          <div id="bio" className="scroll-mt-20 sm:col-span-2">
            <Field label={t("bio")} hint={t("bioHint", { count: bio.length, max: BIO_MAX })} error={errors.bio?.message}>
              {(control) => <Textarea {...control} rows={6} maxLength={BIO_MAX} {...register("bio")} />}
            </Field>
          </div>
          <Field label={t("targetIndustry")} hint={t("targetIndustryHint")} error={errors.targetIndustry?.message}>
            {(control) => <Input {...control} maxLength={LIMITS.name} placeholder={t("targetIndustryPlaceholder")} {...register("targetIndustry")} />}
          </Field>
          <div className="grid content-start gap-1.5">
            <label className="flex items-center gap-3 pt-7 text-sm font-medium">
              <input type="checkbox" className="size-4 accent-[var(--color-accent)]" {...register("openToWork")} />
              {t("openToWork")}
            </label>
            <p className="text-xs text-muted">{t("openToWorkHint")}</p>
          </div>
        </section>

        <section className="grid gap-4 rounded-card border border-border p-5">
          <fieldset className="grid gap-2">
            <legend className="mb-2 text-sm font-medium">{t("platforms")}</legend>
            <PlatformMultiSelect value={platforms} onChange={(next) => setValue("platforms", next, { shouldDirty: true })} />
          </fieldset>
        </section>

        <section id="contact" className="grid scroll-mt-20 gap-4 rounded-card border border-border p-5 sm:grid-cols-2">
          <Field label={t("contactEmail")} hint={t("contactEmailHint")} error={errors.contactEmail?.message}>
            {(control) => <Input {...control} maxLength={LIMITS.email} type="email" autoComplete="email" {...register("contactEmail")} />}
          </Field>
          <Field label={t("website")} error={errors.website?.message}>
            {(control) => <Input {...control} maxLength={LIMITS.url} type="url" placeholder="https://" {...register("website")} />}
          </Field>
          <fieldset className="grid gap-3 sm:col-span-2">
            <legend className="text-sm font-medium">{t("profileLinks")}</legend>
            <p className="text-xs text-muted">{t("profileLinksHint")}</p>
            {links.fields.map((link, index) => (
              <div key={link.id} className="grid gap-2 sm:grid-cols-[180px_1fr_auto] sm:items-start">
                <Field label={<span className="sr-only sm:not-sr-only">{t("linkPlatform")}</span>} error={errors.profileLinks?.[index]?.platform?.message}>
                  {(control) => (
                    <Select {...control} {...register(`profileLinks.${index}.platform`)}>
                      {platformValues.map((platform) => (
                        <option key={platform} value={platform}>
                          {tPlatforms(platform)}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
                <Field label={<span className="sr-only sm:not-sr-only">{t("linkUrl")}</span>} error={errors.profileLinks?.[index]?.url?.message}>
                  {(control) => <Input {...control} type="url" placeholder="https://" {...register(`profileLinks.${index}.url`)} />}
                </Field>
                <IconButton icon={Trash2} className="sm:mt-6" label={t("removeLink")} onClick={() => links.remove(index)} />
              </div>
            ))}
            {errors.profileLinks?.root?.message && <FieldError message={errors.profileLinks.root.message} />}
            {errors.profileLinks?.message && <FieldError message={errors.profileLinks.message} />}
            <div>
              <Button
                type="button"
                variant="secondary"
                size="sm"
                onClick={() => links.append({ platform: "LINKEDIN", url: "" })}
                disabled={links.fields.length >= 10}
              >
                <Plus aria-hidden className="size-4" />
                {t("addLink")}
              </Button>
            </div>
          </fieldset>
        </section>

        <div className="sticky bottom-0 flex items-center justify-end gap-3 border-t border-border bg-bg/95 py-3 backdrop-blur">
          <div className="mr-auto grid gap-0.5">
            {errors.root?.message && <FieldError message={errors.root.message} />}
            {formState.isDirty && <p className="text-sm text-muted">{t("unsaved")}</p>}
            <UploadSaveStatus uploads={uploads} />
            <SaveStatusText status={action.status} />
          </div>
          <Button type="submit" pending={formState.isSubmitting || uploads.waitingFor > 0}>
            {saveLabel(t("save"))}
          </Button>
        </div>
      </form>
    </FormUploadsScope>
  );
}
