import { describe, expect, it } from "vitest";
import { exampleCsv, parseCalendarCsv, parseCsvDate, parseFormat, parsePlatform, parseStatus } from "@/lib/calendars/csv";
import { CSV_MAX_BYTES } from "@/lib/calendars/schema";
import { itReturns } from "../support/examples";

const period = { start: "2026-03-01", end: "2026-04-30" };
const header = "date,platform,format,caption,status,pillar";

describe("parseCalendarCsv", () => {
  it("reads a valid file with friendly values into entries, in file order", () => {
    const result = parseCalendarCsv(
      [
        header,
        "2026-03-02,Instagram,reel,Spring menu teaser,scheduled,Product",
        "05.03.2026,IG,Short video,Latte art,,Education",
        "10/04/2026,x,text post,Poll,Published,",
      ].join("\n"),
      period,
    );
    expect(result.ok).toBe(true);
    expect(result.fileIssues).toEqual([]);
    expect(result.rows.map((row) => row.entry)).toEqual([
      { date: "2026-03-02", time: null, platform: "INSTAGRAM", format: "SHORT_VIDEO", topic: "Spring menu teaser", pillar: "Product", status: "SCHEDULED" },
      { date: "2026-03-05", time: null, platform: "INSTAGRAM", format: "SHORT_VIDEO", topic: "Latte art", pillar: "Education", status: "IDEA" },
      { date: "2026-04-10", time: null, platform: "X", format: "TEXT_POST", topic: "Poll", pillar: "", status: "PUBLISHED" },
    ]);
  });

  it("reports every bad row with its spreadsheet row number and value", () => {
    const result = parseCalendarCsv(
      [
        header,
        "2026-03-02,Instagram,reel,Fine,idea,",
        "2026-02-30,Instagram,reel,Impossible date,idea,",
        "2026-13-01,Instagram,reel,Bad month,idea,",
        "yesterday,Instagram,reel,Words,idea,",
        "2026-05-01,Instagram,reel,After the period,idea,",
        "2026-03-03,Myspace,reel,Unknown platform,idea,",
        "2026-03-03,TikTok,hologram,Unknown format,idea,",
        "2026-03-03,TikTok,reel,Unknown status,maybe,",
        "2026-03-03,TikTok,reel,,idea,",
      ].join("\n"),
      period,
    );
    expect(result.ok).toBe(false);
    const issues = result.rows.flatMap((row) => row.issues);
    expect(issues).toEqual([
      { code: "badDate", row: 3, value: "2026-02-30" },
      { code: "badDate", row: 4, value: "2026-13-01" },
      { code: "badDate", row: 5, value: "yesterday" },
      { code: "outsidePeriod", row: 6, value: "2026-05-01" },
      { code: "unknownPlatform", row: 7, value: "Myspace" },
      { code: "unknownFormat", row: 8, value: "hologram" },
      { code: "unknownStatus", row: 9, value: "maybe" },
      { code: "missingCaption", row: 10 },
    ]);
    expect(result.rows[0]?.entry).not.toBeNull();
    expect(result.rows.slice(1).every((row) => row.entry === null)).toBe(true);
  });

  it("names missing columns and accepts headers in any case and order", () => {
    expect(parseCalendarCsv("Date,Platform,Caption\n2026-03-02,IG,x", period).fileIssues).toEqual([{ code: "missingColumns", row: 1, value: "format" }]);
    expect(parseCalendarCsv("when,where,what\n2026-03-02,IG,x", period).fileIssues).toEqual([
      { code: "missingColumns", row: 1, value: "date, platform, format, caption" },
    ]);
    const result = parseCalendarCsv("CAPTION;Format;PLATFORM;Date\nHello;Carousel;LinkedIn;2026-03-09", period);
    expect(result.ok).toBe(true);
    expect(result.rows[0]?.entry).toMatchObject({ topic: "Hello", format: "CAROUSEL", platform: "LINKEDIN", date: "2026-03-09" });
  });

  it("flags a column given twice", () => {
    expect(parseCalendarCsv("date,platform,format,caption,topic\n2026-03-02,IG,reel,a,b", period).fileIssues).toEqual([
      { code: "duplicateColumn", row: 1, value: "topic" },
    ]);
  });

  it("handles a UTF-8 BOM", () => {
    const result = parseCalendarCsv(`\uFEFF${header}\n2026-03-02,Instagram,reel,Hi,idea,`, period);
    expect(result.ok).toBe(true);
  });

  it("detects semicolon separators, with commas inside fields", () => {
    const result = parseCalendarCsv("date;platform;format;caption;status;pillar\n02.03.2026;Facebook;Image;Coffee, cake, and you;draft;Community", period);
    expect(result.ok).toBe(true);
    expect(result.rows[0]?.entry).toMatchObject({ platform: "FACEBOOK", format: "IMAGE_POST", topic: "Coffee, cake, and you", status: "DRAFT" });
  });

  it("keeps quoted fields with newlines and counts rows as records", () => {
    const result = parseCalendarCsv(`${header}\n2026-03-02,Instagram,reel,"Line one\nLine two, with comma",idea,\n2026-03-03,Myspace,reel,x,idea,`, period);
    expect(result.rows[0]?.entry?.topic).toBe("Line one\nLine two, with comma");
    expect(result.rows[1]?.issues).toEqual([{ code: "unknownPlatform", row: 3, value: "Myspace" }]);
  });

  it("reads an optional time column and rejects bad times", () => {
    const result = parseCalendarCsv(`date,time,platform,format,caption\n2026-03-02,9:05,IG,reel,a\n2026-03-02,25:00,IG,reel,b\n2026-03-02,,IG,reel,c`, period);
    expect(result.rows.map((row) => (row.entry ? row.entry.time : row.issues[0]?.code))).toEqual(["09:05", "badTime", null]);
  });

  it("skips blank lines but keeps row numbers as the spreadsheet shows them", () => {
    const result = parseCalendarCsv(`${header}\n\n2026-03-02,IG,reel,a,idea,\n,,,,,\n2026-03-02,Nope,reel,b,idea,\n`, period);
    expect(result.rows.map((row) => row.row)).toEqual([3, 5]);
    expect(result.rows[1]?.issues[0]).toEqual({ code: "unknownPlatform", row: 5, value: "Nope" });
  });

  it("refuses an empty file, a header alone, and whitespace", () => {
    expect(parseCalendarCsv("", period).fileIssues).toEqual([{ code: "empty" }]);
    expect(parseCalendarCsv("\uFEFF  \n ", period).fileIssues).toEqual([{ code: "empty" }]);
    expect(parseCalendarCsv(`${header}\n`, period).fileIssues).toEqual([{ code: "empty" }]);
  });

  it("refuses more than 1,000 rows and more than 1 MB", () => {
    const rows = Array.from({ length: 1001 }, () => "2026-03-02,IG,reel,a,idea,");
    expect(parseCalendarCsv([header, ...rows].join("\n"), period).fileIssues).toEqual([{ code: "tooManyRows", value: "1001" }]);
    expect(parseCalendarCsv([header, ...rows.slice(1)].join("\n"), period).ok).toBe(true);
    const huge = `${header}\n2026-03-02,IG,reel,"${"x".repeat(CSV_MAX_BYTES)}",idea,`;
    expect(parseCalendarCsv(huge, period).fileIssues).toEqual([{ code: "tooLarge" }]);
  });

  it("reports an unclosed quote as a malformed file", () => {
    expect(parseCalendarCsv(`${header}\n2026-03-02,IG,reel,"never closed,idea,`, period).fileIssues[0]?.code).toBe("malformed");
  });

  it("parses its own example file", () => {
    const result = parseCalendarCsv(exampleCsv("2026-03"), period);
    expect(result.ok).toBe(true);
    expect(result.rows).toHaveLength(4);
  });
});

