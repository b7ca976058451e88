import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { FileDrop } from "@/components/ui/file-drop";
import { acceptedExtensions, matchesAccept, refusalOf, sizeParts } from "@/components/ui/file-drop-rules";
import { MAX_EXPORT_UPLOAD_BYTES } from "@/lib/export/limits";
import en from "@/lib/i18n/messages/en/index";
import lv from "@/lib/i18n/messages/lv/index";
import { PROFILE_FILE_MAX_BYTES } from "@/lib/profile-import/schema";

const profileAccept = ".zip,.json,application/zip,application/json";
const exportAccept = ".zip,application/zip";
const file = (name: string, type: string, size = 10) => ({ name, type, size });

describe("which files a FileDrop's accept list takes", () => {
  it("takes a file by its extension, whatever the case or the browser's MIME guess", () => {
    expect(matchesAccept(file("Basic_LinkedInDataExport.zip", "application/x-zip-compressed"), profileAccept)).toBe(true);
    expect(matchesAccept(file("RESUME.JSON", ""), profileAccept)).toBe(true);
    expect(matchesAccept(file("export.ZIP", ""), exportAccept)).toBe(true);
  });

  it("takes a file by its MIME type, `type/*` included, but never by an empty type", () => {
    expect(matchesAccept(file("download", "application/zip"), exportAccept)).toBe(true);
    expect(matchesAccept(file("photo", "image/png"), "image/*")).toBe(true);
    expect(matchesAccept(file("photo", ""), "image/*,application/zip")).toBe(false);
  });

  it("refuses what the list does not name: a picture, a JSON on the export import, a name that only contains .zip", () => {
    expect(matchesAccept(file("wrong.png", "image/png"), profileAccept)).toBe(false);
    expect(matchesAccept(file("resume.json", "application/json"), exportAccept)).toBe(false);
    expect(matchesAccept(file("export.zip.txt", "text/plain"), exportAccept)).toBe(false);
  });

  it("takes anything when the list is empty", () => {
    expect(matchesAccept(file("anything.bin", ""), " ")).toBe(true);
  });

  it("names the extensions once each, in the list's order, for the message", () => {
    expect(acceptedExtensions(profileAccept)).toEqual([".zip", ".json"]);
    expect(acceptedExtensions(".CSV, .xlsx,.csv,text/csv")).toEqual([".csv", ".xlsx"]);
  });
});

describe("what a FileDrop refuses before sending", () => {
  it("refuses a wrong type only when asked to check types", () => {
    expect(refusalOf(file("wrong.png", "image/png"), { accept: exportAccept, checkType: true })).toBe("type");
    expect(refusalOf(file("wrong.png", "image/png"), { accept: exportAccept })).toBeNull();
  });

  it("refuses a file over maxBytes and takes one exactly at it: 1 GB for an export, 60 MB for a profile file", () => {
    const rules = { accept: exportAccept, checkType: true, maxBytes: MAX_EXPORT_UPLOAD_BYTES };
    expect(refusalOf(file("export.zip", "application/zip", MAX_EXPORT_UPLOAD_BYTES), rules)).toBeNull();
    expect(refusalOf(file("export.zip", "application/zip", MAX_EXPORT_UPLOAD_BYTES + 1), rules)).toBe("size");
    expect(PROFILE_FILE_MAX_BYTES).toBe(60 * 1024 * 1024);
    expect(refusalOf(file("linkedin.zip", "application/zip", PROFILE_FILE_MAX_BYTES + 1), { accept: profileAccept, maxBytes: PROFILE_FILE_MAX_BYTES })).toBe(
      "size",
    );
  });

  it("names the type before the size when both are wrong (the type is what to fix first)", () => {
    expect(refusalOf(file("movie.mp4", "video/mp4", 2 * 1024 ** 3), { accept: exportAccept, checkType: true, maxBytes: 1024 })).toBe("type");
  });
});

describe("how a size reads", () => {
  it("steps in 1024s from bytes to gigabytes, as the server's limits are written", () => {
    expect(sizeParts(0)).toEqual({ value: 0, unit: "byte" });
    expect(sizeParts(1023)).toEqual({ value: 1023, unit: "byte" });
    expect(sizeParts(1536)).toEqual({ value: 1.5, unit: "kilobyte" });
    expect(sizeParts(PROFILE_FILE_MAX_BYTES)).toEqual({ value: 60, unit: "megabyte" });
    expect(sizeParts(MAX_EXPORT_UPLOAD_BYTES)).toEqual({ value: 1, unit: "gigabyte" });
    expect(sizeParts(5 * 1024 ** 4)).toEqual({ value: 5120, unit: "gigabyte" });
  });
});

describe("the FileDrop's messages", () => {
  it("say the name, the types and the sizes in English and Latvian", () => {
    for (const [locale, messages, wrong, large] of [
      ["en", en, "“photo.png” is not a .zip or .json file. Choose a .zip or .json file.", "“big.zip” is 1.5 GB, over the 1 GB this import takes."],
      [
        "lv",
        lv,
        "„photo.png“ nav .zip vai .json fails. Izvēlies .zip vai .json failu.",
        "„big.zip“ ir 1,5 GB liels, bet šis imports pieņem ne vairāk kā 1 GB.",
      ],
    ] as const) {
      const t = createTranslator({ locale, messages, namespace: "fileDrop" });
      const format = createFormatter({ locale, timeZone: "UTC" });
      const gb = (value: number) => format.number(value, { style: "unit", unit: "gigabyte", unitDisplay: "short", maximumFractionDigits: 1 });
      expect(t("wrongType", { name: "photo.png", types: format.list([".zip", ".json"], { type: "disjunction" }) })).toBe(wrong);
      expect(t("tooLarge", { name: "big.zip", size: gb(1.5), max: gb(1) })).toBe(large);
    }
  });
});

describe("the FileDrop box", () => {
  const html = renderToStaticMarkup(
    // eslint-disable-next-line react/no-children-prop -- a .ts test has no JSX, and the provider's props type requires children
    createElement(NextIntlClientProvider, {
      locale: "en",
      messages: en,
      timeZone: "UTC",
      children: createElement(FileDrop, { id: "f", label: "Export ZIP", hint: "The ZIP.", accept: exportAccept, onFile: () => undefined, checkType: true }),
    }),
  );

  it("keeps the file input as the one control, visually hidden, named by the label and described by the hint", () => {
    expect(html).toMatch(/<input id="f" type="file" accept="\.zip,application\/zip" class="peer sr-only" aria-labelledby="f-label" aria-describedby="f-hint"/);
    expect(html).toContain('<label id="f-label" for="f" class="font-medium">Export ZIP</label>');
  });

  it("draws the picker as a “Choose a file” button (a second label of the input, hidden from screen readers)", () => {
    expect(html).toMatch(/<label for="f" aria-hidden="true" class="[^"]*peer-focus-visible:outline-2[^"]*">.*Choose a file<\/label>/);
  });
});
