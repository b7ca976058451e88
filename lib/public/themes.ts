import { accentPalette } from "./contrast";

// The public page's three looks. Each sets the same Tailwind colour tokens
// (app/globals.css) on the page's wrapper, so components need no theme logic.
// Every pair used for text meets WCAG AA (tests/unit/contrast-themes.test.ts).

export const themeNames = ["LIGHT", "DARK", "EDITORIAL"] as const;
export type ThemeName = (typeof themeNames)[number];

export type ThemePalette = {
  bg: string;
  surface: string;
  border: string;
  fg: string;
  muted: string;
  success: string;
  danger: string;
  warning: string;
  /** Headings' font stack; the editorial theme sets headings in a serif. */
  headingFont: string;
};

const sans = "var(--font-sans)";

export const themePalettes: Record<ThemeName, ThemePalette> = {
  LIGHT: {
    bg: "#ffffff",
    surface: "#f7f7f8",
    border: "#e4e4e7",
    fg: "#18181b",
    muted: "#52525b",
    success: "#15803d",
    danger: "#b91c1c",
    warning: "#92400e",
    headingFont: sans,
  },
  DARK: {
    bg: "#0b0b0e",
    surface: "#17171c",
    border: "#2e2e36",
    fg: "#f4f4f5",
    muted: "#a1a1aa",
    success: "#4ade80",
    danger: "#f87171",
    warning: "#facc15",
    headingFont: sans,
  },
  EDITORIAL: {
    bg: "#faf7f2",
    surface: "#f1ece3",
    border: "#d9d0c1",
    fg: "#1c1917",
    muted: "#57534e",
    success: "#166534",
    danger: "#991b1b",
    warning: "#854d0e",
    headingFont: 'ui-serif, Georgia, Cambria, "Times New Roman", serif',
  },
};

export type ThemeVariables = Record<
  | "--color-bg"
  | "--color-surface"
  | "--color-border"
  | "--color-fg"
  | "--color-muted"
  | "--color-success"
  | "--color-danger"
  | "--color-warning"
  | "--color-accent"
  | "--color-accent-fg"
  | "--color-accent-soft"
  | "--font-heading",
  string
>;

/** The CSS custom properties a theme sets on the page wrapper, with the accent adjusted for contrast. */
export function themeVariables(theme: ThemeName, accentColor: string): ThemeVariables {
  const palette = themePalettes[theme];
  const accent = accentPalette(accentColor, palette.bg, palette.surface);
  return {
    "--color-bg": palette.bg,
    "--color-surface": palette.surface,
    "--color-border": palette.border,
    "--color-fg": palette.fg,
    "--color-muted": palette.muted,
    "--color-success": palette.success,
    "--color-danger": palette.danger,
    "--color-warning": palette.warning,
    "--color-accent": accent.accent,
    "--color-accent-fg": accent.accentFg,
    "--color-accent-soft": accent.accentSoft,
    "--font-heading": palette.headingFont,
  };
}
