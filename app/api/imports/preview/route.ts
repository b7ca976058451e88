import { previewRoute } from "@/lib/imports/http";
import { scanFile } from "@/lib/imports/scan";

export const dynamic = "force-dynamic";

/** Upload → recognised reports and their first rows. Nothing is stored. */
export const POST = previewRoute((bytes) => scanFile(bytes));
