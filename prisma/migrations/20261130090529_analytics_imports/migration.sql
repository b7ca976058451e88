-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "importId" TEXT;

-- AlterTable
ALTER TABLE "ContentSample" ADD COLUMN     "importId" TEXT;

-- CreateTable
CREATE TABLE "AnalyticsImport" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "reports" TEXT[],
    "rangeStart" DATE,
    "rangeEnd" DATE,
    "fileType" TEXT NOT NULL,
    "fileBytes" INTEGER NOT NULL,
    "fileKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnalyticsImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnalyticsImport_userId_createdAt_idx" ON "AnalyticsImport"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "Metric" ADD CONSTRAINT "Metric_importId_fkey" FOREIGN KEY ("importId") REFERENCES "AnalyticsImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentSample" ADD CONSTRAINT "ContentSample_importId_fkey" FOREIGN KEY ("importId") REFERENCES "AnalyticsImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnalyticsImport" ADD CONSTRAINT "AnalyticsImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
