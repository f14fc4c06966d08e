import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath, signInProblem } from "@/lib/auth/sign-in-errors";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { LoginForm } from "./_components/login-form";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.login" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const callbackPath = safeCallbackPath(first(query.callbackUrl), localizedHref("/admin", locale));
  if (await getCurrentUser()) redirect(callbackPath);
  const t = await getTranslations("auth.login");
  return (
    <div className="mx-auto w-full max-w-md py-2 sm:py-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-strong">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("intro")}</p>
      <LoginForm callbackPath={callbackPath} initialProblem={signInProblem(first(query.error))} />
    </div>
  );
}
