// Reads an uploaded Postfolio export: untrusted. The ZIP goes through lib/export/unzip.ts (size,
// entry count, compression ratio and path limits), portfolio.json through the zod schema, and
// every reference and file it names is checked before anything is written. Only portfolio.json is
// kept in memory: of every other file, its size and first bytes (its type); the import reads the
// ZIP a second time to write the files (lib/export/mutations.ts), one at a time.
import { AppError } from "@/lib/errors";
import { ImportFileError } from "@/lib/imports/errors";
import { EXPORT_VERSION, exportHeaderSchema, portfolioExportSchema, type PortfolioExport } from "./schema";
import { collectEntry } from "@/lib/imports/zip";
import { readExportEntries, sourceIsZip, type ExportSource } from "./unzip";

export type ExportProblem = "notAnExport" | "unknownVersion" | "invalidDocument" | "missingFile" | "badFile" | "badReference";

/** Counts shown before the user confirms ("3 campaigns, 7 samples, 2 case studies, 14 files"). */
export type ExportCounts = {
  campaigns: number;
  samples: number;
  caseStudies: number;
  documents: number;
  calendars: number;
  certifications: number;
  experience: number;
  skills: number;
  education: number;
  files: number;
};

/** A file of the ZIP as checked: its unpacked size and first bytes (enough to recognise its type). */
export type CheckedFile = { size: number; head: Uint8Array };

export type ReadExport = { document: PortfolioExport; files: Map<string, CheckedFile>; counts: ExportCounts };

const HEAD_BYTES = 16;

export function exportProblem(code: ExportProblem, detail?: string): AppError {
  return new AppError("VALIDATION", { fieldErrors: { file: [`dataExport.errors.${code}`, ...(detail ? [detail] : [])] } });
}

const magic = {
  webp: ({ size, head }: CheckedFile) =>
    size > 12 && String.fromCharCode(...head.subarray(0, 4)) === "RIFF" && String.fromCharCode(...head.subarray(8, 12)) === "WEBP",
  pdf: ({ size, head }: CheckedFile) => size > 5 && String.fromCharCode(...head.subarray(0, 5)) === "%PDF-",
  bin: ({ size }: CheckedFile) => size > 0,
};

/** Size and first bytes of an entry, without keeping the rest. */
function measureEntry(onDone: (file: CheckedFile) => void) {
  const head = new Uint8Array(HEAD_BYTES);
  let size = 0;
  return {
    data(chunk: Uint8Array) {
      if (size < HEAD_BYTES) head.set(chunk.subarray(0, HEAD_BYTES - size), size);
      size += chunk.length;
    },
    end: () => onDone({ size, head: head.subarray(0, Math.min(size, HEAD_BYTES)) }),
  };
}

/** Maps the ZIP reader's refusals to the upload's field error. */
export function zipProblem(error: unknown): unknown {
  return error instanceof ImportFileError ? new AppError("VALIDATION", { fieldErrors: { file: [`imports.fileErrors.${error.code}`] } }) : error;
}

/** Reads and checks an export from memory or from a file on disk (read in chunks: memory does not grow with the ZIP). */
export async function readExportZip(source: ExportSource): Promise<ReadExport> {
  if (!(await sourceIsZip(source))) throw exportProblem("notAnExport");
  let json: Uint8Array | null = null;
  const files = new Map<string, CheckedFile>();
  try {
    await readExportEntries(source, (name) => {
      if (name === "portfolio.json") return collectEntry((data) => void (json = data));
      if (!/^(media|imports)\//.test(name)) return null;
      // One name, one file: the import writes what was checked here.
      if (files.has(name)) throw exportProblem("badFile", name);
      return measureEntry((file) => void files.set(name, file));
    });
  } catch (error) {
    throw zipProblem(error);
  }
  if (!json) throw exportProblem("notAnExport");
  let raw: unknown;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(json);
    json = null; // a large document's bytes can go before it is parsed
    raw = JSON.parse(text);
  } catch {
    throw exportProblem("notAnExport");
  }
  const header = exportHeaderSchema.safeParse(raw);
  if (!header.success) throw exportProblem("notAnExport");
  if (header.data.version !== EXPORT_VERSION) throw exportProblem("unknownVersion", String(header.data.version));
  const parsed = portfolioExportSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw exportProblem("invalidDocument", first ? first.path.join(".") : undefined);
  }
  const document = parsed.data;
  checkReferences(document, files);
  return { document, files, counts: countExport(document) };
}

