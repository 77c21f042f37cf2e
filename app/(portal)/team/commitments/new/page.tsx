import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewCommitmentView } from "@/app/(portal)/commitments/new/new-commitment-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teamCommitments"))("newTitle") };
}

/** Kept for the supervisor's bookmarks and links: the shared new-commitment page at team level. */
export default async function NewTeamCommitmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <NewCommitmentView level="TEAM" params={await searchParams} />;
}
