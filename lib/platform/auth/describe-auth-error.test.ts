import { CallbackRouteError, OAuthCallbackError } from "@auth/core/errors";
import { describe, expect, it } from "vitest";
import { describeAuthError } from "./describe-auth-error";

describe("describeAuthError", () => {
  it("follows Auth.js's wrapped cause to the error underneath, without the link to its docs", () => {
    const refused = Object.assign(new Error("server responded with an error in the response body"), {
      code: "OAUTH_RESPONSE_BODY_ERROR",
      status: 400,
      error: "invalid_grant",
      error_description: "grant request is invalid",
    });
    // As Auth.js throws it (its constructor's declared types leave out the wrapping form).
    const line = describeAuthError(new CallbackRouteError(refused as never, { provider: "city-idp" } as never));
    expect(line).toBe(
      'CallbackRouteError ← {"provider":"city-idp"} ← Error: server responded with an error in the response body (OAUTH_RESPONSE_BODY_ERROR, HTTP 400, error=invalid_grant, error_description=grant request is invalid)',
    );
    expect(line).not.toContain("errors.authjs.dev");
  });

  it("names Auth.js's error by its type, which the build does not minify", () => {
    const error = new OAuthCallbackError("OAuth Provider returned an error", { providerId: "city-idp" } as never);
    expect(describeAuthError(error)).toBe("OAuthCallbackError: OAuth Provider returned an error");
  });

  it("follows standard causes, and leaves out a minifier's class name", () => {
    class e extends Error {
      override name = this.constructor.name;
    }
    const minified = new e("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") });
    expect(describeAuthError(new TypeError("discovery failed", { cause: minified }))).toBe(
      "TypeError: discovery failed ← fetch failed ← Error: connect ECONNREFUSED 127.0.0.1:9",
    );
  });

  it("stays one bounded line", () => {
    expect(describeAuthError(new Error("x".repeat(5_000)), 200)).toHaveLength(200);
    expect(describeAuthError("a thrown string")).toBe('"a thrown string"');
  });
});
