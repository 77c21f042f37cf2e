import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StaffRecordView } from "@/components/staff/staff-record";
import { requireActor } from "@/lib/platform/auth/actor";
import { fiscalYearParam, idParam } from "@/lib/platform/dates/route-params";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { getStaffRecord } from "@/lib/people/staff/get-staff-record";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff"))("recordPageTitle") };
}

/** 個人カルテ as the HR division, city-wide, departed staff included; anyone else, or a person out of scope, gets a 404. */
export default async function CityStaffRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ employeeId: string }>;
  searchParams: Promise<{ fy?: string | string[] }>;
}) {
  const actor = await requireActor();
  const employeeId = idParam.safeParse((await params).employeeId);
  if (!employeeId.success) notFound();
  const record = await loadOrNotFound(() => getStaffRecord(actor, "HR_DIVISION", employeeId.data));
  // ?fy= picks the year shown; anything else shows the newest.
  const fiscalYear = fiscalYearParam.safeParse((await searchParams).fy);
  return <StaffRecordView record={record} searchPath="/city/staff" fiscalYear={fiscalYear.success ? fiscalYear.data : undefined} />;
}
