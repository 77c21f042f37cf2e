import type { CommitmentMetric } from "@/lib/generated/prisma/enums";

// Commitments at each level, per measure of the policy (施策分野別取組, keyed "area-number" as in
// ①–⑤ of area 1, and so on). A target is either a text ("合格") or a number with its unit.
// "{qualification}" and "{training}" are filled from the person's job category.

export type MeasureKey = `${1 | 2 | 3}-${1 | 2 | 3 | 4 | 5}`;

export interface CommitmentTemplate {
  title: string;
  target: string | readonly [value: number, unit: string];
  description?: string;
}

export const INDIVIDUAL: Readonly<Partial<Record<MeasureKey, readonly CommitmentTemplate[]>>> = {
  "1-1": [
    { title: "キャリアデザインシートで5年後の姿を言語化する", target: "シート作成" },
    { title: "キャリア面談で身に付けたい力を上司と整理する", target: [2, "回"] },
    { title: "庁内公募制度の説明会に参加する", target: [1, "回"] },
    { title: "他部署の職員との意見交換会に参加する", target: [3, "回"] },
  ],
  "1-2": [
    { title: "新規採用職員のOJT指導担当として月1回振り返りを行う", target: [12, "回"] },
    { title: "係内勉強会を企画・運営する", target: [4, "回"] },
    { title: "担当業務のマニュアルを作成し、係内で共有する", target: "マニュアル1冊", description: "異動の際の引継ぎにも使えるようにする。" },
    { title: "後輩職員の相談に応じる時間を週1回設ける", target: [40, "回"] },
  ],
  "1-3": [
    { title: "階層別研修を受講し、学んだことを係内で報告する", target: "受講・報告" },
    { title: "政策形成研修に参加し、政策提案をまとめる", target: "提案書1件" },
    { title: "研修で学んだ手法を業務で一つ以上実践する", target: "実践1件" },
    { title: "職員研修所の選択研修を受講する", target: [2, "講座"] },
  ],
  "1-4": [
    { title: "{training}を受講する", target: "受講" },
    { title: "専門分野の研修に参加する", target: [3, "回"] },
    { title: "{training}の内容を係内で共有する", target: "共有1回" },
  ],
  "1-5": [
    { title: "{qualification}に合格する", target: "合格", description: "通勤時間と週末を使って学習を進める。" },
    { title: "{qualification}の取得に向けて学習する", target: [60, "時間"] },
    { title: "業務に関する本を月2冊読む", target: [24, "冊"] },
    { title: "e-ラーニングで情報セキュリティを学ぶ", target: "全講座修了" },
    { title: "TOEICで730点以上を取る", target: [730, "点"] },
  ],
  "2-1": [
    { title: "職員採用説明会で業務紹介を担当する", target: [1, "回"] },
    { title: "インターンシップの受入れを担当する", target: [2, "名"] },
  ],
  "2-2": [
    { title: "昇任試験に向けて準備する", target: "受験" },
    { title: "ジョブローテーションの希望を整理し、上司と共有する", target: "面談1回" },
  ],
  "2-3": [
    { title: "人事評価の目標を上司と設定し、中間で振り返る", target: [2, "回"] },
    { title: "評価者研修で学んだ面談の進め方を実践する", target: "全員と面談" },
  ],
  "2-4": [
    { title: "国・他自治体との交流研修に応募する", target: "応募" },
    { title: "地域活動（町内会・NPO）に参加する", target: [4, "回"] },
  ],
  "2-5": [{ title: "局区の人材育成推進員として研修を企画する", target: [1, "件"] }],
  "3-1": [
    { title: "係内ミーティングで全員が発言できる場をつくる", target: [12, "回"] },
    { title: "コンプライアンス研修の内容を係内で共有する", target: "共有1回" },
    { title: "あいさつと声かけで相談しやすい雰囲気をつくる", target: "毎日" },
  ],
  "3-2": [
    { title: "年次休暇を15日以上取得する", target: [15, "日"] },
    { title: "定時退庁日を月4回以上守る", target: [48, "日"] },
    { title: "業務の見える化で、休暇を取りやすい係にする", target: "共有表の運用" },
  ],
  "3-3": [
    { title: "RPAで定型業務を月10時間削減する", target: [10, "時間"] },
    { title: "ペーパーレス会議を実践する", target: [12, "回"] },
    { title: "電子申請の導入を提案する", target: [1, "件"] },
    { title: "集計作業を自動化し、処理時間を半分にする", target: [50, "%"] },
  ],
};

/** Which measures individual commitments serve, and how often: self-development and training lead. */
export const INDIVIDUAL_MEASURE_WEIGHTS: readonly (readonly [MeasureKey, number])[] = [
  ["1-5", 22],
  ["1-3", 15],
  ["1-4", 14],
  ["1-1", 10],
  ["1-2", 8],
  ["3-3", 10],
  ["3-2", 7],
  ["3-1", 5],
  ["2-3", 3],
  ["2-4", 2],
  ["2-2", 1.5],
  ["2-1", 1],
  ["2-5", 0.5],
];

/** Leaders commit more to growing others and to the workplace. */
export const LEADER_MEASURE_WEIGHTS: readonly (readonly [MeasureKey, number])[] = [
  ["1-2", 22],
  ["3-1", 14],
  ["2-3", 12],
  ["3-2", 10],
  ["3-3", 10],
  ["1-3", 8],
  ["1-5", 8],
  ["1-1", 6],
  ["2-5", 4],
  ["2-4", 2],
];

