/** What the page confirms after a save, named in `?done=`; anything else in the URL is ignored. */
export const RECORD_DONE = [
  "trainingCreated",
  "trainingUpdated",
  "trainingDeleted",
  "qualificationCreated",
  "qualificationUpdated",
  "qualificationDeleted",
] as const;

export type RecordDone = (typeof RECORD_DONE)[number];

export function recordDoneOf(value: unknown): RecordDone | null {
  return RECORD_DONE.find((done) => done === value) ?? null;
}
