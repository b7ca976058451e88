import "server-only";
import type { Provider } from "next-auth/providers/index";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import LinkedInProvider from "next-auth/providers/linkedin";
import { env } from "@/lib/env";

export type OAuthProviderId = "github" | "google" | "linkedin";
export type OAuthButton = { id: OAuthProviderId; name: string };

/** The OAuth providers whose id and secret are both set; none by default. */
export function oauthProviders(): Provider[] {
  const e = env();
  const providers: Provider[] = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  }
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  if (e.LINKEDIN_CLIENT_ID && e.LINKEDIN_CLIENT_SECRET) {
    // LinkedIn retired the v2 profile API next-auth v4 defaults to; "Sign In with LinkedIn" is OpenID Connect.
    providers.push(
      LinkedInProvider({
        clientId: e.LINKEDIN_CLIENT_ID,
        clientSecret: e.LINKEDIN_CLIENT_SECRET,
        wellKnown: "https://www.linkedin.com/oauth/.well-known/openid-configuration",
        issuer: "https://www.linkedin.com/oauth",
        jwks_endpoint: "https://www.linkedin.com/oauth/openid/jwks",
        authorization: { params: { scope: "openid profile email" } },
        client: { token_endpoint_auth_method: "client_secret_post" },
        profile(raw) {
          const profile = raw as unknown as { sub: string; name?: string; email?: string; picture?: string };
          return { id: profile.sub, name: profile.name ?? null, email: profile.email ?? null, image: profile.picture ?? null };
        },
      }),
    );
  }
  return providers;
}

/** The sign-in buttons to show on /login and /signup. */
export function oauthButtons(): OAuthButton[] {
  return oauthProviders().map((provider) => ({ id: provider.id as OAuthProviderId, name: provider.name }));
}

/** Whether the provider vouches for the email (only then may it be linked to an existing account). */
export function emailIsVerified(provider: string, profile: Record<string, unknown> | undefined): boolean {
  if (provider === "github") return true; // GitHub hands out only verified emails.
  return profile?.email_verified === true || profile?.email_verified === "true";
}
