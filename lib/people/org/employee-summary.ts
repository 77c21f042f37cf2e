import { fromDateColumn, type CalendarDate } from "@/lib/platform/dates/calendar-date";
import { isYoungStaff, yearsOfService } from "@/lib/platform/dates/fiscal-year";

/** The fields of a member of staff that a list may show: nothing private. */
export const employeeListSelect = {
  id: true,
  staffNumber: true,
  name: true,
  nameKana: true,
  jobCategory: true,
  rank: true,
  joinedOn: true,
  unit: { select: { id: true, name: true } },
} as const;

export interface EmployeeListRow {
  id: number;
  staffNumber: string;
  name: string;
  nameKana: string;
  jobCategory: string;
  rank: string;
  joinedOn: Date;
  unit: { id: number; name: string };
}

export interface EmployeeSummary extends Omit<EmployeeListRow, "joinedOn"> {
  joinedOn: CalendarDate;
  yearsOfService: number;
  youngStaff: boolean;
}

export function summariseEmployee(row: EmployeeListRow, today: CalendarDate, youngStaffYears: number): EmployeeSummary {
  const joinedOn = fromDateColumn(row.joinedOn);
  return {
    ...row,
    joinedOn,
    yearsOfService: yearsOfService(joinedOn, today),
    youngStaff: isYoungStaff(joinedOn, today, youngStaffYears),
  };
}
