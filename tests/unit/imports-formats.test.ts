import { describe, expect, it } from "vitest";
import { readTables } from "@/lib/imports/read";
import { scanFile } from "@/lib/imports/scan";
import type { MappedRow, TableSummary } from "@/lib/imports/types";
import { fixture, latvianInstagramText, linkedinWorkbook, metaPageReachText, utf16, utf8, windows1257, zip } from "../support/import-fixtures";

// One test per platform report, on fixtures written from the documented headers (/work/shared/EXPORTS.md):
// recognised by headers alone, every row read, numbers and dates as the platform wrote them.

function read(bytes: Uint8Array, options: { year?: number; decimal?: "point" | "comma" } = {}) {
  const first = scanFile(bytes);
  const { preview, rows } = readTables(bytes, { decimal: options.decimal ?? first.decimal, year: options.year ?? null });
  return { preview, table: (i = 0): TableSummary => preview.tables[i]!, rows: (i = 0): MappedRow[] => rows.get(i) ?? [] };
}

describe("X", () => {
  it("reads the legacy tweet activity CSV: quoted \"1777.0\" counts, +0000 times, promoted '-' columns ignored, id from the permalink", () => {
    const { table, rows } = read(fixture("x-tweet-activity.csv"));
    expect(table()).toMatchObject({ formatId: "x-tweet-activity", platform: "X", grain: "post", rowCount: 3, problemCount: 0 });
    expect(table().dateRange).toEqual({ from: "2021-11-30", to: "2021-12-14" });
    const [first, second] = rows();
    expect(first).toMatchObject({
      line: 2,
      date: "2021-11-30",
      link: "https://twitter.com/northwindcafe/status/1465570000000000001",
      values: { impressions: 1777, engagements: 64, shares: 5, comments: 3, likes: 41, clicks: 9, follows: 1, profileVisits: 6, views: 0 },
    });
    // A formula-looking caption is kept as text.
    expect(second!.caption).toBe("Thread: how we roast 🧵 =SUM(A1:A2) stays text");
    expect(
      table()
        .headers.filter((_, i) => table().mapping[i] !== "ignore")
        .some((h) => h.startsWith("promoted")),
    ).toBe(false);
  });

  it("reads the current per-post content CSV with 'Tue, Jul 14, 2026' dates; reposts and shares add up", () => {
    const { table, rows } = read(fixture("x-account-content.csv"));
    expect(table()).toMatchObject({ formatId: "x-content", grain: "post", rowCount: 3 });
    expect(rows()[0]).toMatchObject({
      date: "2026-03-03",
      values: { impressions: 3120, likes: 96, saves: 14, shares: 3 + 8, comments: 11, follows: 5, clicks: 40 },
    });
  });

  it("reads the per-day account overview", () => {
    const { table, rows } = read(fixture("x-account-overview.csv"));
    expect(table()).toMatchObject({ formatId: "x-overview", grain: "day", rowCount: 3 });
    expect(rows().map((row) => row.date)).toEqual(["2026-03-01", "2026-03-02", "2026-03-03"]);
    expect(rows()[2]!.values).toMatchObject({ impressions: 3120, engagements: 210, follows: 5, views: 500 });
  });
});

