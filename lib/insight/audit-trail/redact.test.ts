import { describe, expect, it } from "vitest";
import { REDACTED, redactDetail } from "./redact";

describe("redactDetail", () => {
  it("hides the private keys at any depth, in objects and arrays", () => {
    const detail = {
      before: { privateNotes: "秘密", sharedNotes: "共有", transferWishFields: "福祉", transferWishComment: "異動したい" },
      after: [{ privateNotes: { nested: "x" } }, { passwordHash: "$argon2id$..." }],
      fiscalYear: 2026,
    };
    expect(redactDetail(detail)).toEqual({
      before: { privateNotes: REDACTED, sharedNotes: "共有", transferWishFields: REDACTED, transferWishComment: REDACTED },
      after: [{ privateNotes: REDACTED }, { passwordHash: REDACTED }],
      fiscalYear: 2026,
    });
  });

  it("matches snake_case and other casings of the same keys", () => {
    expect(redactDetail({ private_notes: "a", PASSWORD_HASH: "b", transfer_wish_comment: "c" })).toEqual({
      private_notes: REDACTED,
      PASSWORD_HASH: REDACTED,
      transfer_wish_comment: REDACTED,
    });
  });

  it("leaves other values and scalars alone and does not change its input", () => {
    const input = { privateNotes: "秘密", n: null, ok: true };
    expect(redactDetail(input)).toEqual({ privateNotes: REDACTED, n: null, ok: true });
    expect(input.privateNotes).toBe("秘密");
    expect(redactDetail(null)).toBeNull();
    expect(redactDetail("privateNotes")).toBe("privateNotes");
    expect(redactDetail([1, "a"])).toEqual([1, "a"]);
  });
});
