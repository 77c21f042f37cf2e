import type { Role } from "@/lib/generated/prisma/client";

// The shape of the demo organisation: three of Sendai's ~20 bureaus and wards, cut down to a
// few units each, with the named demo sign-ins placed where each role has something to see.
// Section and unit names follow the city's usual ones; the people in them are fictional.

export type JobCategory = "事務" | "技術" | "保健師" | "社会福祉";

export type DemoStaffNumber = "demo-employee" | "demo-supervisor" | "demo-bureau" | "demo-hr" | "demo-hq";

export interface DemoPerson {
  name: string;
  nameKana: string;
  jobCategory: JobCategory;
  rank: string;
  joinYear: number;
}

/** The password every demo account signs in with (trial installs only). */
export const DEMO_PASSWORD = "demo-password";

export const DEMO_PEOPLE: Readonly<Record<DemoStaffNumber, DemoPerson>> = {
  // Joined in FY2024, so well inside the young-staff window: OJT and career screens have data.
  "demo-employee": { name: "青葉 花子", nameKana: "アオバ ハナコ", jobCategory: "事務", rank: "主事", joinYear: 2024 },
  "demo-supervisor": { name: "泉 健太", nameKana: "イズミ ケンタ", jobCategory: "事務", rank: "係長", joinYear: 2005 },
  "demo-bureau": { name: "宮城 誠", nameKana: "ミヤギ マコト", jobCategory: "事務", rank: "次長", joinYear: 1990 },
  "demo-hr": { name: "若林 美咲", nameKana: "ワカバヤシ ミサキ", jobCategory: "事務", rank: "主任", joinYear: 2013 },
  // Stands in for the 推進本部 (mayor, vice-mayors), who are not staff; 局長 is the nearest rank.
  "demo-hq": { name: "太白 一郎", nameKana: "タイハク イチロウ", jobCategory: "事務", rank: "局長", joinYear: 1988 },
};

export interface DemoSignIn {
  staffNumber: DemoStaffNumber;
  role: Role;
  label: string;
}

/** One sign-in per role, for the README and the end-to-end tests. */
export const DEMO_SIGN_INS: readonly DemoSignIn[] = [
  { staffNumber: "demo-employee", role: "EMPLOYEE", label: "職員（健康福祉局 障害企画課 企画係・若手）" },
  { staffNumber: "demo-supervisor", role: "SUPERVISOR", label: "管理監督者（健康福祉局 障害企画課 企画係長）" },
  { staffNumber: "demo-bureau", role: "BUREAU_COORDINATOR", label: "各局区等・部門（健康福祉局 次長）" },
  { staffNumber: "demo-hr", role: "HR_DIVISION", label: "人材育成部門（総務局 人事課 人材育成係）" },
  { staffNumber: "demo-hq", role: "HEADQUARTERS", label: "人材育成推進本部（全庁）" },
];

export interface UnitSpec {
  name: string;
  category: JobCategory;
  /** generated members besides the 係長 and any demo members */
  members: number;
  head?: DemoStaffNumber;
  demoMembers?: readonly DemoStaffNumber[];
  /** everyone in the unit works for the 人材育成部門 and sees the whole city */
  hrDivision?: boolean;
}

export interface SectionSpec {
  name: string;
  category?: JobCategory;
  /** has a 課長補佐, who sits in the section itself rather than in a 係 */
  assistant?: boolean;
  units: readonly UnitSpec[];
}

export interface DepartmentSpec {
  name: string;
  category?: JobCategory;
  sections: readonly SectionSpec[];
}

export interface BureauSpec {
  name: string;
  headRank: "局長" | "区長";
  deputyRank: "次長" | "副区長";
  deputy?: DemoStaffNumber;
  /** demo people who sit in the bureau office without leading anything in it, holding a
   *  city-wide role (so the assignment has no unit) */
  attached?: readonly { person: DemoStaffNumber; role: "HEADQUARTERS" | "HR_DIVISION" }[];
  departments: readonly DepartmentSpec[];
}

export const ORG_CHART: readonly BureauSpec[] = [
  {
    name: "総務局",
    headRank: "局長",
    deputyRank: "次長",
    attached: [{ person: "demo-hq", role: "HEADQUARTERS" }],
    departments: [
      {
        name: "総務部",
        sections: [{ name: "総務課", units: [{ name: "庶務係", category: "事務", members: 2 }] }],
      },
      {
        name: "人事部",
        sections: [
          {
            name: "人事課",
            assistant: true,
            units: [
              { name: "人事係", category: "事務", members: 2 },
              { name: "人材育成係", category: "事務", members: 1, demoMembers: ["demo-hr"], hrDivision: true },
            ],
          },
          { name: "職員研修所", units: [{ name: "研修係", category: "事務", members: 2 }] },
        ],
      },
    ],
  },
  {
    name: "健康福祉局",
    headRank: "局長",
    deputyRank: "次長",
    deputy: "demo-bureau",
    departments: [
      {
        name: "健康福祉部",
        sections: [
          { name: "社会課", units: [{ name: "保護係", category: "社会福祉", members: 2 }] },
          {
            name: "障害企画課",
            units: [
              {
                name: "企画係",
                category: "事務",
                members: 1,
                head: "demo-supervisor",
                demoMembers: ["demo-employee"],
              },
              { name: "事業係", category: "社会福祉", members: 2 },
            ],
          },
        ],
      },
      {
        name: "保健衛生部",
        sections: [
          {
            name: "健康政策課",
            units: [
              { name: "企画係", category: "事務", members: 1 },
              { name: "健康づくり係", category: "保健師", members: 2 },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "青葉区",
    headRank: "区長",
    deputyRank: "副区長",
    departments: [
      {
        name: "保健福祉センター",
        sections: [
          {
            name: "家庭健康課",
            category: "保健師",
            units: [
              { name: "母子保健係", category: "保健師", members: 2 },
              { name: "成人保健係", category: "保健師", members: 2 },
            ],
          },
          {
            name: "保護課",
            assistant: true,
            units: [
              { name: "保護第一係", category: "社会福祉", members: 3 },
              { name: "保護第二係", category: "社会福祉", members: 2 },
            ],
          },
        ],
      },
      {
        name: "建設部",
        category: "技術",
        sections: [
          {
            name: "道路課",
            category: "技術",
            units: [
              { name: "管理係", category: "事務", members: 2 },
              { name: "維持係", category: "技術", members: 2 },
            ],
          },
          { name: "公園課", category: "技術", units: [{ name: "公園係", category: "技術", members: 2 }] },
        ],
      },
    ],
  },
];
