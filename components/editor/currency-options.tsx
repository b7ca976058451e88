import { currencyValues } from "@/lib/money";

/** The <option>s of a currency <Select>: the codes campaigns and case studies accept. */
export function CurrencyOptions() {
  return currencyValues.map((code) => (
    <option key={code} value={code}>
      {code}
    </option>
  ));
}
