import type { PublicImage } from "@/lib/public/types";

type ThumbnailProps = {
  image: PublicImage;
  className: string;
  /** "lazy" below the fold; the first picture of the page asks for "high" priority instead. */
  loading?: "lazy";
  fetchPriority?: "high";
};

/** A sample's picture at its thumbnail size, with its own width and height so the page does not shift. */
export function Thumbnail({ image, className, loading, fetchPriority }: ThumbnailProps) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- served by our media route (a 400 px WebP); next/image would re-encode it
    <img
      src={image.thumbUrl}
      alt={image.alt}
      width={image.width ?? 400}
      height={image.height ?? 400}
      loading={loading}
      decoding="async"
      fetchPriority={fetchPriority}
      className={className}
    />
  );
}
