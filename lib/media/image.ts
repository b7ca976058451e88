import "server-only";
import sharp, { type Sharp } from "sharp";
import { mediaError } from "./errors";

export const DISPLAY_MAX_EDGE = 1600;
export const THUMB_MAX_EDGE = 400;
/** ~100 megapixels: room for any phone photo, while a tiny "decompression bomb" PNG is refused before decoding. */
export const MAX_INPUT_PIXELS = 100_000_000;

export type ProcessedImage = {
  display: { bytes: Buffer; width: number; height: number };
  thumb: { bytes: Buffer; width: number; height: number };
};

/**
 * Re-encodes an upload into a display WebP (long edge ≤ 1600 px) and a
 * thumbnail (≤ 400 px). `.rotate()` applies the EXIF orientation; sharp drops
 * all metadata (EXIF, GPS, ICC) unless asked to keep it, and only the first
 * frame of an animated GIF is read. The original bytes are never kept.
 */
export async function processImage(bytes: Uint8Array): Promise<ProcessedImage> {
  try {
    const source = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: false, failOn: "error" }).rotate();
    const [display, thumb] = await Promise.all([render(source.clone(), DISPLAY_MAX_EDGE, 82), render(source.clone(), THUMB_MAX_EDGE, 75)]);
    return { display, thumb };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw mediaError("tooManyPixels");
    throw mediaError("damagedImage");
  }
}

async function render(pipeline: Sharp, edge: number, quality: number) {
  const { data, info } = await pipeline
    .resize({ width: edge, height: edge, fit: "inside", withoutEnlargement: true })
    .webp({ quality })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}
