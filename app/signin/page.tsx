import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageSwitch } from "@/components/language-switch";
import { SignInForm } from "@/components/sign-in-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/platform/auth/actor";
import { signInErrorMessage } from "@/lib/platform/auth/sign-in-errors";
import { env, oidcEnabled } from "@/lib/platform/env";
import { signInWithOidc } from "@/lib/platform/auth/sign-in-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await getActor()) redirect("/");
  const [t, { error }] = await Promise.all([getTranslations(), searchParams]);
  const message = signInErrorMessage(error);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-4 py-12">
      <div className="mb-6 flex items-start justify-between gap-4">
        <p className="flex flex-col">
          <span className="text-std-32B-150 text-solid-gray-900">{t("app.name")}</span>
          <span className="lead">{t("app.tagline")}</span>
        </p>
        <LanguageSwitch />
      </div>
      <div className="rounded-16 border border-solid-gray-420 bg-white p-8 shadow-1">
        <h1 className="mb-2 text-std-24B-150">{t("signIn.title")}</h1>
        {message ? <Notice tone="error" title={t(`signIn.${message}`)} /> : null}
        {env.PASSWORD_SIGN_IN === "on" ? (
          <>
            <p className="mb-6 text-std-16N-170 text-solid-gray-700">{t("signIn.lead")}</p>
            <ClientMessages group="signIn">
              <SignInForm />
            </ClientMessages>
          </>
        ) : null}
        {oidcEnabled ? (
          <form action={signInWithOidc} className="mt-8 border-t border-solid-gray-420 pt-6">
            <Button type="submit" variant="secondary" className="w-full">
              {t("signIn.withOidc", { name: env.OIDC_DISPLAY_NAME })}
            </Button>
          </form>
        ) : null}
      </div>
    </main>
  );
}
