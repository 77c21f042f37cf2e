import { z } from "zod";
import { hasForbiddenCharacters } from "@/lib/platform/validation/text-characters";

const storable = (value: string) => !hasForbiddenCharacters(value);

/**
 * A password sign-in as posted: read by the sign-in action (field messages) and again by the
 * check itself (credentials.ts). On its own so that it can be read without the database.
 */
export const passwordSignInSchema = z.object({
  staffNumber: z.string().trim().min(1).max(64).refine(storable),
  password: z.string().min(1).max(256).refine(storable),
});
