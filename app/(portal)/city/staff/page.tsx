import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffSearch } from "@/components/staff/staff-search";
import { requireActor } from "@/lib/platform/auth/actor";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { searchStaff } from "@/lib/people/staff/search-staff";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff"))("searchTitle") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** 職員検索 as the HR division, city-wide, departed staff included; anyone else gets a 404. */
export default async function CityStaffSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const result = await loadOrNotFound(() => searchStaff(actor, "HR_DIVISION", { q: first(params.q), page: first(params.page) }));
  return <StaffSearch result={result} basePath="/city/staff" scope="city" />;
}
