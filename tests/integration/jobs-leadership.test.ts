import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { jobsLeadership } from "@/lib/platform/jobs/jobs-leadership";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";

/** The background jobs run in one process per database, whichever instances start them. */
let database: ThrowawayDatabase;
beforeAll(async () => {
  database = await createThrowawayDatabase(inject("adminDatabaseUrl"), "hagukumi_jobs_lead", false);
});
afterAll(async () => {
  await database?.drop();
});

describe("the jobs' leadership", () => {
  it("is held by one instance at a time, kept while it lives, and taken over when it goes", async () => {
    const first = jobsLeadership(database.url);
    const second = jobsLeadership(database.url);
    expect(await first.lead()).toBe(true);
    expect(await second.lead()).toBe(false);
    // Round after round the holder keeps it and the other stands by.
    expect(await first.lead()).toBe(true);
    expect(await second.lead()).toBe(false);
    await first.close();
    expect(await second.lead()).toBe(true);
    expect(await first.lead()).toBe(false);
    await second.close();
    await first.close();
  });

  it("stands by rather than failing when the database cannot be reached", async () => {
    const away = jobsLeadership("postgresql://postgres@127.0.0.1:1/nothing");
    expect(await away.lead()).toBe(false);
    await away.close();
  });
});
