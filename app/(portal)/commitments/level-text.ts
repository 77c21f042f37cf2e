import type { Route } from "next";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CommitmentReader, StandaloneLevel } from "@/lib/year/commitments/commitment-access";

/**
 * The words that differ between a team, a bureau and a city commitment (whom it is submitted to,
 * where its lists are); everything else the levels share under `teamCommitments`.
 */
export async function levelText(level: StandaloneLevel) {
  if (level === "TEAM") {
    const t = await getTranslations("teamCommitments");
    return {
      title: t("title"),
      add: t("add"),
      empty: t("empty"),
      newTitle: t("newTitle"),
      newLead: (fiscalYear: string) => t("newLead", { fiscalYear }),
      unit: t("unit"),
      submit: t("submit"),
      draftNote: t("stateNote.DRAFT"),
      backToOwn: t("backToTeam"),
      backToReview: t("backToReview"),
    };
  }
  const t = await getTranslations(`levelCommitments.${level}`);
  return {
    title: t("title"),
    add: t("add"),
    empty: t("empty"),
    newTitle: t("newTitle"),
    newLead: (fiscalYear: string) => t("newLead", { fiscalYear }),
    unit: t("unit"),
    submit: t("submit"),
    draftNote: t("draftNote"),
    backToOwn: t("backToOwn"),
    backToReview: t("backToReview"),
  };
}

/** Where the owner keeps a level's commitments, and where its reviewer finds them. */
export const OWN_LIST = { TEAM: "/team/commitments", BUREAU: "/bureau/commitments", CITY: "/city/commitments" } as const satisfies Record<
  StandaloneLevel,
  Route
>;
export const REVIEW_LIST = { TEAM: "/bureau/commitments", BUREAU: "/city/commitments", CITY: "/city/commitments" } as const satisfies Record<
  StandaloneLevel,
  Route
>;

/**
 * The list a reader of a commitment came from, with the menu and tab it sits under: the owner's
 * or the reviewer's list, the HR division's city list; none for anyone else in scope.
 */
export function commitmentList(
  level: StandaloneLevel,
  reader: CommitmentReader,
): { href: Route; menu: Role; tab: "teamTabs" | "bureauTabs" | "cityTabs" } | null {
  const href = reader === "OWNER" ? OWN_LIST[level] : reader === "REVIEWER" ? REVIEW_LIST[level] : reader === "HR_DIVISION" ? OWN_LIST.CITY : null;
  if (href === null) return null;
  if (href === OWN_LIST.TEAM) return { href, menu: "SUPERVISOR", tab: "teamTabs" };
  if (href === OWN_LIST.BUREAU) return { href, menu: "BUREAU_COORDINATOR", tab: "bureauTabs" };
  return { href, menu: "HR_DIVISION", tab: "cityTabs" };
}
