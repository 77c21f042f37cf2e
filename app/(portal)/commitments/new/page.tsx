import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { STANDALONE_LEVELS } from "@/lib/year/commitments/commitment-access";
import { NewCommitmentView } from "./new-commitment-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("levelCommitments"))("pageTitle") };
}

/** `/commitments/new?level=TEAM|BUREAU|CITY`: one page for a new commitment at every level. */
export default async function NewCommitmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const level = STANDALONE_LEVELS.find((each) => each === params.level);
  if (!level) notFound();
  return <NewCommitmentView level={level} params={params} />;
}
