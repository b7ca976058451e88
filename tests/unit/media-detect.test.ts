import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { detectUpload } from "@/lib/media/detect";
import { UploadTooLargeError } from "@/lib/media/errors";
import { IMAGE_MAX_BYTES, PDF_MAX_BYTES, precheckFile } from "@/lib/media/schema";
import { AppError } from "@/lib/errors";
import { minimalPdf } from "./media-fixtures";

async function image(format: "png" | "jpeg" | "webp" | "gif") {
  return new Uint8Array(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: "#4338ca" } })
      [format]()
      .toBuffer(),
  );
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("detectUpload decides the type from the bytes", () => {
  it.each(["png", "jpeg", "webp", "gif"] as const)("accepts a %s image", async (format) => {
    const detected = await detectUpload(await image(format));
    expect(detected.kind).toBe("IMAGE");
    expect(detected.mimeType).toBe(format === "jpeg" ? "image/jpeg" : `image/${format}`);
  });

  it("accepts a PDF", async () => {
    expect(await detectUpload(minimalPdf(2))).toEqual({ kind: "PDF", mimeType: "application/pdf" });
  });

  it("treats a PNG renamed .pdf as a PNG (the name plays no part)", async () => {
    // Only bytes go in: whatever the name or the browser's Content-Type said is never consulted.
    const renamed = new File([await image("png")], "report.pdf", { type: "application/pdf" });
    const detected = await detectUpload(new Uint8Array(await renamed.arrayBuffer()));
    expect(detected).toEqual({ kind: "IMAGE", mimeType: "image/png" });
  });

  it("accepts a JPEG sent with a lying Content-Type as a JPEG", async () => {
    const lying = new File([await image("jpeg")], "photo.svg", { type: "image/svg+xml" });
    expect((await detectUpload(new Uint8Array(await lying.arrayBuffer()))).mimeType).toBe("image/jpeg");
  });

  it.each([
    ["SVG", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ["HTML", "<!doctype html><html><body><script>alert(1)</script></body></html>"],
    ["plain text", "Campaign results: 12,500 reach"],
  ])("refuses %s, naming what is accepted", async (_name, text) => {
    const error = await refusal(detectUpload(new TextEncoder().encode(text)));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ file: ["unsupportedType"] });
  });

  it("refuses other real formats (a ZIP)", async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    expect((await refusal(detectUpload(zip))).fieldErrors).toEqual({ file: ["unsupportedType"] });
  });

  it("refuses an empty file", async () => {
    expect((await refusal(detectUpload(new Uint8Array(0)))).fieldErrors).toEqual({ file: ["emptyFile"] });
  });

  it("narrows to what the purpose accepts", async () => {
    expect((await refusal(detectUpload(minimalPdf(1), "image"))).fieldErrors).toEqual({ file: ["unsupportedImage"] });
    expect((await refusal(detectUpload(await image("png"), "pdf"))).fieldErrors).toEqual({ file: ["unsupportedPdf"] });
  });
});

describe("size limits", () => {
  it("refuses an image over 10 MB and accepts one at exactly 10 MB", async () => {
    const png = await image("png");
    const padded = (size: number) => {
      const bytes = new Uint8Array(size);
      bytes.set(png);
      return bytes;
    };
    expect((await detectUpload(padded(IMAGE_MAX_BYTES))).kind).toBe("IMAGE");
    const error = await refusal(detectUpload(padded(IMAGE_MAX_BYTES + 1)));
    expect(error).toBeInstanceOf(UploadTooLargeError);
    expect(error.fieldErrors).toEqual({ file: ["imageTooLarge"] });
  });

  it("allows PDFs up to 20 MB", async () => {
    const pdf = minimalPdf(1);
    const big = new Uint8Array(PDF_MAX_BYTES);
    big.set(pdf);
    expect((await detectUpload(big)).kind).toBe("PDF");
    const bigger = new Uint8Array(PDF_MAX_BYTES + 1);
    bigger.set(pdf);
    expect((await refusal(detectUpload(bigger))).fieldErrors).toEqual({ file: ["pdfTooLarge"] });
  });

  it("the uploader's pre-check flags type and size before sending", () => {
    expect(precheckFile({ name: "a.svg", type: "image/svg+xml", size: 10 }, "any")).toEqual({ kind: null, error: "unsupportedType" });
    expect(precheckFile({ name: "a.png", type: "image/png", size: IMAGE_MAX_BYTES + 1 }, "image").error).toBe("imageTooLarge");
    expect(precheckFile({ name: "deck.pdf", type: "", size: PDF_MAX_BYTES }, "any")).toEqual({ kind: "PDF", error: null });
    expect(precheckFile({ name: "deck.pdf", type: "application/pdf", size: 100 }, "image").error).toBe("unsupportedImage");
    expect(precheckFile({ name: "empty.jpg", type: "image/jpeg", size: 0 }, "image").error).toBe("emptyFile");
  });
});
