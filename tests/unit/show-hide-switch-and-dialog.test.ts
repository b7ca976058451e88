import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { ShowHideSwitch, type ShowHideLabels } from "@/components/editor/show-hide-switch";
import messages from "@/lib/i18n/messages/en/index";

const root = path.resolve(import.meta.dirname, "../..");
const labels: ShowHideLabels = { show: "Show X", hide: "Hide X", nowShown: "Shown on your page", nowHidden: "Hidden from your page", failed: "Couldn't" };

function render(hidden: boolean, overrides: Partial<ShowHideLabels> = {}) {
  const onChange = async () => ({ ok: true as const, data: null });
  const element = createElement(ShowHideSwitch, { hidden, onChange, labels: { ...labels, ...overrides } });
  // eslint-disable-next-line react/no-children-prop -- a .ts test has no JSX, and the provider's props type requires children
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: element }));
}

describe("the one show/hide switch", () => {
  it("is a switch that is on while shown, named after the action it does", () => {
    expect(render(false)).toMatch(/role="switch"[^>]*aria-checked="true"[^>]*aria-label="Hide X"/);
    expect(render(true)).toMatch(/role="switch"[^>]*aria-checked="false"[^>]*aria-label="Show X"/);
  });

  it("says its state in words on the badge look, with the full sentence as its tooltip", () => {
    const html = render(true, { badge: { shown: "Shown", hidden: "Hidden" } });
    expect(html).toContain('title="Hidden from your page"');
    expect(html).toMatch(/>Hidden<\/button>$/);
    expect(render(false, { badge: { shown: "Shown", hidden: "Hidden" } })).toMatch(/>Shown<\/button>$/);
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

describe("the one dialog", () => {
  it("is the only place that draws a modal's overlay and panel (so every dialog shares one z-index)", () => {
    const own = path.join(root, "components/ui/dialog.tsx");
    const drawing = [...sources(path.join(root, "components")), ...sources(path.join(root, "app"))]
      .filter((file) => file !== own)
      .filter((file) => /\b(?:Dialog|AlertDialog)\.(?:Overlay|Content|Portal)\b|fixed inset-0/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(drawing).toEqual([]);
  });
});
