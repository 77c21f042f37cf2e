import type { MeasureKey } from "./commitment-texts";
import type { JobCategory } from "./org-chart";

// The year's records: the institute's programmes (研修所研修), trainings by job category
// (部門別研修) and outside ones, qualifications, OJT goals and sessions, and career interviews.

/** Who a programme is for: first- and second-year staff, rank-and-file staff, 係長 and 課長補佐,
 *  everyone who evaluates others (係長 and up), the managers (課長 and up), or all staff. */
export type Audience = "first" | "second" | "staff" | "chief" | "evaluator" | "manager" | "all";

export interface ProgrammeSpec {
  title: string;
  measure: MeasureKey;
  hours: number;
  audience: Audience;
  /** how likely one of its audience attends in a year */
  chance: number;
  /** years of service of the staff it is meant for (staff programmes) */
  service?: readonly [number, number];
  /** sessions a year at full scale (more runs for the big cohorts) */
  runs: number;
  /** months of the fiscal year (4 = April … 15 = March) its sessions are held in */
  months: readonly number[];
  online?: boolean;
}

/** 研修所研修: the HR division's catalogue, run by 職員研修所 and attended by enrolment. */
export const INSTITUTE_PROGRAMMES: readonly ProgrammeSpec[] = [
  { title: "新規採用職員研修（前期）", measure: "1-3", hours: 21, audience: "first", chance: 0.98, runs: 6, months: [4] },
  { title: "新規採用職員研修（後期）", measure: "1-3", hours: 12, audience: "first", chance: 0.95, runs: 6, months: [10, 11] },
  { title: "2年目職員研修", measure: "1-3", hours: 7, audience: "second", chance: 0.92, runs: 5, months: [6, 7] },
  { title: "主任研修", measure: "1-3", hours: 14, audience: "staff", chance: 0.85, service: [8, 9], runs: 4, months: [6, 9] },
  { title: "新任係長研修", measure: "1-3", hours: 14, audience: "chief", chance: 0.12, runs: 3, months: [5, 6] },
  { title: "新任課長研修", measure: "1-3", hours: 7, audience: "manager", chance: 0.1, runs: 2, months: [5] },
  { title: "OJT指導者研修", measure: "1-2", hours: 3.5, audience: "staff", chance: 0.12, service: [4, 20], runs: 4, months: [4, 5] },
  { title: "評価者研修", measure: "2-3", hours: 3.5, audience: "evaluator", chance: 0.25, runs: 4, months: [9, 10] },
  { title: "政策形成研修", measure: "1-3", hours: 14, audience: "staff", chance: 0.05, service: [3, 15], runs: 2, months: [7, 11] },
  { title: "キャリアデザイン研修", measure: "1-1", hours: 7, audience: "staff", chance: 0.06, service: [5, 15], runs: 3, months: [8, 12] },
  { title: "コンプライアンス研修", measure: "3-1", hours: 2, audience: "all", chance: 0.35, runs: 8, months: [6, 7, 8], online: true },
  { title: "ハラスメント防止研修", measure: "3-1", hours: 2, audience: "all", chance: 0.25, runs: 6, months: [10, 11], online: true },
  { title: "情報セキュリティ研修", measure: "3-3", hours: 1.5, audience: "all", chance: 0.55, runs: 8, months: [5, 6, 7], online: true },
  { title: "業務改善研修", measure: "3-3", hours: 3.5, audience: "staff", chance: 0.05, service: [2, 30], runs: 3, months: [9, 13] },
  { title: "ファシリテーション研修", measure: "1-3", hours: 7, audience: "chief", chance: 0.1, runs: 2, months: [8, 14] },
  { title: "メンタルヘルス研修", measure: "3-2", hours: 2, audience: "manager", chance: 0.15, runs: 3, months: [12, 13] },
];

/** Ranks a programme is offered to, as the catalogue's comma-separated list (empty: everyone). */
export const AUDIENCE_RANKS: Readonly<Record<Audience, string>> = {
  first: "主事,技師",
  second: "主事,技師",
  staff: "主事,技師,主任,主査",
  chief: "係長,課長補佐",
  evaluator: "係長,課長補佐,課長,部長",
  manager: "課長,部長,次長,副区長,局長,区長",
  all: "",
};

/** 職場研修: short sessions a 係 or 課 holds for itself, recorded by each attendee. */
export const WORKPLACE_TRAININGS: readonly string[] = [
  "職場研修（接遇）",
  "職場研修（個人情報保護）",
  "職場研修（業務マニュアル）",
  "職場研修（防災訓練）",
  "職場研修（事例検討）",
];

