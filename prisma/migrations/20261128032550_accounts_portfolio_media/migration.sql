-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('INSTAGRAM', 'FACEBOOK', 'X', 'LINKEDIN', 'TIKTOK', 'YOUTUBE', 'PINTEREST', 'THREADS', 'SNAPCHAT', 'OTHER');

-- CreateEnum
CREATE TYPE "WorkKind" AS ENUM ('CLIENT', 'EMPLOYER', 'FREELANCE', 'VOLUNTEER', 'PERSONAL_BRAND', 'MOCK');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('DRAFT', 'UNLISTED', 'PUBLIC');

-- CreateEnum
CREATE TYPE "Objective" AS ENUM ('AWARENESS', 'ENGAGEMENT', 'TRAFFIC', 'LEADS', 'SALES', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "MetricKind" AS ENUM ('FOLLOWERS', 'REACH', 'IMPRESSIONS', 'ENGAGEMENTS', 'LIKES', 'COMMENTS', 'SHARES', 'SAVES', 'VIDEO_VIEWS', 'CLICKS', 'CONVERSIONS', 'LEADS', 'REVENUE', 'AD_SPEND', 'CUSTOM');

-- CreateEnum
CREATE TYPE "MetricSource" AS ENUM ('SELF_REPORTED', 'SCREENSHOT', 'ANALYTICS_EXPORT');

-- CreateEnum
CREATE TYPE "ContentFormat" AS ENUM ('IMAGE_POST', 'CAROUSEL', 'SHORT_VIDEO', 'STORY', 'TEXT_POST', 'THREAD', 'ARTICLE', 'LIVE', 'AD');

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('IMAGE', 'PDF');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerified" TIMESTAMP(3),
ADD COLUMN     "image" TEXT;

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Portfolio" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "headline" TEXT NOT NULL DEFAULT '',
    "bio" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT,
    "website" TEXT,
    "profileLinks" JSONB NOT NULL DEFAULT '[]',
    "targetIndustry" TEXT NOT NULL DEFAULT '',
    "platforms" "Platform"[],
    "openToWork" BOOLEAN NOT NULL DEFAULT false,
    "avatarId" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Portfolio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "portfolioId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT NOT NULL,
    "client" TEXT NOT NULL DEFAULT '',
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "anonymizedLabel" TEXT NOT NULL DEFAULT '',
    "workKind" "WorkKind" NOT NULL,
    "platforms" "Platform"[],
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "objective" "Objective" NOT NULL,
    "budget" DOUBLE PRECISION,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "summary" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "kind" "MetricKind" NOT NULL,
    "customName" TEXT NOT NULL DEFAULT '',
    "value" DOUBLE PRECISION NOT NULL,
    "baseline" DOUBLE PRECISION,
    "periodStart" DATE,
    "periodEnd" DATE,
    "source" "MetricSource" NOT NULL DEFAULT 'SELF_REPORTED',
    "evidenceId" TEXT,
    "series" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "Metric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentSample" (
    "id" TEXT NOT NULL,
    "portfolioId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "platform" "Platform" NOT NULL,
    "format" "ContentFormat" NOT NULL,
    "title" TEXT NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "hashtags" TEXT[],
    "postedAt" DATE,
    "url" TEXT,
    "campaignId" TEXT,
    "workKind" "WorkKind" NOT NULL,
    "client" TEXT NOT NULL DEFAULT '',
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "anonymizedLabel" TEXT NOT NULL DEFAULT '',
    "reach" DOUBLE PRECISION,
    "impressions" DOUBLE PRECISION,
    "likes" DOUBLE PRECISION,
    "comments" DOUBLE PRECISION,
    "shares" DOUBLE PRECISION,
    "saves" DOUBLE PRECISION,
    "views" DOUBLE PRECISION,
    "clicks" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Media" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "mimeType" TEXT NOT NULL,
    "displayKey" TEXT NOT NULL,
    "thumbKey" TEXT,
    "bytes" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "pageCount" INTEGER,
    "alt" TEXT NOT NULL DEFAULT '',
    "contentSampleId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Media_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE INDEX "RateLimit_resetAt_idx" ON "RateLimit"("resetAt");

-- CreateIndex
CREATE UNIQUE INDEX "Portfolio_userId_key" ON "Portfolio"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Portfolio_avatarId_key" ON "Portfolio"("avatarId");

-- CreateIndex
CREATE INDEX "Campaign_portfolioId_position_idx" ON "Campaign"("portfolioId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Metric_evidenceId_key" ON "Metric"("evidenceId");

-- CreateIndex
CREATE INDEX "Metric_campaignId_position_idx" ON "Metric"("campaignId", "position");

-- CreateIndex
CREATE INDEX "ContentSample_portfolioId_position_idx" ON "ContentSample"("portfolioId", "position");

-- CreateIndex
CREATE INDEX "Media_userId_createdAt_idx" ON "Media"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Media_contentSampleId_position_idx" ON "Media"("contentSampleId", "position");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Portfolio" ADD CONSTRAINT "Portfolio_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Portfolio" ADD CONSTRAINT "Portfolio_avatarId_fkey" FOREIGN KEY ("avatarId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metric" ADD CONSTRAINT "Metric_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metric" ADD CONSTRAINT "Metric_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentSample" ADD CONSTRAINT "ContentSample_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentSample" ADD CONSTRAINT "ContentSample_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Media" ADD CONSTRAINT "Media_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Media" ADD CONSTRAINT "Media_contentSampleId_fkey" FOREIGN KEY ("contentSampleId") REFERENCES "ContentSample"("id") ON DELETE CASCADE ON UPDATE CASCADE;
