import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { sendMail, type MailMessage } from "./transport";

export type OwnerNotice = {
  userId: string;
  /** Notification.kind, e.g. "link-opened". */
  kind: string;
  payload: Prisma.InputJsonObject;
  /** The email to send when SMTP is configured; built lazily so nothing is rendered when it isn't. */
  email: (to: string) => Promise<Omit<MailMessage, "to">>;
};

/**
 * Tells the owner something happened: by email when SMTP is configured,
 * otherwise (or when sending fails) as a dashboard notification. Never throws.
 */
export async function notifyOwner(notice: OwnerNotice): Promise<"email" | "dashboard" | "failed"> {
  try {
    const owner = await db().user.findUnique({ where: { id: notice.userId }, select: { email: true } });
    if (!owner) return "failed";
    try {
      if (await sendMail({ to: owner.email, ...(await notice.email(owner.email)) })) return "email";
    } catch (error) {
      console.error("Email notification failed; showing it in the dashboard instead.", error);
    }
    await db().notification.create({ data: { userId: notice.userId, kind: notice.kind, payload: notice.payload } });
    return "dashboard";
  } catch (error) {
    console.error("Owner notification failed.", error);
    return "failed";
  }
}
