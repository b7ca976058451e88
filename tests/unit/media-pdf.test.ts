import { describe, expect, it } from "vitest";
import { countPdfPages } from "@/lib/media/pdf";
import { compressedPdf, minimalPdf } from "./media-fixtures";

describe("countPdfPages", () => {
  it.each([1, 3, 12])("counts %i page(s) from the page tree", (pages) => {
    expect(countPdfPages(minimalPdf(pages))).toBe(pages);
  });

  it("reads page trees kept in compressed object streams", () => {
    expect(countPdfPages(compressedPdf(7))).toBe(7);
  });

  it("does not count the /Pages node itself as a page when there is no /Count", () => {
    const text = "%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> endobj\n2 0 obj << /Type /Page >> endobj\n3 0 obj << /Type/Page >> endobj\n%%EOF";
    expect(countPdfPages(new TextEncoder().encode(text))).toBe(2);
  });

  it("takes the root's total, not an intermediate node's", () => {
    const text = "%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R] /Count 5 >> endobj\n2 0 obj << /Type /Pages /Parent 1 0 R /Kids [] /Count 2 >> endobj\n%%EOF";
    expect(countPdfPages(new TextEncoder().encode(text))).toBe(5);
  });

  it("returns null for something that is not a PDF, or a PDF without pages", () => {
    expect(countPdfPages(new TextEncoder().encode("<html>%PDF-1.4</html>".padStart(2000, " ")))).toBeNull();
    expect(countPdfPages(new TextEncoder().encode("%PDF-1.7\n%%EOF"))).toBeNull();
  });
});
