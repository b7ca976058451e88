import { readExportZip } from "@/lib/export/read";
import { previewRoute } from "@/lib/imports/http";

export const dynamic = "force-dynamic";

/** Upload → what the export holds (counts), after every check the save makes. Nothing is stored. */
export const POST = previewRoute(async (bytes) => ({ counts: (await readExportZip(bytes)).counts }));
