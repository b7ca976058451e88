export const DEMO_LOGIN = { email: "demo@postfolio.dev", password: "demo-portfolio-2026", handle: "demo" } as const;
