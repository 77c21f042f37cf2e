/**
 * An iCalendar file (RFC 5545) of one's training sessions. Sessions have dates, not hours, so
 * each is an all-day event (DATE values: floating days, which every calendar shows on the same
 * dates in Japan as the portal does); the calendar still names Asia/Tokyo so that a client that
 * adds times puts them in Japan time. Pure, so its escaping and folding are unit-tested.
 */

export interface CalendarSession {
  enrolmentId: number;
  sessionId: number;
  title: string;
  hours: number;
  venue: string;
  online: boolean;
  /** yyyy-mm-dd, inclusive */
  startOn: string;
  endOn: string;
}

/** TEXT values (§3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Lines longer than 75 octets folded (§3.1): CRLF and one space, never inside a UTF-8 character
 * (a line of Japanese is cut between characters, each of three octets).
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const basic = (iso: string) => iso.replaceAll("-", "");

/** The day after a yyyy-mm-dd date: DTEND of an all-day event is exclusive. */
function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A UTC date-time in the basic format, for DTSTAMP. */
const stamp = (instant: Date) => `${instant.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;

const TOKYO = [
  "BEGIN:VTIMEZONE",
  "TZID:Asia/Tokyo",
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0900",
  "TZOFFSETTO:+0900",
  "TZNAME:JST",
  "END:STANDARD",
  "END:VTIMEZONE",
];

export function buildCalendar(sessions: readonly CalendarSession[], options: { name: string; host: string; online: string; now?: Date }): string {
  const now = stamp(options.now ?? new Date());
  const events = sessions.flatMap((session) => {
    const place = [session.online ? options.online : null, session.venue || null].filter(Boolean).join(" / ");
    return [
      "BEGIN:VEVENT",
      `UID:training-enrolment-${session.enrolmentId}@${options.host}`,
      `DTSTAMP:${now}`,
      `DTSTART;VALUE=DATE:${basic(session.startOn)}`,
      `DTEND;VALUE=DATE:${basic(nextDay(session.endOn))}`,
      `SUMMARY:${escapeText(session.title)}`,
      ...(place ? [`LOCATION:${escapeText(place)}`] : []),
      `DESCRIPTION:${escapeText(`${session.title} (${session.hours}h)`)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    ];
  });
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Sendai City//Hagukumi//JA",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
    "X-WR-TIMEZONE:Asia/Tokyo",
    ...TOKYO,
    ...events,
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
