/** "YYYY-MM-DD" ↔ the UTC midnight Prisma stores in a @db.Date column. */
export function fromIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function fromOptionalIsoDate(value: string | null | undefined): Date | null {
  return value ? fromIsoDate(value) : null;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function toOptionalIsoDate(date: Date | null): string | null {
  return date ? toIsoDate(date) : null;
}
