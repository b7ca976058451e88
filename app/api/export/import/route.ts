import { exportImportHandler } from "@/lib/export/http";

export const dynamic = "force-dynamic";

/** The confirmed import of a Postfolio export: the ZIP as the raw body, streamed to a temporary file, saved all or nothing. */
export const POST = exportImportHandler();
