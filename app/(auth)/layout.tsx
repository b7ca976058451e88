import { NextIntlClientProvider } from "next-intl";
import { ZodJitless } from "@/components/ui/zod-jitless";
import { pickMessages } from "@/lib/i18n/client-messages";

// The sign-in and sign-up forms are client components: they get the auth
// texts and the shared error and validation texts, nothing else.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <NextIntlClientProvider messages={await pickMessages(["auth", "errors", "validation"])}>
      <ZodJitless />
      {children}
    </NextIntlClientProvider>
  );
}
