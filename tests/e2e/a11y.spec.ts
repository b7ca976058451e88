import AxeBuilder from "@axe-core/playwright";
import { expect, signInAs, test } from "./fixtures";

// The editor is used for hours by people who may rely on a keyboard or a
// screen reader: every screen, full (the demo account) and empty (a new
// account), passes axe's WCAG 2.2 AA rules. The public page's themes are
// checked in public.spec.ts.
const DEMO = { email: "demo@postfolio.dev", password: "demo-portfolio-2026" };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCREENS = [
  "/dashboard",
  "/dashboard/profile",
  "/dashboard/campaigns",
  "/dashboard/campaigns/new",
  "/dashboard/samples",
  "/dashboard/samples/new",
  "/dashboard/documents",
  "/dashboard/documents/new",
  "/dashboard/calendars",
  "/dashboard/case-studies",
  "/dashboard/case-studies/new",
  "/dashboard/credentials",
  "/dashboard/sharing",
  "/dashboard/inbox",
  "/dashboard/publish",
  "/dashboard/preview",
  "/settings",
];

// Seventeen pages with a full axe run each take longer than one flow test.
test.describe.configure({ timeout: 240_000 });

async function violationsOn(page: import("@playwright/test").Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const path of SCREENS) {
    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status(), path).toBe(200);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    if (violations.length > 0) found[path] = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }
  return found;
}

test("every editor screen of a full portfolio passes axe", async ({ page }) => {
  await signInAs(page, DEMO);
  expect(await violationsOn(page)).toEqual({});
});

test("every editor screen of a new, empty account passes axe", async ({ signedInPage }) => {
  expect(await violationsOn(signedInPage)).toEqual({});
});
