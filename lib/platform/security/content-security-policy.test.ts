import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("lets forms post to this origin only, without an identity provider", () => {
    expect(directive(contentSecurityPolicy("n", false), "form-action")).toBe("form-action 'self'");
  });

  it("also lets them land on the identity provider, whose sign-in and sign-out they redirect to", () => {
    const policy = contentSecurityPolicy("n", false, ["https://idp.city.example"]);
    expect(directive(policy, "form-action")).toBe("form-action 'self' https://idp.city.example");
    // Nothing else widens with it.
    expect(directive(policy, "default-src")).toBe("default-src 'self'");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self'");
  });
});
