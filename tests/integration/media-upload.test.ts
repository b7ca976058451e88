import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";

const storageDir = await vi.hoisted(async () => (await import("@/tests/support/temp-storage")).tempStorageDir("postfolio-media-"));

import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { storage } from "@/lib/storage";
import { canReadMedia, getOwnMedia } from "@/lib/media/data";
import { deleteMedia, uploadMedia, updateMediaAlt } from "@/lib/media/mutations";
import { minimalPdf } from "../unit/media-fixtures";
import { appErrorOf } from "@/tests/support/app-error";

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((entry) => statSync(path.join(dir, entry)).isFile())
      .map((entry) => entry.split(path.sep).join("/"))
      .sort();
  } catch {
    return [];
  }
}

let photo: Buffer;

beforeAll(async () => {
  // A 3000×2000 camera photo shot in portrait (EXIF orientation 6) with GPS coordinates.
  photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#e11d48" } })
    .composite([{ input: { create: { width: 300, height: 300, channels: 3, background: "#111827" } }, left: 0, top: 0 }])
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Camera 9" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "56/1 57/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "24/1 6/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  const meta = await sharp(photo).metadata();
  // The fixture really carries what must be removed.
  expect(meta.orientation).toBe(6);
  expect(meta.exif?.toString("latin1")).toContain("PhoneCo");
});

