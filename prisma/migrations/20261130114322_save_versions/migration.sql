-- AlterTable
ALTER TABLE "Portfolio" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ContentSample" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "StrategyDocument" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Calendar" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "CaseStudy" ADD COLUMN     "lastSaveId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_portfolioId_lastSaveId_key" ON "Campaign"("portfolioId", "lastSaveId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentSample_portfolioId_lastSaveId_key" ON "ContentSample"("portfolioId", "lastSaveId");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyDocument_portfolioId_lastSaveId_key" ON "StrategyDocument"("portfolioId", "lastSaveId");

-- CreateIndex
CREATE UNIQUE INDEX "Calendar_portfolioId_lastSaveId_key" ON "Calendar"("portfolioId", "lastSaveId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudy_portfolioId_lastSaveId_key" ON "CaseStudy"("portfolioId", "lastSaveId");