describe("friendly values", () => {
  it("maps platform, format and status names", () => {
    expect(["Instagram", "IG", "insta", "X (Twitter)", "twitter", "LinkedIn", "yt", "Snap"].map(parsePlatform)).toEqual([
      "INSTAGRAM",
      "INSTAGRAM",
      "INSTAGRAM",
      "X",
      "X",
      "LINKEDIN",
      "YOUTUBE",
      "SNAPCHAT",
    ]);
    expect(["reel", "Short video", "Carousel", "story", "Text post", "blog", "paid"].map(parseFormat)).toEqual([
      "SHORT_VIDEO",
      "SHORT_VIDEO",
      "CAROUSEL",
      "STORY",
      "TEXT_POST",
      "ARTICLE",
      "AD",
    ]);
    expect(["scheduled", "Posted", "in progress", "idea"].map(parseStatus)).toEqual(["SCHEDULED", "PUBLISHED", "DRAFT", "IDEA"]);
    expect(parsePlatform("Myspace")).toBeNull();
  });

  itReturns("reads ISO and day-first dates only", parseCsvDate, [
    ["2026-03-05", "2026-03-05"],
    ["5.3.2026", "2026-03-05"],
    ["05/03/2026", "2026-03-05"],
    ["05/03.2026", null],
    ["31.04.2026", null],
    ["03/05/26", null],
  ]);
});