export const QUALIFICATION_NOTES: readonly string[] = ["通信講座で学習した。", "資格取得支援制度を利用した。", "業務で必要になったため取得した。"];

/** 部門別研修 by job category, run by the bureaus and recorded by the staff themselves. */
export const DEPARTMENTAL_TRAININGS: Readonly<Record<JobCategory, readonly string[]>> = {
  事務: ["税務研修", "生活保護事務研修", "戸籍事務研修", "契約事務研修", "財務会計システム研修", "国保・年金実務研修"],
  技術: ["土木技術職研修", "建築技術研修", "積算システム研修", "現場安全管理研修", "設計基準研修"],
  保健師: ["保健師現任教育研修", "母子保健研修", "精神保健福祉研修"],
  社会福祉: ["ケースワーカー研修", "児童福祉司任用後研修", "障害福祉制度研修"],
  消防: ["救急隊員研修", "救助技術研修", "予防査察研修"],
  保育士: ["保育実践研修", "発達支援研修"],
  技能労務: ["安全運転研修", "接遇研修（運輸）"],
  獣医師: ["食品衛生監視員研修", "動物愛護研修"],
  薬剤師: ["検査技術研修", "薬事監視研修"],
  学芸員: ["文化財保存研修", "展示企画研修"],
  看護師: ["看護実践研修", "感染管理研修", "医療安全研修"],
  医師: ["医療安全研修", "臨床研修指導医研修"],
  医療技術: ["医療安全研修", "専門技術研修"],
};

export const EXTERNAL_TRAININGS: readonly (readonly [title: string, hours: number])[] = [
  ["市町村職員中央研修所（市町村アカデミー）研修", 21],
  ["東北大学公開講座", 6],
  ["ロジカルシンキング講座（民間セミナー）", 6],
  ["日本経営協会セミナー", 6],
  ["自治大学校 短期研修", 35],
  ["国土交通大学校研修", 28],
];

export interface QualificationSpec {
  name: string;
  /** years until it must be renewed, if ever */
  validYears?: number;
}

const COMMON: readonly QualificationSpec[] = [
  { name: "防災士" },
  { name: "普通救命講習修了", validYears: 3 },
  { name: "第一種衛生管理者" },
  { name: "メンタルヘルス・マネジメント検定Ⅱ種" },
  { name: "手話技能検定3級" },
  { name: "ITパスポート" },
];

export const QUALIFICATIONS: Readonly<Record<JobCategory, readonly QualificationSpec[]>> = {
  事務: [
    { name: "日商簿記検定2級" },
    { name: "日商簿記検定3級" },
    { name: "宅地建物取引士" },
    { name: "行政書士" },
    { name: "ファイナンシャル・プランニング技能士2級" },
    { name: "情報セキュリティマネジメント" },
    { name: "社会保険労務士" },
    ...COMMON,
  ],
  技術: [
    { name: "1級土木施工管理技士" },
    { name: "2級土木施工管理技士" },
    { name: "技術士補" },
    { name: "1級建築士" },
    { name: "2級建築士" },
    { name: "測量士補" },
    { name: "第三種電気主任技術者" },
    ...COMMON,
  ],
  保健師: [{ name: "介護支援専門員", validYears: 5 }, { name: "公認心理師" }, ...COMMON],
  社会福祉: [{ name: "社会福祉士" }, { name: "精神保健福祉士" }, { name: "介護支援専門員", validYears: 5 }, ...COMMON],
  消防: [
    { name: "救急救命士" },
    { name: "危険物取扱者（乙種第4類）" },
    { name: "大型自動車免許", validYears: 5 },
    { name: "消防設備士（甲種4類）" },
    ...COMMON,
  ],
  保育士: [{ name: "子育て支援員" }, { name: "食育アドバイザー" }, ...COMMON],
  技能労務: [{ name: "大型自動車第二種免許", validYears: 5 }, { name: "運行管理者（旅客）" }, ...COMMON],
  獣医師: [{ name: "食品衛生責任者" }, ...COMMON],
  薬剤師: [{ name: "環境計量士" }, { name: "毒物劇物取扱責任者" }, ...COMMON],
  学芸員: [{ name: "博物館学芸員" }, { name: "文化財保存修復研修修了" }, ...COMMON],
  看護師: [{ name: "認定看護師（感染管理）", validYears: 5 }, { name: "呼吸療法認定士", validYears: 5 }, ...COMMON],
  医師: [{ name: "専門医（内科）", validYears: 5 }, ...COMMON],
  医療技術: [{ name: "細胞検査士" }, { name: "臨床工学技士（認定）", validYears: 5 }, ...COMMON],
};

