-- Every account gets its portfolio row when it is created (sign-up, OAuth, seed),
-- in the same statement as the user. Accounts made before that got theirs on the
-- first visit to the editor, so some have none: saving a profile then failed.
-- Give each of them one now, named after the account (the sign-up default).
INSERT INTO "Portfolio" ("id", "userId", "displayName", "updatedAt")
SELECT 'c' || substr(md5(random()::text || u."id"), 1, 24), u."id", left(u."name", 80), CURRENT_TIMESTAMP
FROM "User" u
WHERE NOT EXISTS (SELECT 1 FROM "Portfolio" p WHERE p."userId" = u."id");