describe("Meta Business Suite", () => {
  it("reads Instagram posts: multi-line captions, quoted thousands, 'Lifetime' in Date, US publish times", () => {
    const { table, rows, preview } = read(fixture("instagram-posts.csv"));
    expect(table()).toMatchObject({ formatId: "instagram-posts", platform: "INSTAGRAM", rowCount: 3, problemCount: 0 });
    expect(preview.decimal).toBe("point");
    // "12,400" could be 12.4 in another locale: counted as ambiguous, read with the file's separator.
    expect(table().ambiguousNumbers).toBeGreaterThan(0);
    const [first, second, third] = rows();
    expect(first!.caption).toBe("Spring menu drop 🌸\nThree new drinks, one of them pink.\n#NorthwindSpring #coffee");
    expect(first).toMatchObject({
      line: 2,
      date: "2025-03-25",
      postType: "IG carousel",
      values: { views: 18950, reach: 12400, likes: 864, comments: 42, saves: 120 },
    });
    // The caption spans three lines, so the next record starts on line 5.
    expect(second).toMatchObject({ line: 5, postType: "IG reel", values: { reach: 30105, likes: 2310 } });
    expect(third!.date).toBe("2025-04-02");
  });

  it("reads Facebook posts", () => {
    const { table, rows } = read(fixture("facebook-posts.csv"));
    expect(table()).toMatchObject({ formatId: "facebook-posts", platform: "FACEBOOK", rowCount: 2 });
    expect(rows()[1]).toMatchObject({ title: "Latte art", values: { views: 9870, reach: 7450, engagements: 402, likes: 320, clicks: 150 } });
  });

  it("reads a page metric file in UTF-16 LE with BOM, sep= line and the metric's name above Date,Primary", () => {
    const bytes = utf16(metaPageReachText, "le");
    const { table, rows, preview } = read(bytes);
    expect(preview.encoding).toBe("utf-16le");
    expect(table()).toMatchObject({ formatId: "meta-page-metric", metricName: "Facebook Page reach", grain: "day", rowCount: 3 });
    expect(rows().map((row) => [row.date, row.values.reach])).toEqual([
      ["2026-03-01", 1200],
      ["2026-03-02", 1450],
      ["2026-03-03", 980],
    ]);
  });

  it("reads the same file in UTF-16 BE, and UTF-16 LE without a BOM", () => {
    for (const bytes of [utf16(metaPageReachText, "be"), utf16(metaPageReachText, "le", false)]) {
      const { table, rows } = read(bytes);
      expect(table().rowCount).toBe(3);
      expect(rows()[1]!.values.reach).toBe(1450);
    }
  });

  it("reads a Windows-1257 CSV from Latvian Excel: ';', decimal comma, no-break-space thousands", () => {
    const { table, rows, preview } = read(windows1257(latvianInstagramText));
    expect(preview.encoding).toBe("windows-1257");
    expect(preview.decimal).toBe("comma");
    expect(table().formatId).toBe("instagram-posts");
    expect(rows()[0]).toMatchObject({ caption: "Pavasara ēdienkarte — šķīvis ar ķiršiem", values: { views: 12400, reach: 9870, likes: 512 } });
  });

  it("reads UTF-8 with a BOM the same as without", () => {
    const text = new TextDecoder().decode(fixture("facebook-posts.csv"));
    expect(read(utf8(text, true)).rows()).toEqual(read(utf8(text)).rows());
    expect(read(utf8(text, true)).table().headers[0]).toBe("Post ID");
  });
});

describe("TikTok Studio", () => {
  it("reads Content.csv; its year-less dates wait for the year the user gives", () => {
    const withoutYear = read(fixture("tiktok-content.csv"));
    expect(withoutYear.table()).toMatchObject({ formatId: "tiktok-content", needsYear: true, dateRange: { from: "--08-28", to: "--09-03" } });
    expect(withoutYear.rows()[0]!.problems).toEqual([{ code: "needsYear", column: "Post time" }]);
    const { rows } = read(fixture("tiktok-content.csv"), { year: 2026 });
    expect(rows()[0]).toMatchObject({
      date: "2026-08-28",
      title: "Latte art speedrun #coffee",
      values: { likes: 1520, comments: 88, shares: 41, views: 23100 },
      problems: [],
    });
  });

  it("reads Overview.csv and FollowerHistory.csv from the ZIP TikTok hands out", () => {
    const bytes = zip({
      "Content.csv": fixture("tiktok-content.csv"),
      "Overview.csv": fixture("tiktok-overview.csv"),
      "FollowerHistory.csv": fixture("tiktok-followers.csv"),
      "Viewers.csv": "Date,Total Viewers,New Viewers,Returning Viewers\n28 August,undefined,1,2\n",
    });
    const { preview, rows } = read(bytes, { year: 2026 });
    expect(preview.container).toBe("zip");
    expect(preview.tables.map((t) => [t.source, t.formatId])).toEqual([
      ["Content.csv", "tiktok-content"],
      ["Overview.csv", "tiktok-overview"],
      ["FollowerHistory.csv", "tiktok-followers"],
    ]);
    expect(preview.skipped).toEqual(["Viewers.csv"]);
    expect(rows(1)[1]).toMatchObject({ date: "2026-08-29", values: { views: 7340, profileVisits: 305, likes: 840 } });
    expect(rows(2).map((row) => row.values.followers)).toEqual([1204, 1231, 1240]);
  });

  it("reads month names in the interface language (Russian genitive)", () => {
    const { rows } = read(utf8("Date,Followers,Difference in followers from previous day\n18 января,500,3\n"), { year: 2026 });
    expect(rows()[0]!.date).toBe("2026-01-18");
  });
});

