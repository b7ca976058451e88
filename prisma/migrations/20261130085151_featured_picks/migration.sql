-- AlterTable
ALTER TABLE "Portfolio" ADD COLUMN     "featuredMediaIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "featuredResultIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
