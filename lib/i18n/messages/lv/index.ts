// Latvian messages. Each key Latvian lacks falls back to English (a deep merge
// over en), so a screen is never blank while a translation is on its way.
import en from "../en";
import latvian from "./latvian.json";

type Tree = { [key: string]: string | Tree };

function mergeOver<T>(base: T, over: Tree): T {
  const out: Tree = { ...(base as Tree) };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = typeof value === "object" && typeof under === "object" ? mergeOver(under, value) : value;
  }
  return out as T;
}

const translated: Tree[] = [latvian];

const messages: typeof en = translated.reduce<typeof en>((merged, file) => mergeOver(merged, file), en);
export default messages;
