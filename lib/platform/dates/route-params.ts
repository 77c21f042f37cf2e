import { z } from "zod";
import { MAX_DATABASE_ID } from "@/lib/platform/db/ids";

/** A fiscal year or an id from a URL segment; anything else is a 404, not an error. */
export const fiscalYearParam = z.coerce.number().int().min(2000).max(2100);
export const idParam = z.coerce.number().int().positive().max(MAX_DATABASE_ID);
