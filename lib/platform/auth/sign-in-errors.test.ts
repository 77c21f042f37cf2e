import { describe, expect, it } from "vitest";
import { signInErrorMessage, signInRefusedPath } from "./sign-in-errors";

describe("the sign-in page's error", () => {
  it("says why the identity provider's answer was refused", () => {
    expect(signInErrorMessage(new URL(signInRefusedPath("unknown-staff-number"), "http://x").searchParams.get("error") ?? undefined)).toBe("oidcNotRegistered");
    expect(signInErrorMessage("OidcDeparted")).toBe("oidcDeparted");
    expect(signInErrorMessage("OidcNoStaffNumber")).toBe("oidcNoStaffNumber");
  });

  it("reads Auth.js's own codes, and anything unknown, as the provider's failure", () => {
    for (const code of ["OidcProviderError", "Configuration", "OAuthCallbackError", "AccessDenied", "toString", "__proto__", "nonsense"]) {
      expect(signInErrorMessage(code)).toBe("oidcFailed");
    }
  });

  it("leaves a wrong password to the form, and no error to nothing", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBeNull();
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("")).toBeNull();
  });
});