describe("LinkedIn Page", () => {
  it("reads both sheets of the content workbook: a note row above the header, formula cells as their value, day numbers as dates", () => {
    const { preview, rows } = read(linkedinWorkbook());
    expect(preview.container).toBe("xlsx");
    expect(preview.tables.map((t) => [t.source, t.formatId, t.headerLine, t.rowCount])).toEqual([
      ["Update metrics (aggregated)", "linkedin-page-daily", 2, 3],
      ["All posts", "linkedin-page-posts", 2, 2],
    ]);
    expect(rows(0).map((row) => [row.line, row.date, row.values.impressions, row.values.reach])).toEqual([
      [3, "2026-03-01", 900, 610],
      [4, "2026-03-02", 1300, 750],
      [5, "2026-03-03", 800, 540],
    ]);
    expect(rows(1)[1]).toMatchObject({ caption: '=HYPERLINK("x") is a caption, not a formula', date: "2026-03-03", values: { impressions: 980, clicks: 22 } });
  });
});

describe("YouTube Studio", () => {
  it("reads Table data.csv, skipping its first 'Total' row", () => {
    const { table, rows } = read(fixture("youtube-table-data.csv"));
    expect(table()).toMatchObject({ formatId: "youtube-table", rowCount: 2, totalRows: 1 });
    expect(rows()[0]).toMatchObject({
      line: 3,
      title: "How we roast our beans",
      date: "2026-10-03",
      values: { views: 31200, impressions: 350000, follows: 210 },
    });
  });

  it("reads Chart data.csv and the ZIP holding both", () => {
    const { preview, rows } = read(zip({ "Table data.csv": fixture("youtube-table-data.csv"), "Chart data.csv": fixture("youtube-chart-data.csv") }));
    expect(preview.tables.map((t) => t.formatId)).toEqual(["youtube-table", "youtube-chart"]);
    expect(rows(1)[2]).toMatchObject({ date: "2026-10-05", values: { views: 1430, watchTimeHours: 62.8, follows: 15 } });
  });
});

describe("Google Analytics 4", () => {
  it("reads a report CSV after its # preamble, with the report's start and end date", () => {
    const { table, rows } = read(fixture("ga4-report.csv"));
    expect(table()).toMatchObject({ formatId: "ga4-daily", headerLine: 10, reportRange: { from: "2026-03-01", to: "2026-03-03" } });
    expect(rows()[2]).toMatchObject({ date: "2026-03-03", values: { sessions: 610, keyEvents: 25, revenue: 580.25 } });
  });

  it("reads an exploration export: 'Grand total' row skipped, Conversions as key events", () => {
    const { table, rows } = read(fixture("ga4-exploration.csv"));
    expect(table()).toMatchObject({ rowCount: 3, totalRows: 1 });
    expect(rows().map((row) => row.values.keyEvents)).toEqual([12, 18, 25]);
  });

  it("reads a French export: ';' separator, space thousands, decimal comma", () => {
    const { preview, rows } = read(fixture("ga4-french.csv"));
    expect(preview.decimal).toBe("comma");
    expect(rows().map((row) => [row.values.sessions, row.values.revenue])).toEqual([
      [1420, 1310.5],
      [2515, 422.75],
    ]);
  });
});

describe("unknown and bad rows", () => {
  it("refuses a file we do not recognise, whatever its name", () => {
    expect(() => scanFile(utf8("Name,Email\nAna,ana@example.com\n"))).toThrow(expect.objectContaining({ code: "unrecognised" }));
    expect(() => scanFile(utf8("%PDF-1.7 not a table"))).toThrow(expect.objectContaining({ code: "unrecognised" }));
  });

  it("marks bad rows with their line number and reason", () => {
    const text =
      "Date,Video Views,Profile Views,Likes,Comments,Shares\n2026-08-28,5120,210,610,33,12\nyesterday,12,1,1,1,1\n2026-08-30,lots,1,1,1,1\n2026-08-31,-4,1,1,1,1\n";
    const { table } = read(utf8(text));
    expect(table().problemCount).toBe(3);
    expect(table().problems).toEqual([
      { line: 3, problems: [{ code: "date", column: "Date" }] },
      { line: 4, problems: [{ code: "number", column: "Video Views" }] },
      { line: 5, problems: [{ code: "negative", column: "Video Views" }] },
    ]);
  });
});
