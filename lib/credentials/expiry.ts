// Whether a certification has expired, "today" being the viewer's UTC date. Pure.

/** "YYYY-MM-DD" of `now` in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Expired when the expiry date is before today; a certification expiring today is still valid today. */
export function isExpired(expiresAt: string | null | undefined, today: string = todayIso()): boolean {
  return Boolean(expiresAt) && expiresAt! < today;
}
