import { defineConfig } from "prisma/config";

// `env("DATABASE_URL")` throws when unset, which breaks offline `prisma generate`;
// generation needs no database, so a placeholder is enough.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://placeholder@localhost:5432/placeholder",
  },
});
