import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { looksLikeWords, postfolioPlugin } from "@/scripts/eslint-rules.mjs";

const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  {
    files: ["**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { postfolio: postfolioPlugin },
    rules: { "postfolio/no-literal-string": "error" },
  },
];
/** The texts the rule reports in one component body. */
const reported = (jsx: string) =>
  linter
    .verify(`export function C({ open, t }: any) { ${jsx} }`, config, "component.tsx")
    .map((m) => (m.ruleId === "postfolio/no-literal-string" ? m.message.match(/"(.*)": put/)?.[1] : `parse: ${m.message}`));

describe("postfolio/no-literal-string", () => {
  it("reports English a reader sees or hears", () => {
    expect(reported(`return <p>Saved</p>;`)).toEqual(["Saved"]);
    expect(reported(`return <p>or</p>;`)).toEqual(["or"]);
    expect(reported(`return <button aria-label="Close dialog">x</button>;`)).toEqual(["Close dialog"]);
    expect(reported(`return <input placeholder="e.g. Jane Doe" />;`)).toEqual(["e.g. Jane Doe"]);
    expect(reported(`return <Field label="Name" />;`)).toEqual(["Name"]);
    expect(reported(`return <img alt="Your photo" src="/a.png" />;`)).toEqual(["Your photo"]);
    expect(reported(`return <p>{open ? "Hide" : "Show"}</p>;`)).toEqual(["Hide", "Show"]);
    expect(reported(`return <p>{\`\${t("a")} more to go\`}</p>;`)).toEqual(["more to go"]);
    expect(reported(`toast.success("Saved"); return null;`)).toEqual(["Saved"]);
    expect(reported(`const metadata = { title: "Profile" }; return null;`)).toEqual(["Profile"]);
  });

  it("lets code, brands and data through", () => {
    const code = [
      `return <div className="flex items-center gap-2" data-testid="card" id="main" role="status" aria-hidden="true" />;`,
      `return <input type="email" name="email" autoComplete="current-password" inputMode="decimal" />;`,
      `return <a href="https://example.com/help" rel="noopener noreferrer" target="_blank">{t("help")}</a>;`,
      `return <Button variant="ghost" size="sm" icon="Instagram">{t("save")}</Button>;`,
      `return <p>Instagram · LinkedIn · 12 400 · 3,5% · — · PDF</p>;`,
      `return <code>npm run lint</code>;`,
      `return <script type="application/ld+json">{JSON.stringify({ "@type": "Person" })}</script>;`,
      `return <p>{t("editor.common.save")}</p>;`,
      `return <p className={open ? "text-danger font-medium" : "text-muted"}>{t("x")}</p>;`,
      `return <span>Aa</span>;`,
      `const key = "Some sentence in code"; return <p>{t(key)}</p>;`,
      `throw new Error("Not reachable");`,
    ];
    for (const snippet of code) expect(reported(snippet), snippet).toEqual([]);
  });

  it("tells words from identifiers", () => {
    expect(["Close", "Sign in", "Saved.", "no results yet."].map((s) => looksLikeWords(s))).toEqual([true, true, true, true]);
    expect(
      ["ghost", "current-password", "YYYY-MM-DD", "lg:grid-cols-2", "you@example.com", "publicPage.header", "/dashboard", "#main", "x"].map((s) =>
        looksLikeWords(s),
      ),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });
});
