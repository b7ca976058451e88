-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Portfolio" ADD COLUMN     "pageLocale" TEXT NOT NULL DEFAULT 'en';
