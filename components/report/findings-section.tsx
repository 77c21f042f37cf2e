import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Finding, Findings } from "@/lib/report/report-rules";

/** Section 3: what went well and what lags, each line derived by a rule stated above the lists. */
export async function FindingsSection({ findings, locale }: { findings: Findings; locale: Locale }) {
  const t = await getTranslations("hqReport.findings");
  const sentence = (finding: Finding): string => {
    switch (finding.kind) {
      case "measureWithoutCommitment":
      case "measureAtEveryLevel":
        return t(finding.kind, { measure: finding.measure });
      case "bureauBelowCity":
      case "bureauAboveCity":
        return t(finding.kind, { bureau: finding.bureau, figure: t(`figures.${finding.figure}`), value: finding.value, city: finding.city });
      case "cityCommitmentOverdue":
        return t(finding.kind, { title: finding.title, dueOn: formatDate(finding.dueOn, locale) });
      case "cityCommitmentDone":
        return t(finding.kind, { title: finding.title });
    }
  };
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
