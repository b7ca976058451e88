// Session lifetime and cookie names, free of server-only imports so proxy.ts can share them.

/** A session lasts a week from its last renewal… */
export const SESSION_MAX_AGE = 7 * 24 * 60 * 60;
/** …and is renewed (sliding) by proxy.ts once it is a day old, while the user keeps coming back… */
export const SESSION_UPDATE_AGE = 24 * 60 * 60;
/**
 * …but never past 30 days after the sign-in (the token's `auth` claim): then the
 * password is asked again. This bound, not the cookie's expiry (which anyone
 * holding the cookie can renew), is what findSessionUser() enforces, and how
 * long a sign-out's revocation has to be kept.
 */
export const SESSION_ABSOLUTE_MAX_AGE = 30 * 24 * 60 * 60;

/** When a session signed in at `authSeconds` ends for good, in milliseconds. */
export function sessionHardExpiry(authSeconds: number): number {
  return (authSeconds + SESSION_ABSOLUTE_MAX_AGE) * 1000;
}

/** Secure cookies (and their __Secure- names) whenever the public URL is https. */
export function secureCookiesFor(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith("https://") ?? false;
}

/** The session cookie's name, as next-auth names it. */
export function sessionCookieNameFor(publicUrl: string | undefined): string {
  return `${secureCookiesFor(publicUrl) ? "__Secure-" : ""}next-auth.session-token`;
}

/** Whether a token issued at `issuedAt` (seconds) is due for renewal at `nowSeconds`. */
export function sessionNeedsRenewal(issuedAt: unknown, nowSeconds: number): boolean {
  return typeof issuedAt === "number" && nowSeconds - issuedAt >= SESSION_UPDATE_AGE;
}
