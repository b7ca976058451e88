import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { siteUrl } from "@/lib/site";

export type MailMessage = { to: string; subject: string; text: string; replyTo?: string };

const globalForMail = globalThis as unknown as { mailTransport?: { url: string; transport: Transporter } };

function transport(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  if (globalForMail.mailTransport?.url !== url) {
    globalForMail.mailTransport = { url, transport: nodemailer.createTransport(url) };
  }
  return globalForMail.mailTransport.transport;
}

/** The sender: SMTP_FROM, else a no-reply address at the app's host. */
export function mailFrom(): string {
  const configured = env().SMTP_FROM;
  if (configured) return configured;
  return `Postfolio <no-reply@${siteUrl().hostname}>`;
}

/** Sends one plain-text email; returns false when email isn't configured. Throws when the server refuses. */
export async function sendMail(message: MailMessage): Promise<boolean> {
  const mailer = transport();
  if (!mailer) return false;
  await mailer.sendMail({ from: mailFrom(), to: message.to, subject: message.subject, text: message.text, replyTo: message.replyTo });
  return true;
}
