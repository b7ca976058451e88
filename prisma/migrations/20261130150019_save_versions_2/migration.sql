-- AlterTable
ALTER TABLE "CalendarEntry" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Certification" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Experience" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Skill" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Education" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "CalendarEntry_calendarId_lastSaveId_key" ON "CalendarEntry"("calendarId", "lastSaveId");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_portfolioId_lastSaveId_key" ON "Certification"("portfolioId", "lastSaveId");

-- CreateIndex
CREATE UNIQUE INDEX "Experience_portfolioId_lastSaveId_key" ON "Experience"("portfolioId", "lastSaveId");

-- CreateIndex
CREATE UNIQUE INDEX "Skill_portfolioId_lastSaveId_key" ON "Skill"("portfolioId", "lastSaveId");

-- CreateIndex
CREATE UNIQUE INDEX "Education_portfolioId_lastSaveId_key" ON "Education"("portfolioId", "lastSaveId");
