import { getTranslations } from "next-intl/server";
import { fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { formatCount } from "@/lib/platform/i18n/format-number";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { PlanSheet } from "@/lib/year/plan-sheet/get-plan-sheet";

/**
 * キャリアデザインシート: the plan on one A4 page, for the files and for staff who work on paper
 * (app/globals.css, .plan-sheet, lays it out for print). The commitments in one ruled table with
 * their year-end ratings, and a box where the employee and the supervisor confirm with a seal or
 * signature and a date. Transfer wishes only when the reader may see them.
 */
export async function CareerDesignSheet({ sheet, locale }: { sheet: PlanSheet; locale: Locale }) {
  const t = await getTranslations("planSheet");
  const tp = await getTranslations("plans.status");
  const tc = await getTranslations("commitments.status");
  const { plan } = sheet;
  const commitments = plan.commitments.filter((commitment) => commitment.status !== "DROPPED");
  const aspired = plan.images.filter((image) => image.aspired || image.selfScore !== null);
  const unit = plan.employee.unit.trail.length > 0 ? plan.employee.unit.trail.join(" › ") : plan.employee.unit.name;
  return (
    <article className="plan-sheet" aria-labelledby="sheet-title">
      <header className="plan-sheet-head">
        <h1 id="sheet-title">
          {t("title")}　<span>{formatFiscalYear(plan.fiscalYear, locale)}</span>
        </h1>
        <p>{tp(plan.status)}</p>
      </header>
      <table className="plan-sheet-grid">
        <tbody>
          <tr>
            <th scope="row">{t("name")}</th>
            <td>{plan.employee.name}</td>
            <th scope="row">{t("staffNumber")}</th>
            <td>{plan.employee.staffNumber}</td>
          </tr>
          <tr>
            <th scope="row">{t("unit")}</th>
            <td>{unit}</td>
            <th scope="row">{t("rank")}</th>
            <td>{plan.employee.rank}</td>
          </tr>
        </tbody>
      </table>

      <h2>{t("vision")}</h2>
      <table className="plan-sheet-grid">
        <tbody>
          <tr>
            <th scope="row">{t("visionNow")}</th>
            <td className="plan-sheet-text">{plan.visionNow}</td>
          </tr>
          <tr>
            <th scope="row">{t("vision3Years")}</th>
            <td className="plan-sheet-text">{plan.vision3Years}</td>
          </tr>
          <tr>
            <th scope="row">{t("vision10Years")}</th>
            <td className="plan-sheet-text">{plan.vision10Years}</td>
          </tr>
          {aspired.length > 0 ? (
            <tr>
              <th scope="row">{t("targetImages")}</th>
              <td className="plan-sheet-text">
                {aspired
                  .map(
                    (image) =>
                      `${image.targetImage.number}. ${image.targetImage.name}${image.selfScore === null ? "" : `（${t("selfScore", { score: image.selfScore })}）`}`,
                  )
                  .join("　")}
              </td>
            </tr>
          ) : null}
          {plan.transferWishFields === null ? null : (
            <tr>
              <th scope="row">{t("transferWish")}</th>
              <td className="plan-sheet-text">{[plan.transferWishFields, plan.transferWishComment].filter(Boolean).join("／")}</td>
            </tr>
          )}
        </tbody>
      </table>

      <h2>{t("commitments", { count: commitments.length })}</h2>
      <table className="plan-sheet-grid plan-sheet-commitments">
        <thead>
          <tr>
            <th scope="col">{t("no")}</th>
            <th scope="col">{t("measure")}</th>
            <th scope="col">{t("commitment")}</th>
            <th scope="col">{t("target")}</th>
            <th scope="col">{t("due")}</th>
            <th scope="col">{t("progress")}</th>
            <th scope="col">{t("rating")}</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((commitment, index) => (
            <tr key={commitment.id}>
              <td className="num">{index + 1}</td>
              <td>{commitment.measure.number}</td>
              <td>
                {commitment.title}
                <span className="plan-sheet-status">（{tc(commitment.status)}）</span>
              </td>
              <td>{commitment.targetValue === null ? commitment.targetText : `${commitment.targetValue.toString()} ${commitment.targetUnit}`}</td>
              <td>{commitment.dueOn ? formatDate(fromDateColumn(commitment.dueOn), locale) : "－"}</td>
              <td className="num">{formatCount(commitment.progressPercent, locale)}%</td>
              <td>{sheet.ratings[commitment.id]?.rating ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("reflection")}</h2>
      <p className="plan-sheet-box plan-sheet-text">{plan.reflection}</p>

      <table className="plan-sheet-grid plan-sheet-confirm" aria-label={t("confirmation")}>
        <thead>
          <tr>
            <th scope="col">{t("confirmedBy")}</th>
            <th scope="col">{t("date")}</th>
            <th scope="col">{t("seal")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("employee")}</th>
            <td>{t("dateBlank")}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">{t("supervisor")}</th>
            <td>{t("dateBlank")}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </article>
  );
}
