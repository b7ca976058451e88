import type { LucideIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import { Button, type ButtonProps } from "./button";

export type IconButtonProps = Omit<ButtonProps, "variant" | "size" | "children" | "aria-label"> & {
  icon: LucideIcon;
  /** The button's accessible name (it shows only the icon); pass `title` too for a hover tip. */
  label: string;
  /** A destructive action (delete): the icon in the danger colour. */
  danger?: boolean;
};

/** A square ghost button showing one icon: move, edit, delete, remove. While pending, the spinner takes the icon's place. */
export function IconButton({ icon: Icon, label, danger, pending, type = "button", ...props }: IconButtonProps) {
  return (
    <Button type={type} variant="ghost" size="icon" aria-label={label} pending={pending} {...props}>
      {!pending && <Icon aria-hidden className={cn("size-4", danger && "text-danger")} />}
    </Button>
  );
}
