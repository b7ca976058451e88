// Currencies and money amounts, shared by every room that records spend or revenue.

/** Common ISO 4217 codes; enough for an entry-level portfolio, short enough for a select. */
export const currencyValues = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "AUD",
  "NZD",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "INR",
  "JPY",
  "SGD",
  "ZAR",
  "BRL",
  "MXN",
  "AED",
] as const;
export type Currency = (typeof currencyValues)[number];
export const DEFAULT_CURRENCY: Currency = "USD";

/** A stored code as a form value: one of currencyValues, else the default. */
export function asCurrency(code: string | null | undefined): Currency {
  return (currencyValues as readonly string[]).includes(code ?? "") ? (code as Currency) : DEFAULT_CURRENCY;
}

/** The code most of `codes` use (the earliest on a tie), else the default: a new item's currency. */
export function mostUsedCurrency(codes: readonly string[]): Currency {
  const counts = new Map<Currency, number>();
  for (const code of codes) {
    const currency = asCurrency(code);
    if (currency === code) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  }
  let best: Currency = DEFAULT_CURRENCY;
  let most = 0;
  for (const [currency, count] of counts) {
    if (count > most) [best, most] = [currency, count];
  }
  return best;
}

/** Money is kept to the cent. */
export function roundToCents(value: number): number {
  return Math.round(value * 100) / 100;
}
