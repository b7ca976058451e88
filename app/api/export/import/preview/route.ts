import { exportPreviewHandler } from "@/lib/export/http";

export const dynamic = "force-dynamic";

/** Upload (the ZIP as the raw body, streamed to a temporary file) → what the export holds (counts). Nothing is stored. */
export const POST = exportPreviewHandler();