export interface UnitTemplate extends CommitmentTemplate {
  metric: CommitmentMetric;
}

/** 係・課 commitments (team level), recorded by the supervisor and reviewed by the bureau. */
export const TEAM: readonly (readonly [MeasureKey, UnitTemplate])[] = [
  ["1-2", { title: "新規採用職員全員にOJT指導担当と計画を5月までに用意する", target: [100, "%"], metric: "OJT_COVERAGE" }],
  ["1-2", { title: "若手職員のOJT計画を全員分作成し、四半期ごとに振り返る", target: [100, "%"], metric: "OJT_COVERAGE" }],
  ["1-1", { title: "全員とキャリア面談を年2回行う", target: [2, "回/人"], metric: "INTERVIEWS_PER_MEMBER" }],
  ["2-3", { title: "育成計画を全員分6月末までに承認する", target: [100, "%"], metric: "PLAN_APPROVAL_RATE" }],
  ["1-2", { title: "係内勉強会を毎月開催する", target: [12, "回"], metric: "MANUAL" }],
  ["3-3", { title: "定型業務の手順書を整備し、処理時間を2割減らす", target: [20, "%"], metric: "MANUAL" }],
  ["3-2", { title: "係員の年次休暇取得を平均15日以上にする", target: [15, "日"], metric: "MANUAL" }],
  ["3-1", { title: "朝会で業務の見通しを共有し、声をかけ合う", target: "毎朝実施", metric: "MANUAL" }],
  ["1-4", { title: "係員全員が専門研修を年1回以上受講する", target: [100, "%"], metric: "MANUAL" }],
];

/** 局・区 commitments, recorded by the bureau coordinator and reviewed by the HR division. */
export const BUREAU: readonly (readonly [MeasureKey, UnitTemplate])[] = [
  ["1-4", { title: "部門別研修を年2回開催する", target: [2, "回"], metric: "MANUAL" }],
  ["1-2", { title: "局内の若手職員のOJT計画作成率を100%にする", target: [100, "%"], metric: "OJT_COVERAGE" }],
  ["2-5", { title: "局区人材育成推進会議を四半期ごとに開く", target: [4, "回"], metric: "MANUAL" }],
  ["2-3", { title: "育成計画の承認率を9割以上にする", target: [90, "%"], metric: "PLAN_APPROVAL_RATE" }],
  ["3-2", { title: "局内の時間外勤務を前年度比1割削減する", target: [10, "%"], metric: "MANUAL" }],
  ["3-3", { title: "局内の申請手続の電子化を進める", target: [10, "手続"], metric: "MANUAL" }],
  ["1-1", { title: "全職員とのキャリア面談を年2回実施する", target: [2, "回/人"], metric: "INTERVIEWS_PER_MEMBER" }],
];

/** City-wide commitments, recorded by the HR division and reviewed by the headquarters. */
export const CITY: readonly (readonly [MeasureKey, UnitTemplate])[] = [
  ["1-3", { title: "研修所研修の満足度を90%以上にする", target: [90, "%"], metric: "MANUAL" }],
  ["1-2", { title: "若手職員のOJT計画作成率を全庁で100%にする", target: [100, "%"], metric: "OJT_COVERAGE" }],
  ["1-5", { title: "資格取得支援制度の利用者を300人にする", target: [300, "人"], metric: "MANUAL" }],
  ["3-2", { title: "職員一人当たりの年次休暇取得日数を15日以上にする", target: [15, "日"], metric: "MANUAL" }],
  ["2-3", { title: "育成計画の承認率を全庁で95%以上にする", target: [95, "%"], metric: "PLAN_APPROVAL_RATE" }],
  ["2-4", { title: "国・民間等への派遣研修に20人を送り出す", target: [20, "人"], metric: "MANUAL" }],
];

export const PROGRESS_NOTES: readonly string[] = [
  "計画どおり進んでいる。",
  "上期の取組を終えた。",
  "係内で共有し、意見をもらった。",
  "予定より遅れているが、下期に取り戻す。",
  "半分ほど進んだ。",
  "中間面談で進め方を確認した。",
  "研修を受講し、報告を済ませた。",
  "",
];

export const DONE_NOTES: readonly string[] = ["達成した。", "目標どおり完了した。", "予定より早く達成できた。"];

export const DROP_REASONS: readonly string[] = [
  "人事異動で担当業務が変わったため。",
  "予定していた研修が中止になったため。",
  "育児休業を取得するため。",
  "業務の繁忙により今年度は見送る。",
];

export const UNIT_REVIEW_COMMENTS: readonly string[] = [
  "局の方針に沿った取組です。",
  "数値目標が明確で良いと思います。",
  "進捗を四半期ごとに報告してください。",
  "",
];

export const UNIT_RETURN_COMMENTS: readonly string[] = [
  "目標値の根拠を書き足してください。",
  "達成時期を明記してください。",
  "取組の対象者を具体的にしてください。",
];

/** The comment the rollover writes on the CREATE event of every carried commitment and new plan
 *  (CARRIED_COMMENT in lib/year/rollover/rollover.ts, which is server-only and cannot be imported here). */
export const CARRIED_COMMENT = "前年度から繰越";
