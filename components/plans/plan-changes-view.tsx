import { getTranslations } from "next-intl/server";
import type { CommitmentTerms, PlanChanges } from "@/lib/year/plans/plan-changes";
import { COMMITMENT_FIELDS } from "@/lib/year/plans/plan-changes";

interface Words {
  before: string;
  after: string;
  empty: string;
}

function BeforeAfter({ label, before, after, words }: { label: string; before: string; after: string; words: Words }) {
  return (
    <div className="grid gap-2 md:grid-cols-[10rem_1fr_1fr]">
      <p className="text-std-16B-170">{label}</p>
      <div className="rounded-8 bg-red-50 p-3">
        <p className="text-std-16B-170">{words.before}</p>
        <del className="whitespace-pre-wrap">{before || words.empty}</del>
      </div>
      <div className="rounded-8 bg-green-50 p-3">
        <p className="text-std-16B-170">{words.after}</p>
        <ins className="whitespace-pre-wrap no-underline">{after || words.empty}</ins>
      </div>
    </div>
  );
}

async function Terms({ commitment }: { commitment: CommitmentTerms }) {
  const t = await getTranslations("planChanges");
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
      {COMMITMENT_FIELDS.filter((field) => field !== "title" && commitment[field]).map((field) => (
        <div key={field} className="contents">
          <dt className="text-std-16B-170">{t(`field.${field}`)}</dt>
          <dd className="whitespace-pre-wrap">{commitment[field]}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * What changed since the last approval, as the reviewer decides on it: the career vision's
 * texts, the target images chosen, and the commitments added, changed (each field before →
 * after) and removed. Before and after are also said in words (－ / ＋ and the headings), not by
 * colour alone.
 */
export async function PlanChangesView({ changes }: { changes: PlanChanges }) {
  const t = await getTranslations("planChanges");
  const tp = await getTranslations("plans");
  const words = { before: t("before"), after: t("after"), empty: t("emptyValue") };
  const yesNo = (aspired: boolean) => (aspired ? t("aspiredYes") : t("aspiredNo"));
  return (
    <div className="flex flex-col gap-6">
      <p className="meta">{t("legend")}</p>
      {changes.visions.length > 0 ? (
        <div className="flex flex-col gap-3">
          <h3 className="text-std-20B-160">{tp("vision")}</h3>
          {changes.visions.map((change) => (
            <BeforeAfter key={change.field} label={tp(change.field)} before={change.before} after={change.after} words={words} />
          ))}
        </div>
      ) : null}
      {changes.images.length > 0 ? (
        <div className="flex flex-col gap-3">
          <h3 className="text-std-20B-160">{tp("images")}</h3>
          {changes.images.map((image) => (
            <BeforeAfter
              key={image.targetImageId}
              label={image.name}
              before={`${yesNo(image.before.aspired)}${image.before.reason ? `\n${image.before.reason}` : ""}`}
              after={`${yesNo(image.after.aspired)}${image.after.reason ? `\n${image.after.reason}` : ""}`}
              words={words}
            />
          ))}
        </div>
      ) : null}
      {changes.added.length > 0 ? (
        <div className="flex flex-col gap-3">
          <h3 className="text-std-20B-160">{t("added", { count: changes.added.length })}</h3>
          {changes.added.map((commitment) => (
            <article key={commitment.id} aria-labelledby={`added-${commitment.id}`} className="rounded-8 border-l-8 border-green-900 bg-green-50 p-4">
              <h4 id={`added-${commitment.id}`} className="mb-2 text-std-18B-160">
                {t("addedMark")} {commitment.title}
              </h4>
              <Terms commitment={commitment} />
            </article>
          ))}
        </div>
      ) : null}
      {changes.changed.length > 0 ? (
        <div className="flex flex-col gap-3">
          <h3 className="text-std-20B-160">{t("changed", { count: changes.changed.length })}</h3>
          {changes.changed.map((commitment) => (
            <article
              key={commitment.id}
              aria-labelledby={`changed-${commitment.id}`}
              className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4"
            >
              <h4 id={`changed-${commitment.id}`} className="text-std-18B-160">
                {t("changedMark")} {commitment.title}
              </h4>
              {commitment.fields.map((change) => (
                <BeforeAfter key={change.field} label={t(`field.${change.field}`)} before={change.before} after={change.after} words={words} />
              ))}
            </article>
          ))}
        </div>
      ) : null}
      {changes.removed.length > 0 ? (
        <div className="flex flex-col gap-3">
          <h3 className="text-std-20B-160">{t("removed", { count: changes.removed.length })}</h3>
          {changes.removed.map((commitment) => (
            <article key={commitment.id} aria-labelledby={`removed-${commitment.id}`} className="rounded-8 border-l-8 border-error-1 bg-red-50 p-4">
              <h4 id={`removed-${commitment.id}`} className="mb-2 text-std-18B-160">
                {t("removedMark")} <del>{commitment.title}</del>
              </h4>
              <Terms commitment={commitment} />
            </article>
          ))}
        </div>
      ) : null}
    </div>
  );
}
