import { describe, expect, it } from "vitest";
import { isSameOrigin, MAX_REQUEST_BYTES, readCapped, readUploadRequest } from "@/lib/media/http";
import { UploadTooLargeError } from "@/lib/media/errors";
import { isValidKey } from "@/lib/storage/keys";
import { failureFromResponse } from "@/components/media/upload-request";

function post(headers: Record<string, string>, body?: BodyInit) {
  return new Request("http://localhost:3000/api/media", { method: "POST", headers, body });
}

describe("isSameOrigin", () => {
  it("accepts a request whose Origin is this host", () => {
    expect(isSameOrigin(post({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ origin: "https://postfolio.example", host: "internal:3000", "x-forwarded-host": "postfolio.example" }))).toBe(true);
  });

  it("refuses another origin, a malformed one, or no evidence at all", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
  });

  it("falls back to Sec-Fetch-Site when there is no Origin", () => {
    expect(isSameOrigin(post({ host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
  });
});

describe("reading the upload", () => {
  it("stops reading as soon as the body passes the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    await expect(readCapped(endless, 5 * 1024 * 1024)).rejects.toBeInstanceOf(UploadTooLargeError);
    // Six 1 MB chunks cross a 5 MB limit; the stream was cancelled, not drained.
    expect(pulled).toBeLessThanOrEqual(8);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const request = post({ "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_REQUEST_BYTES + 1) }, "x");
    await expect(readUploadRequest(request)).rejects.toBeInstanceOf(UploadTooLargeError);
  });

  it("reads the file, alt and purpose from multipart form data", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array([1, 2, 3])], "../../etc/passwd"));
    form.set("alt", "Reach chart");
    form.set("purpose", "evidence");
    const request = new Request("http://localhost/api/media", { method: "POST", body: form });
    const upload = await readUploadRequest(request);
    expect(Array.from(upload.bytes)).toEqual([1, 2, 3]);
    expect(upload).toMatchObject({ alt: "Reach chart", purpose: "evidence" });
  });

  it("asks for a file when there is none", async () => {
    const form = new FormData();
    form.set("alt", "x");
    const request = new Request("http://localhost/api/media", { method: "POST", body: form });
    await expect(readUploadRequest(request)).rejects.toMatchObject({ fieldErrors: { file: ["missingFile"] } });
  });
});

describe("storage keys", () => {
  it("allows only generated keys", () => {
    expect(isValidKey("user_1/5f0c-aa/display.webp")).toBe(true);
    expect(isValidKey("user/media/document.pdf")).toBe(true);
    for (const key of ["../x/display.webp", "a/../display.webp", "/etc/passwd", "a/b/c/display.webp", "a/b/evil.html", "a/b/.webp", "a\\b/c/display.webp"]) {
      expect(isValidKey(key)).toBe(false);
    }
  });
});

describe("the uploader's reading of errors", () => {
  it("puts each server error beside its field and maps statuses", () => {
    expect(failureFromResponse(422, { code: "VALIDATION", fieldErrors: { alt: ["altRequired"] } })).toEqual({ alt: "altRequired", file: undefined });
    expect(failureFromResponse(413, { code: "VALIDATION", fieldErrors: { file: ["pdfTooLarge"] } })).toEqual({ file: "pdfTooLarge" });
    expect(failureFromResponse(413, null)).toEqual({ file: "uploadTooLarge" });
    expect(failureFromResponse(401, null)).toEqual({ file: "unauthenticated" });
    expect(failureFromResponse(403, null)).toEqual({ file: "forbidden" });
    expect(failureFromResponse(500, { code: "INTERNAL" })).toEqual({ file: "server" });
    expect(failureFromResponse(422, { code: "VALIDATION", fieldErrors: { file: ["<script>"] } })).toEqual({ file: "server" });
  });
});
