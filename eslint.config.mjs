import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { postfolioPlugin } from "./scripts/eslint-rules.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", ".data/**", "lib/db/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  // Every user-visible string goes through next-intl (README "Languages").
  { files: ["app/**/*.tsx", "components/**/*.tsx"], plugins: { postfolio: postfolioPlugin }, rules: { "postfolio/no-literal-string": "error" } },
];
export default config;
