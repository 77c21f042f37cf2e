import { InterviewKind } from "@/lib/generated/prisma/enums";

// Apart from the schemas so that the form, a client component, does not carry zod with it.

export const INTERVIEW_KINDS = Object.values(InterviewKind);

/** Agreed actions proposed to the employee per interview, answered ones included. */
export const MAX_ACTIONS = 5;