export const OJT_GOALS: readonly (readonly [MeasureKey, string])[] = [
  ["1-2", "担当業務の流れを理解し、定型的な事務を一人で処理できる。"],
  ["1-2", "窓口・電話での問い合わせに、根拠を示して回答できる。"],
  ["1-2", "起案文書を作成し、決裁まで進められる。"],
  ["1-3", "研修で学んだ内容を業務に当てはめて説明できる。"],
  ["1-4", "分野の基礎知識を身に付け、関係法令を調べられる。"],
  ["3-3", "業務の手順を見直し、改善案を一つ提案できる。"],
  ["1-1", "自分の強みと伸ばしたい力を言葉にできる。"],
];

export const OJT_AIMS: readonly string[] = [
  "上期：担当業務を一人で行える。下期：後輩に説明できる。",
  "上期：制度の基本を理解する。下期：制度改正の説明資料を作れる。",
  "一年を通じて、担当業務の年間の流れをつかむ。",
  "上期：現場の点検業務を一人で行える。下期：報告書を取りまとめられる。",
];

export const OJT_SESSION_TOPICS: readonly (readonly [topic: string, learnt: string, nextStep: string])[] = [
  ["業務の流れ", "年間の事務の流れと締切", "月間予定表を作る"],
  ["起案の書き方", "決裁区分と起案文の構成", "次の起案を自分で作る"],
  ["窓口での説明", "制度を図で説明すると伝わりやすい", "説明用の図を作る"],
  ["関係課との調整", "事前に論点を整理しておくこと", "次回の調整を任せる"],
  ["予算の見方", "予算書と執行状況の確認方法", "執行状況を月1回まとめる"],
  ["現場の安全確認", "点検項目と記録の残し方", "点検を一人で行う"],
  ["振り返り", "できたことと次の課題を確認した", "次の期の目標を決める"],
  ["困難事例の対応", "記録を残し、早めに相談すること", "事例検討に参加する"],
];

export const INTERVIEW_AGENDAS: Readonly<Record<"START_OF_YEAR" | "MID_YEAR" | "END_OF_YEAR" | "OTHER", readonly string[]>> = {
  START_OF_YEAR: ["今年度の目標と育成計画について", "担当業務の確認と今年度の目標", "キャリアビジョンと今年度の取組"],
  MID_YEAR: ["上期の振り返りと下期の取組", "育成計画の進捗確認", "業務の負担と下期の見通し"],
  END_OF_YEAR: ["一年の振り返りと来年度に向けて", "育成計画の達成状況と異動希望", "来年度のキャリアについて"],
  OTHER: ["業務の悩みについての相談", "育児との両立についての相談", "異動希望についての相談"],
};

export const INTERVIEW_SHARED_NOTES: readonly string[] = [
  "制度の理解を深め、窓口での説明力を高めることを確認した。",
  "研修の受講計画と、業務での実践方法を話し合った。",
  "上期は計画どおり進んでいる。下期は後輩指導にも取り組む。",
  "業務量が多い時期の進め方を相談し、係内で分担することにした。",
  "来年度は企画の仕事に挑戦したいという希望を確認した。",
  "資格取得に向けた学習時間の確保について話し合った。",
];

export const INTERVIEW_PRIVATE_NOTES: readonly string[] = [
  "異動希望は来年度以降に検討。",
  "業務負担に配慮が必要。",
  "昇任に向けて経験を積ませたい。",
  "体調面を気にかけておく。",
  "",
];

export const INTERVIEW_AGREED_ACTIONS: readonly string[] = [
  "部門別研修を受講する。",
  "係内勉強会で発表する。",
  "資格取得の計画を立てる。",
  "業務マニュアルの改訂を担当する。",
  "",
];

/** Actions a supervisor proposes in an interview, to become the employee's commitments. */
export const INTERVIEW_ACTIONS: readonly (readonly [MeasureKey, string])[] = [
  ["1-4", "分野別の専門研修を受講する"],
  ["1-2", "係内勉強会で担当業務を発表する"],
  ["1-5", "業務に関わる資格の取得に取り組む"],
  ["3-3", "担当業務の手順書を見直す"],
  ["1-1", "他部署の業務を知る機会をつくる"],
];
