import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine } from "./ics";

const session = {
  enrolmentId: 7,
  sessionId: 3,
  title: "新任係長研修; 基礎編, 第1回",
  hours: 6.5,
  venue: "研修センター\\2階",
  online: true,
  startOn: "2026-06-30",
  endOn: "2026-07-01",
};

describe("the iCalendar file of one's sessions (RFC 5545)", () => {
  it("escapes backslashes, semicolons, commas and line breaks in text", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds lines at 75 octets without splitting a Japanese character", () => {
    const line = `SUMMARY:${"研".repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const [index, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join("")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });

  it("writes all-day events with an exclusive end, in a calendar that names Asia/Tokyo", () => {
    const text = buildCalendar([session], { name: "研修日程", host: "hagukumi.portal", online: "オンライン", now: new Date("2026-05-01T03:04:05Z") });
    const lines = text.split("\r\n");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("X-WR-TIMEZONE:Asia/Tokyo");
    expect(lines).toContain("TZID:Asia/Tokyo");
    expect(lines).toContain("TZOFFSETTO:+0900");
    expect(lines).toContain("UID:training-enrolment-7@hagukumi.portal");
    expect(lines).toContain("DTSTAMP:20260501T030405Z");
    expect(lines).toContain("DTSTART;VALUE=DATE:20260630");
    // Over a month's end: the day after the last day.
    expect(lines).toContain("DTEND;VALUE=DATE:20260702");
    expect(lines).toContain("SUMMARY:新任係長研修\\; 基礎編\\, 第1回");
    expect(lines).toContain("LOCATION:オンライン / 研修センター\\\\2階");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
  });

  it("is a valid empty calendar when there are no sessions", () => {
    const text = buildCalendar([], { name: "研修日程", host: "h", online: "オンライン" });
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).not.toContain("BEGIN:VEVENT");
  });
});
