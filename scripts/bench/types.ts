export type PortfolioSize = "medium" | "large";

/** What scripts/bench/seed.ts is asked to make. */
export type SeedPlan = { largeItems: number; portfolios: { handle: string; size: PortfolioSize }[] };

export type SeededPortfolio = { handle: string; size: PortfolioSize; items: number };

/** The reading pages Lighthouse measures, made by the seed from the first realistic portfolio (a copy of the demo). */
export type ReadingPages = { portfolio: string; caseStudy: string; share: string };
