"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { OAuthButton } from "@/lib/auth/oauth";

/** One button per configured OAuth provider, and an "or" rule above the email form; nothing when none is configured. */
export function OAuthButtons({ providers, next }: { providers: OAuthButton[]; next: string }) {
  const t = useTranslations("auth.oauth");
  const [pending, setPending] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="mb-6 grid gap-3">
      {providers.map((provider) => (
        <Button
          key={provider.id}
          type="button"
          variant="secondary"
          className="w-full"
          pending={pending === provider.id}
          disabled={pending !== null}
          onClick={() => {
            setPending(provider.id);
            void signIn(provider.id, { callbackUrl: next });
          }}
        >
          {t("continueWith", { provider: provider.name })}
        </Button>
      ))}
      <div className="flex items-center gap-3 text-xs text-muted" role="separator">
        <span className="h-px flex-1 bg-border" />
        {t("or")}
        <span className="h-px flex-1 bg-border" />
      </div>
    </div>
  );
}
