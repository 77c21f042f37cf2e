import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/platform/i18n/locales";
import { findingSentence } from "@/lib/insight/hq-report/finding-sentence";
import type { Finding, Findings } from "@/lib/insight/hq-report/report-rules";

/** Section 3: what went well and what lags, each line derived by a rule stated above the lists. */
export async function FindingsSection({ findings, locale }: { findings: Findings; locale: Locale }) {
  const t = await getTranslations("hqReport.findings");
  const sentence = (finding: Finding): string => findingSentence((key, values) => t(key, values), finding, locale);
  const list = (id: string, title: string, items: Finding[]) => (
    <div className="mb-6">
      <h3 id={id} className="mb-2 text-std-20B-150 text-solid-gray-900">
        {title}
      </h3>
      {items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul aria-labelledby={id} className="list-disc space-y-1 pl-6">
          {items.map((finding, i) => (
            <li key={i}>{sentence(finding)}</li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <section aria-labelledby="report-findings" className="report-section mb-10">
      <h2 id="report-findings" className="mb-2 text-std-24B-150 text-solid-gray-900">
        {t("title")}
      </h2>
      <p className="mb-4 text-std-16N-170 text-solid-gray-700">{t("rules")}</p>
      {list("report-lagging", t("lagging"), findings.lagging)}
      {list("report-highlights", t("highlights"), findings.highlights)}
    </section>
  );
}