describe("uploading an image", () => {
  it("re-encodes to WebP display and thumbnail, applies orientation, strips metadata, keeps no original", async () => {
    const user = await createUser(db());
    const media = await uploadMedia(user.id, { bytes: photo, alt: "Autumn menu post, 4,200 likes", purpose: "sample" });

    // Orientation 6 turns the 3000×2000 landscape into portrait; long edge 1600.
    expect(media).toMatchObject({ kind: "IMAGE", width: 1067, height: 1600, alt: "Autumn menu post, 4,200 likes", pageCount: null });
    expect(media.url).toBe(`/api/media/${media.id}/display`);
    expect(media.thumbUrl).toBe(`/api/media/${media.id}/thumb`);

    const files = filesUnder(path.join(storageDir, user.id));
    expect(files).toEqual([`${media.id}/display.webp`, `${media.id}/thumb.webp`]);

    const display = readFileSync(path.join(storageDir, user.id, media.id, "display.webp"));
    const displayMeta = await sharp(display).metadata();
    expect(displayMeta).toMatchObject({ format: "webp", width: 1067, height: 1600 });
    expect(displayMeta.exif).toBeUndefined();
    expect(displayMeta.orientation).toBeUndefined();
    expect(display.includes(Buffer.from("PhoneCo"))).toBe(false);
    // The dark square was top-left before rotating by 90° clockwise: it is now top-right.
    const { data } = await sharp(display).extract({ left: 1060, top: 2, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeLessThan(60);

    const thumbMeta = await sharp(readFileSync(path.join(storageDir, user.id, media.id, "thumb.webp"))).metadata();
    expect(thumbMeta).toMatchObject({ format: "webp", width: 267, height: 400 });
    expect(thumbMeta.exif).toBeUndefined();

    const row = await db().media.findUniqueOrThrow({ where: { id: media.id } });
    expect(row).toMatchObject({ userId: user.id, kind: "IMAGE", mimeType: "image/webp", bytes: display.byteLength });
    expect(row.displayKey).toBe(`${user.id}/${media.id}/display.webp`);
  });

  it("keeps the first frame of an animated GIF and never enlarges small images", async () => {
    const user = await createUser(db());
    const frames = await sharp({ create: { width: 120, height: 80 * 3, channels: 4, background: "#0ea5e9" } })
      .gif()
      .toBuffer();
    const animated = await sharp(frames, { animated: false }).gif({ loop: 0 }).toBuffer();
    const media = await uploadMedia(user.id, { bytes: animated, alt: "Looping story sticker", purpose: "sample" });
    expect(media.width).toBeLessThanOrEqual(120);
    expect(media.height).toBeLessThanOrEqual(240);
  });

  it("takes an image before its alt text (the item's save requires it), and refuses alt text too long, writing nothing", async () => {
    const user = await createUser(db());
    // The upload starts when the file is picked; the owner writes the alt text meanwhile and saves it with the item.
    const undescribed = await uploadMedia(user.id, { bytes: photo, alt: "   ", purpose: "avatar" });
    expect(undescribed).toMatchObject({ kind: "IMAGE", alt: "" });
    await deleteMedia(user.id, [undescribed.id]);
    const tooLong = await appErrorOf(uploadMedia(user.id, { bytes: photo, alt: "x".repeat(301), purpose: "avatar" }));
    expect(tooLong.fieldErrors).toEqual({ alt: ["altTooLong"] });
    expect(filesUnder(path.join(storageDir, user.id))).toEqual([]);
    expect(await db().media.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a PDF where only images belong, and a damaged image", async () => {
    const user = await createUser(db());
    expect((await appErrorOf(uploadMedia(user.id, { bytes: minimalPdf(1), purpose: "avatar" }))).fieldErrors).toEqual({ file: ["unsupportedImage"] });
    const truncated = photo.subarray(0, 400);
    expect((await appErrorOf(uploadMedia(user.id, { bytes: truncated, alt: "x", purpose: "sample" }))).fieldErrors).toEqual({ file: ["damagedImage"] });
    expect((await appErrorOf(uploadMedia(user.id, { bytes: photo, alt: "x", purpose: "banner" }))).fieldErrors).toEqual({ purpose: ["badPurpose"] });
    expect(await db().media.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("uploading a PDF", () => {
  it("stores it as-is with its page count and title", async () => {
    const user = await createUser(db());
    const pdf = minimalPdf(3);
    const media = await uploadMedia(user.id, { bytes: pdf, alt: "Q3 content calendar", purpose: "document" });
    expect(media).toMatchObject({ kind: "PDF", pageCount: 3, alt: "Q3 content calendar", thumbUrl: null, width: null });
    expect(media.url).toBe(`/api/media/${media.id}/file`);
    expect(filesUnder(path.join(storageDir, user.id))).toEqual([`${media.id}/document.pdf`]);
    expect(readFileSync(path.join(storageDir, user.id, media.id, "document.pdf")).equals(Buffer.from(pdf))).toBe(true);
  });

  it("allows a PDF without a title, and refuses one it cannot read", async () => {
    const user = await createUser(db());
    expect((await uploadMedia(user.id, { bytes: minimalPdf(1), purpose: "evidence" })).alt).toBe("");
    const broken = new TextEncoder().encode("%PDF-1.7\nnothing here\n%%EOF");
    expect((await appErrorOf(uploadMedia(user.id, { bytes: broken, purpose: "document" }))).fieldErrors).toEqual({ file: ["damagedPdf"] });
  });
});

describe("a failed upload leaves nothing behind", () => {
  it("deletes the written files when the insert fails (unknown user → foreign key error)", async () => {
    const ghost = "ghost_user_that_does_not_exist";
    await expect(uploadMedia(ghost, { bytes: photo, alt: "Never saved", purpose: "sample" })).rejects.toThrow();
    expect(filesUnder(path.join(storageDir, ghost))).toEqual([]);
    expect(await db().media.count({ where: { userId: ghost } })).toBe(0);
  });

  it("deletes the files already written when a later write fails", async () => {
    const user = await createUser(db());
    const store = storage();
    const realPut = store.put.bind(store);
    const spy = vi
      .spyOn(store, "put")
      .mockImplementationOnce(realPut)
      .mockImplementationOnce(async () => {
        throw new Error("disk full");
      });
    try {
      await expect(uploadMedia(user.id, { bytes: photo, alt: "Half written", purpose: "sample" })).rejects.toThrow("disk full");
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
    expect(filesUnder(path.join(storageDir, user.id))).toEqual([]);
    expect(await db().media.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("ownership", () => {
  it("another user gets not-found reading, editing or deleting your media, and nothing changes", async () => {
    const owner = await createUser(db());
    const other = await createUser(db());
    const media = await uploadMedia(owner.id, { bytes: photo, alt: "Owner's chart", purpose: "evidence" });

    expect((await appErrorOf(getOwnMedia(other.id, media.id))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(deleteMedia(other.id, [media.id]))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(updateMediaAlt(other.id, { mediaId: media.id, alt: "Hijacked" }))).code).toBe("NOT_FOUND");
    expect(await canReadMedia(media.id, { userId: other.id })).toBeNull();
    expect(await canReadMedia(media.id, null)).toBeNull();

    // A mixed list is refused as a whole.
    const mine = await uploadMedia(other.id, { bytes: minimalPdf(1), purpose: "document" });
    expect((await appErrorOf(deleteMedia(other.id, [mine.id, media.id]))).code).toBe("NOT_FOUND");
    expect(await db().media.count({ where: { id: { in: [media.id, mine.id] } } })).toBe(2);

    expect((await getOwnMedia(owner.id, media.id)).alt).toBe("Owner's chart");
    expect(await canReadMedia(media.id, { userId: owner.id })).toMatchObject({ id: media.id, audience: "owner" });
    expect(filesUnder(path.join(storageDir, owner.id))).toHaveLength(2);
  });

  it("the owner deletes rows and files; links to the media are cleared", async () => {
    const owner = await createUser(db());
    const media = await uploadMedia(owner.id, { bytes: photo, alt: "Profile photo", purpose: "avatar" });
    await db().portfolio.update({ where: { userId: owner.id }, data: { displayName: "Owner", avatarId: media.id } });

    expect(await deleteMedia(owner.id, [media.id])).toBe(1);
    expect(await db().media.findUnique({ where: { id: media.id } })).toBeNull();
    expect(filesUnder(path.join(storageDir, owner.id))).toEqual([]);
    expect((await db().portfolio.findUniqueOrThrow({ where: { userId: owner.id } })).avatarId).toBeNull();
  });

  it("updates alt text, still requiring it for images", async () => {
    const owner = await createUser(db());
    const media = await uploadMedia(owner.id, { bytes: photo, alt: "Old", purpose: "sample" });
    expect((await updateMediaAlt(owner.id, { mediaId: media.id, alt: "  New description " })).alt).toBe("New description");
    expect((await appErrorOf(updateMediaAlt(owner.id, { mediaId: media.id, alt: "" }))).fieldErrors).toEqual({ alt: ["altRequired"] });
  });
});
