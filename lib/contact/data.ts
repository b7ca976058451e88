import "server-only";
import { db } from "@/lib/db/client";
import type { InboxMessage } from "./types";

/** The owner's inbox, newest first. */
export async function listMessages(userId: string): Promise<InboxMessage[]> {
  const rows = await db().contactMessage.findMany({
    where: { portfolio: { userId } },
    orderBy: { createdAt: "desc" },
    take: 500,
    include: { shareLink: { select: { recipientName: true, company: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    company: row.company,
    message: row.message,
    read: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
    via: row.shareLink,
  }));
}

/** Unread messages (the Inbox nav badge). */
export async function countUnreadMessages(userId: string): Promise<number> {
  return db().contactMessage.count({ where: { portfolio: { userId }, readAt: null } });
}
