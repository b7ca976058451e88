import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { configuredOrigin } from "@/lib/site";
import { AppError, notFound } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import { sendMail } from "@/lib/mail/transport";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit";
import { resolveShareLink } from "@/lib/sharing/data";
import { HONEYPOT_FIELD, type SendContactMessage } from "./schema";

/** Per sender IP: 5 messages an hour. */
export const contactRule: RateLimitRule = { limit: 5, windowMs: 60 * 60_000 };

async function recipientPortfolio(input: SendContactMessage) {
  if (input.token) {
    const share = await resolveShareLink(input.token);
    if (share.status !== "active") throw notFound();
    return { portfolioId: share.portfolio.id, userId: share.portfolio.userId, shareLinkId: share.link.id };
  }
  // By handle only a PUBLIC portfolio: an UNLISTED one is reachable only through its share links
  // (its /<handle> pages are 404), so its contact form is too.
  const portfolio = await db().portfolio.findFirst({
    where: { user: { handle: (input.handle ?? "").toLowerCase() }, visibility: "PUBLIC" },
    select: { id: true, userId: true },
  });
  if (!portfolio) throw notFound();
  return { portfolioId: portfolio.id, userId: portfolio.userId, shareLinkId: null };
}

/**
 * Stores a visitor's message in the owner's inbox and emails the owner when
 * SMTP is configured. A filled honeypot is accepted silently and stored
 * nowhere; each IP may send `contactRule.limit` messages per window.
 * Returns whether a message was stored.
 */
export async function sendContactMessage(input: SendContactMessage, ip: string, now: Date = new Date()): Promise<{ stored: boolean }> {
  if (input[HONEYPOT_FIELD]) return { stored: false };
  const limit = await hitRateLimit(`contact:ip:${ip}`, contactRule, now);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", { retryAfterSeconds: limit.retryAfterSeconds });
  const recipient = await recipientPortfolio(input);
  await db().contactMessage.create({
    data: {
      portfolioId: recipient.portfolioId,
      shareLinkId: recipient.shareLinkId,
      name: input.name,
      email: input.email,
      company: input.company,
      message: input.message,
      createdAt: now,
    },
  });
  await emailOwner(recipient.userId, input);
  return { stored: true };
}

/** The inbox is the record; email is a courtesy and its failure never loses the message. */
async function emailOwner(userId: string, input: SendContactMessage): Promise<void> {
  if (!env().SMTP_URL) return;
  try {
    const owner = await db().user.findUnique({ where: { id: userId }, select: { email: true, locale: true } });
    if (!owner) return;
    // In the recipient's language (account settings).
    const locale = asLocale(owner.locale);
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "contact.mail" });
    const from = input.company ? t("fromWithCompany", { name: input.name, company: input.company }) : input.name;
    await sendMail({
      to: owner.email,
      replyTo: input.email,
      subject: t("subject", { from }),
      text: t("body", { from, email: input.email, message: input.message, url: `${configuredOrigin() ?? ""}/dashboard/inbox` }),
    });
  } catch (error) {
    console.error("Contact email to the owner failed; the message is in the inbox.", error);
  }
}

export async function setMessageRead(userId: string, id: string, read: boolean, now: Date = new Date()) {
  const { count } = await db().contactMessage.updateMany({
    where: { id, portfolio: { userId } },
    data: { readAt: read ? now : null },
  });
  if (count === 0) throw notFound();
  // No revalidatePath (#19): the inbox calls router.refresh() on the answer, which reads the list and
  // the layout's unread count afresh, instead of every answer carrying the whole re-rendered page.
}

export async function deleteMessage(userId: string, id: string) {
  const { count } = await db().contactMessage.deleteMany({ where: { id, portfolio: { userId } } });
  if (count === 0) throw notFound();
}
