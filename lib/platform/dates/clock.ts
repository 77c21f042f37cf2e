/**
 * The portal's "now". The system clock, except on a test server started with
 * HAGUKUMI_TEST_CLOCK_FILE: that file holds a number of milliseconds to add, so an end-to-end
 * test can let a transfer's effective date pass without waiting for midnight. Every "today" of
 * the portal (tokyoDate) and of its background jobs reads this, so the pages and the jobs agree.
 *
 * Browser code imports the calendar helpers too, so this module has no static Node import: the
 * file is read through process.getBuiltinModule, on the server only.
 */
const clockFile = typeof window === "undefined" ? process.env.HAGUKUMI_TEST_CLOCK_FILE : undefined;

function shiftMs(file: string): number {
  try {
    const fs = process.getBuiltinModule("node:fs");
    const value = Number(fs.readFileSync(file, "utf8").trim());
    return Number.isFinite(value) ? value : 0;
  } catch {
    // no file yet: the test has not moved the clock
    return 0;
  }
}

export function now(): Date {
  return clockFile ? new Date(Date.now() + shiftMs(clockFile)) : new Date();
}
