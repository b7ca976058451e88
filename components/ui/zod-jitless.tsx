"use client";

import { z } from "zod";

// zod 4 probes `new Function("")` on its first parse to decide whether to
// compile its object parsers; under the editor's CSP (no 'unsafe-eval') that
// probe is a CSP violation in every browser console. Parsing without the JIT
// is just as correct and our forms are small. Rendered by the editor's
// layouts, whose client modules load before any form can parse.
z.config({ jitless: true });

export function ZodJitless() {
  return null;
}
