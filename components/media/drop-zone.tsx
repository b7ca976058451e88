"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FileText, ImageUp, Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { acceptAttribute, type AcceptedKinds } from "@/lib/media/schema";
import { cn } from "@/lib/utils";

type DropZoneProps = {
  accepts: AcceptedKinds;
  /** Several files at once ("Choose images") or one ("Choose an image"). */
  many: boolean;
  /** Id of the hint paragraph, which describes the button. */
  hintId: string;
  onFiles: (files: FileList) => void;
};

/** The uploader's area to drop files on, with a button that opens the file picker. */
export function DropZone({ accepts, many, hintId, onFiles }: DropZoneProps) {
  const t = useTranslations("media.uploader");
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  return (
    <div
      onDragEnter={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onFiles(event.dataTransfer.files);
      }}
      className={cn(
        "flex flex-col items-center gap-3 rounded-card border border-dashed px-4 py-6 text-center transition-colors",
        dragging ? "border-accent bg-accent-soft" : "border-border bg-surface/50",
      )}
    >
      <span aria-hidden className="grid size-10 place-items-center rounded-full bg-bg text-muted shadow-sm ring-1 ring-border">
        {accepts === "pdf" ? <FileText className="size-5" /> : <ImageUp className="size-5" />}
      </span>
      <div className="grid gap-1">
        <p className="text-sm font-medium">{dragging ? t("dropHere") : many ? t("dropTitleMany", { accept: accepts }) : t("dropTitle", { accept: accepts })}</p>
        <p id={hintId} className="text-xs text-muted">
          {t("hint", { accept: accepts })}
        </p>
      </div>
      <Button type="button" variant="secondary" size="sm" aria-describedby={hintId} onClick={() => inputRef.current?.click()}>
        <Upload aria-hidden className="size-4" />
        {many ? t("chooseMany", { accept: accepts }) : t("choose", { accept: accepts })}
      </Button>
      <input
        ref={inputRef}
        type="file"
        className="sr-only"
        tabIndex={-1}
        aria-hidden
        accept={acceptAttribute(accepts)}
        multiple={many}
        onChange={(event) => {
          if (event.target.files) onFiles(event.target.files);
          // The same file can be picked again after a discard.
          event.target.value = "";
        }}
      />
    </div>
  );
}
