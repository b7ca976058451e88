-- CreateTable
CREATE TABLE "CaseStudySlug" (
    "id" TEXT NOT NULL,
    "portfolioId" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStudySlug_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseStudySlug_caseStudyId_idx" ON "CaseStudySlug"("caseStudyId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudySlug_portfolioId_slug_key" ON "CaseStudySlug"("portfolioId", "slug");

-- AddForeignKey
ALTER TABLE "CaseStudySlug" ADD CONSTRAINT "CaseStudySlug_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
