// Run by scripts/soak.ts (SOAK_PAGE=share) under the react-server condition with
// DATABASE_URL set: makes a share link of the seeded demo portfolio through
// lib/sharing, as the owner's sharing page does (every visible section, no
// expiry), and writes the link's path (/s/<token>) to the file named.
import { writeFileSync } from "node:fs";
import { db } from "../../lib/db/client";
import { DEMO_LOGIN } from "../../lib/seed/demo-login";
import { sectionKeys } from "../../lib/sections";
import { createShareLink } from "../../lib/sharing/mutations";
import { createShareLinkSchema } from "../../lib/sharing/schema";
import { sharePath } from "../../lib/sharing/status";

const outFile = process.argv[2];
if (!outFile) throw new Error("usage: share-link.ts <out-file>");

const owner = await db().user.findUnique({ where: { handle: DEMO_LOGIN.handle }, select: { id: true } });
if (!owner) throw new Error(`No user @${DEMO_LOGIN.handle}: the demo is not seeded`);
const input = createShareLinkSchema.parse({
  recipientName: "Soak reader",
  company: "Load test",
  note: "",
  expiresAt: "",
  sections: [...sectionKeys],
  anonymizeAll: false,
});
const link = await createShareLink(owner.id, input);
writeFileSync(outFile, sharePath(link.token));
await db().$disconnect();
