/** What a hidden value is shown as, on screen and in the CSV. */
export const REDACTED = "（非表示）";

/**
 * Keys whose values stay hidden even from the HR division when the trail is read in bulk: the
 * supervisor's private interview notes, the transfer wishes and password hashes. Matched at any
 * depth, ignoring case and underscores (privateNotes, private_notes, PRIVATE_NOTES).
 */
const HIDDEN_KEYS = new Set(["privatenotes", "transferwishfields", "transferwishcomment", "passwordhash"]);

export function isHiddenKey(key: string): boolean {
  return HIDDEN_KEYS.has(key.replaceAll("_", "").toLowerCase());
}

/** A copy of an audit row's detail with every hidden key's value replaced by 「（非表示）」. Pure. */
export function redactDetail(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactDetail);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, isHiddenKey(key) ? REDACTED : redactDetail(inner)]));
  }
  return value;
}
