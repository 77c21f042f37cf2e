import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

/**
 * A real OpenID provider for the end-to-end tests: panva's certified `oidc-provider`, on
 * loopback, with its own development login and consent pages (any password is accepted; the
 * login names the account). Its defaults are kept where a city's provider may differ from the
 * portal's expectations: profile claims such as preferred_username come only from userinfo, not
 * the ID token (conformIdTokenClaims), and the client must authenticate at the token endpoint
 * the way it was registered.
 */

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export interface TestProviderOptions {
  /** the portal's public address: its callback and sign-in page are registered as the client's */
  portalUrl: string;
  /** login → the claims the account carries besides `sub` */
  accounts: Record<string, Record<string, string>>;
  clientAuthMethod: "client_secret_basic" | "client_secret_post";
}

// Its pages would load a web font from outside; nothing here may leave the machine.
const PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "hagukumi-e2e";
  const clientSecret = "hagukumi-e2e-client-secret-0123456789";

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.portalUrl}/api/auth/callback/city-idp`],
        post_logout_redirect_uris: [`${options.portalUrl}/signin`],
        token_endpoint_auth_method: options.clientAuthMethod,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx, id) {
      const claims = options.accounts[id];
      if (!claims) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...claims }) };
    },
    claims: { openid: ["sub"], profile: ["name", "preferred_username"] },
    cookies: { keys: ["hagukumi-e2e-provider-cookie-key"] },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx: KoaContextWithOIDC, form: string) {
          ctx.body = page(
            "Sign out of the provider?",
            `${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button><button type="submit" form="op.logoutForm">No, stay signed in</button>`,
          );
        },
        postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
          ctx.body = page("Signed out", "<p>You are signed out of the provider.</p>");
        },
      },
    },
  };
  const provider = new Provider(issuer, configuration);
  // oidc-provider takes either secret method from a client registered for one of them; a
  // stricter provider takes only the registered one, and so does this one.
  provider.use(async (ctx, next) => {
    const basic = /^Basic /i.test(ctx.get("authorization"));
    if (ctx.method === "POST" && ctx.path === "/token" && basic !== (options.clientAuthMethod === "client_secret_basic")) {
      ctx.status = 401;
      ctx.body = { error: "invalid_client", error_description: `this client is registered for ${options.clientAuthMethod}` };
      return;
    }
    await next();
  });
  provider.use(async (ctx, next) => {
    await next();
    ctx.set("Content-Security-Policy", PAGE_POLICY);
  });
  // Koa's handler answers its own errors; the listener only starts it.
  const handle = provider.callback();
  server.on("request", (request, response) => void handle(request, response));

  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
