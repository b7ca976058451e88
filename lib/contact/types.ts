/** A message as the inbox shows it; dates are ISO strings. */
export type InboxMessage = {
  id: string;
  name: string;
  email: string;
  company: string;
  message: string;
  read: boolean;
  createdAt: string;
  /** The share link it came through, when it did. */
  via: { recipientName: string; company: string } | null;
};
