import { z } from "zod";

/** A fiscal year or an id from a URL segment; anything else is a 404, not an error. */
export const fiscalYearParam = z.coerce.number().int().min(2000).max(2100);
export const idParam = z.coerce.number().int().positive().max(2_147_483_647);
