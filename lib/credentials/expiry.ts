// Whether a certification has expired, "today" being the viewer's UTC date. Pure.

import { todayIso } from "@/lib/dates";

export { todayIso };

/** Expired when the expiry date is before today; a certification expiring today is still valid today. */
export function isExpired(expiresAt: string | null | undefined, today: string = todayIso()): boolean {
  return Boolean(expiresAt) && expiresAt! < today;
}
