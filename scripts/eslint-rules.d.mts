// Types for scripts/eslint-rules.mjs (imported by its unit test).
import type { ESLint } from "eslint";

export declare function looksLikeWords(raw: string, rendered?: boolean): boolean;
export declare const postfolioPlugin: ESLint.Plugin;
