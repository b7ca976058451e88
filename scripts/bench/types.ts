export type PortfolioSize = "medium" | "large";

/** What scripts/bench/seed.ts is asked to make. */
export type SeedPlan = { largeItems: number; portfolios: { handle: string; size: PortfolioSize }[] };

export type SeededPortfolio = { handle: string; size: PortfolioSize; items: number };
