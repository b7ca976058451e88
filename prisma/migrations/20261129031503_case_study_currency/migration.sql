-- AlterTable
ALTER TABLE "CaseStudy" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'USD';

-- Existing case studies showed money results in USD whatever their campaigns
-- used: take the currency of their linked campaigns where those agree.
UPDATE "CaseStudy" cs
SET "currency" = linked."currency"
FROM (
  SELECT l."B" AS "caseStudyId", MIN(c."currency") AS "currency"
  FROM "_CampaignToCaseStudy" l
  JOIN "Campaign" c ON c."id" = l."A"
  GROUP BY l."B"
  HAVING COUNT(DISTINCT c."currency") = 1
) linked
WHERE cs."id" = linked."caseStudyId";