export function countExport(document: PortfolioExport): ExportCounts {
  return {
    campaigns: document.campaigns.length,
    samples: document.samples.length,
    caseStudies: document.caseStudies.length,
    documents: document.documents.length,
    calendars: document.calendars.length,
    certifications: document.certifications.length,
    experience: document.experience.length,
    skills: document.skills.length,
    education: document.education.length,
    files: document.media.reduce((sum, item) => sum + (item.thumb ? 2 : 1), 0) + document.imports.length,
  };
}

/** Every ref points at an item of the right kind in the same document, and every file is in the ZIP with the bytes its name says. */
function checkReferences(document: PortfolioExport, files: Map<string, CheckedFile>): void {
  const refsOf = (items: { ref: string }[], kind: string) => {
    const refs = new Set(items.map((item) => item.ref));
    if (refs.size !== items.length) throw exportProblem("badReference", kind);
    return refs;
  };
  const media = refsOf(document.media, "media");
  const imports = refsOf(document.imports, "imports");
  const campaigns = refsOf(document.campaigns, "campaigns");
  const samples = refsOf(document.samples, "samples");
  const documents = refsOf(document.documents, "documents");
  refsOf(document.caseStudies, "caseStudies");
  const results = refsOf(
    [...document.campaigns.flatMap((campaign) => campaign.metrics), ...document.caseStudies.flatMap((study) => study.keyResults)],
    "results",
  );
  const check = (refs: Set<string>, kind: string, ...values: (string | null)[]) => {
    for (const value of values) if (value !== null && !refs.has(value)) throw exportProblem("badReference", `${kind}:${value}`);
  };
  const used = new Set<string>();
  const claim = (ref: string | null) => {
    if (ref === null) return;
    // A file belongs to one item (an avatar, a sample image, a PDF, ...), as in the database.
    if (used.has(ref)) throw exportProblem("badReference", `media:${ref}`);
    used.add(ref);
  };

  check(media, "media", document.profile.avatar, ...document.profile.featuredMedia);
  claim(document.profile.avatar);
  check(results, "results", ...document.profile.featuredResults);
  for (const campaign of document.campaigns)
    for (const metric of campaign.metrics) {
      check(media, "media", metric.evidence);
      claim(metric.evidence);
      check(imports, "imports", metric.import);
    }
  for (const sample of document.samples) {
    check(campaigns, "campaigns", sample.campaign);
    check(imports, "imports", sample.import);
    check(media, "media", ...sample.media);
    sample.media.forEach(claim);
  }
  for (const item of document.documents) {
    check(media, "media", item.pdf);
    claim(item.pdf);
    check(campaigns, "campaigns", item.campaign);
  }
  for (const calendar of document.calendars) check(samples, "samples", ...calendar.entries.map((entry) => entry.sample));
  for (const study of document.caseStudies) {
    check(media, "media", study.cover);
    claim(study.cover);
    check(campaigns, "campaigns", ...study.campaigns);
    check(samples, "samples", ...study.samples);
    check(documents, "documents", ...study.documents);
  }

  const expectFile = (path: string, ext: keyof typeof magic) => {
    const file = files.get(path);
    if (!file) throw exportProblem("missingFile", path);
    if (!path.endsWith(`.${ext}`) || !magic[ext](file)) throw exportProblem("badFile", path);
  };
  for (const item of document.media) {
    const ext = item.kind === "PDF" ? "pdf" : "webp";
    if (!item.file.startsWith(`media/${item.ref}/`) || (item.thumb && !item.thumb.startsWith(`media/${item.ref}/`))) throw exportProblem("badFile", item.file);
    expectFile(item.file, ext);
    if (item.thumb) expectFile(item.thumb, "webp");
  }
  for (const item of document.imports) {
    if (!item.file.startsWith(`imports/${item.ref}/`)) throw exportProblem("badFile", item.file);
    expectFile(item.file, "bin");
  }
}
