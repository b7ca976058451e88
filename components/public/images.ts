// Responsive images of the reading pages, from the copies the upload pipeline already made.

/**
 * `srcset` of an uploaded image from the two widths sharp made (lib/media/image.ts:
 * a thumbnail fitted in 400 px, the display copy in 1600 px), or undefined when its size is unknown.
 */
export function imageSrcSet(image: { url: string; thumbUrl: string; width: number | null; height: number | null }): string | undefined {
  if (!image.width || !image.height) return undefined;
  const thumbWidth = Math.round(image.width * Math.min(1, 400 / Math.max(image.width, image.height)));
  return thumbWidth < image.width ? `${image.thumbUrl} ${thumbWidth}w, ${image.url} ${image.width}w` : undefined;
}
