import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/platform/auth/actor";
import { findSelectableMeasures } from "@/lib/policy/find-selectable-measures";
import { findProgrammes } from "@/lib/records/programmes/queries";
import { assertProgrammeAdmin } from "@/lib/records/programmes/access";
import { allowedOrNotFound } from "@/lib/platform/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmes"))("title") };
}

/** 研修プログラム: the HR division's catalogue of programmes; everyone else gets a 404. */
export default async function ProgrammesPage() {
  const actor = await requireActor();
  allowedOrNotFound(() => assertProgrammeAdmin(actor));
  const [programmes, areas, t, tc] = await Promise.all([
    findProgrammes(actor),
    findSelectableMeasures(actor),
    getTranslations("programmes"),
    getTranslations("common"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section title={t("listTitle")}>
        {programmes.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <Table caption={t("listTitle")} captionHidden>
            <thead>
              <tr>
                <Th>{t("fields.title")}</Th>
                <Th>{t("fields.kind")}</Th>
                <Th>{t("fields.measure")}</Th>
                <Th>{t("fields.targets")}</Th>
                <Th numeric>{t("fields.hours")}</Th>
                <Th numeric>{t("sessionCount")}</Th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((programme) => (
                <tr key={programme.id}>
                  <Td>
                    <Link href={`/city/programmes/${programme.id}`} className="text-blue-1000 underline">
                      {programme.title}
                    </Link>{" "}
                    {programme.retired ? <Badge>{tc("retired")}</Badge> : null}
                  </Td>
                  <Td nowrap>{t(`kinds.${programme.kind}`)}</Td>
                  <Td>{programme.measureName ?? "—"}</Td>
                  <Td>{[...programme.targetRanks, ...programme.targetJobCategories].join("、") || t("everyone")}</Td>
                  <Td numeric>{t("hoursValue", { hours: programme.hours })}</Td>
                  <Td numeric>{programme.sessionCount}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
      <Section title={t("addTitle")}>
        <ProgrammeForm areas={areas} />
      </Section>
    </>
  );
}
