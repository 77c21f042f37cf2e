import type { Prisma, Role } from "@/lib/generated/prisma/client";

// The policy as data: 仙台市人材育成基本方針（令和2年度改定版）, 概要版. Every Japanese string is
// copied from shared/policy/READING.md (which normalises the PDF's halfwidth 「･」 to 「・」), so
// that reports quote the policy's own words. The HR division edits the catalogue afterwards;
// these constants are only the starting point and what tests count.

export interface PolicyData {
  name: string;
  summary: string;
  startFiscalYear: number;
  endFiscalYear: number;
}

export interface PromotionPlanData {
  phase: number;
  name: string;
  startFiscalYear: number;
  endFiscalYear: number;
  illustrative: boolean;
}

export interface TargetImageData {
  number: number;
  name: string;
  description: string;
}

export interface FocusThemeData {
  number: number;
  name: string;
  points: readonly string[];
}

export interface PolicyAreaData {
  number: number;
  name: string;
  description: string;
}

export interface MeasureData {
  areaNumber: number;
  number: number;
  name: string;
  /** 主な取組: the one initiative the overview prints; the others ("ほか") are added by HR. */
  mainInitiative: string;
  relatedPlan: string | null;
}

export interface PolicyActorData {
  role: Role;
  name: string;
  responsibilities: readonly string[];
}

/** One row per post of the promotion structure; rows sharing a name belong to one body. */
export interface PromotionBodyData {
  name: string;
  title: string | null;
  holder: string | null;
}

export const POLICY: PolicyData = {
  name: "仙台市人材育成基本方針（令和2年度改定版）",
  summary: "仙台市人材育成基本方針は、仙台市職員の長期的な人材育成の基本的方向性を定めるものです。",
  startFiscalYear: 2021,
  endFiscalYear: 2030,
};

// Only phase 1 is given by the policy ("第２期以降は3～4年ごとに策定"); phases 2 and 3 fill the
// rest of the policy period so that every fiscal year belongs to a plan, and are marked
// illustrative so that the HR division knows to replace them.
export const PROMOTION_PLANS: readonly PromotionPlanData[] = [
  { phase: 1, name: "第1期人材育成推進計画", startFiscalYear: 2021, endFiscalYear: 2023, illustrative: false },
  { phase: 2, name: "第2期人材育成推進計画", startFiscalYear: 2024, endFiscalYear: 2027, illustrative: true },
  { phase: 3, name: "第3期人材育成推進計画", startFiscalYear: 2028, endFiscalYear: 2030, illustrative: true },
];

export const TARGET_IMAGES: readonly TargetImageData[] = [
  {
    number: 1,
    name: "誇りを胸に仕事に取り組む職員",
    description:
      "仙台のまちへの愛着や、高いコンプライアンス意識のもと、行政のプロフェッショナルとして市民生活の質や地域の豊かさの向上に貢献するという使命感を持って業務を遂行する職員",
  },
  {
    number: 2,
    name: "多様な主体と協働する職員",
    description: "多様な主体との相互理解のもとに協働し、互いの強みを発揮することで、より高い事業成果を実現する職員",
  },
  {
    number: 3,
    name: "新しいことに果敢に挑戦する職員",
    description: [
      "現場の課題に前向きかつ柔軟に対応するとともに、将来を見据えて果敢に挑戦する意識・意欲を持った職員",
      "困難な課題に対しても、主体的な姿勢と前例にとらわれない新たな発想により組織一丸となって立ち向かう職員",
    ].join("\n"),
  },
  {
    number: 4,
    name: "互いの価値観を尊重して共に成長する職員",
    description: [
      "互いに異なる事情や考え方を理解・尊重し、それぞれの力を生かしてともに成長する職員",
      "年齢や役職にかかわらず同じ目線に立って議論し、お互いの意見を尊重する職員",
    ].join("\n"),
  },
];

export const FOCUS_THEMES: readonly FocusThemeData[] = [
  { number: 1, name: "若手職員の人材育成", points: ["OJTや研修、成長を促す人事管理のあり方などの見直し"] },
  {
    number: 2,
    name: "職場における人材育成",
    points: ["職員育成の役割を担う管理監督者のマネジメント能力の向上", "各局区等や部門と人材育成部門の連携強化、組織的・計画的なOJTの実施"],
  },
  {
    number: 3,
    name: "市役所の総合力を発揮するための人材育成",
    points: ["組織が果たす役割を認識し、他部署との協調により全体の最適を考える人材の育成", "人材の多様化や、外部との交流等による職員の成長促進"],
  },
];

export const POLICY_AREAS: readonly PolicyAreaData[] = [
  {
    number: 1,
    name: "職員の主体的な成長を支援する研修・能力開発",
    description:
      "職員が、必要な経験や能力などの具体的なイメージを持って、自ら計画的に能力開発に取り組めるよう、組織的なＯＪＴ、研修体系等の整備、自己啓発等の支援を行い、主体的なキャリア形成を支援する。",
  },
  {
    number: 2,
    name: "計画的・効果的な人材マネジメント",
    description:
      "職員が適性を生かし、知識や技術を向上させることで組織の力を高めていくため、人材育成の体制整備と併せ、配置・昇任や人事評価など人事制度を活用した計画的かつ効果的な取組を推進する。",
  },
  {
    number: 3,
    name: "能力を発揮できる職場環境づくり",
    description: "職員一人ひとりが能力を十分に発揮し、生き生きと仕事をすることで、組織の成長へつなげるため、組織風土を含めた職場の環境づくりに取り組む。",
  },
];

export const MEASURES: readonly MeasureData[] = [
  { areaNumber: 1, number: 1, name: "キャリア形成の支援", mainInitiative: "キャリアを考えるための機会や情報の提供", relatedPlan: null },
  { areaNumber: 1, number: 2, name: "職場の人材育成の推進", mainInitiative: "ＯＪＴや職場研修の充実", relatedPlan: null },
  { areaNumber: 1, number: 3, name: "研修所研修の充実", mainInitiative: "より効果的な研修プログラムの検討・実施", relatedPlan: null },
  { areaNumber: 1, number: 4, name: "部門別・業務主管課による研修の拡充", mainInitiative: "職種や分野ごとの研修の充実", relatedPlan: null },
  { areaNumber: 1, number: 5, name: "職員の自己啓発支援", mainInitiative: "資格取得や自主学習への支援強化", relatedPlan: null },
  { areaNumber: 2, number: 1, name: "有為な人材の採用", mainInitiative: "効果的な試験広報の実施", relatedPlan: null },
  { areaNumber: 2, number: 2, name: "配置管理・昇任管理", mainInitiative: "職員の意欲や適性を生かす人員配置", relatedPlan: null },
  { areaNumber: 2, number: 3, name: "人事評価の活用", mainInitiative: "評価の効果的な反映や、人材育成への活用", relatedPlan: null },
  { areaNumber: 2, number: 4, name: "多様な経験を培う内外の交流推進", mainInitiative: "成長機会としての内外の交流機会の充実", relatedPlan: null },
  { areaNumber: 2, number: 5, name: "人材育成部門と各職場の連携強化", mainInitiative: "全庁的な人材育成推進体制の構築", relatedPlan: null },
  {
    areaNumber: 3,
    number: 1,
    name: "組織風土づくり",
    mainInitiative: "「コンプライアンス推進計画」における風通しのよい組織風土づくり",
    relatedPlan: "コンプライアンス推進計画",
  },
  {
    areaNumber: 3,
    number: 2,
    name: "ワーク・ライフ・バランスの推進",
    mainInitiative: "「子育て推進・女性職員活躍推進プラン」における取組",
    relatedPlan: "子育て推進・女性職員活躍推進プラン",
  },
  {
    areaNumber: 3,
    number: 3,
    name: "業務効率化の推進",
    mainInitiative: "「市役所経営プラン」における業務効率化の取組",
    relatedPlan: "市役所経営プラン",
  },
];

export const POLICY_ACTORS: readonly PolicyActorData[] = [
  {
    role: "EMPLOYEE",
    name: "職員",
    responsibilities: [
      "知識・技術の習得による主体的なキャリア形成",
      "様々な経験・能力を持つ職員との連携",
      "市役所の使命の理解と、互いの役割や個性を生かせる職場の雰囲気づくり",
    ],
  },
  {
    role: "SUPERVISOR",
    name: "管理監督者",
    responsibilities: [
      "指導スキルの向上とOJTの推進体制整備",
      "職員の能力開発やキャリア形成の支援",
      "主体的な考えを引き出し、職員の個性が尊重され能力が発揮される組織風土づくり",
    ],
  },
  {
    role: "BUREAU_COORDINATOR",
    name: "各局区等・部門",
    responsibilities: ["各局区等や部門ごとの人材育成ニーズに応じた体制整備など、人材育成部門と連携した組織的・計画的な人材育成"],
  },
  {
    role: "HR_DIVISION",
    name: "人材育成部門",
    responsibilities: ["一貫性のある採用、人事管理、研修、評価等の人事施策の推進", "職場や部門等の人材育成への支援", "推進体制整備による全庁的な施策の推進"],
  },
];

export const PROMOTION_BODIES: readonly PromotionBodyData[] = [
  { name: "人材育成推進本部", title: "推進本部長／人材育成最高責任者", holder: "市長" },
  { name: "人材育成推進本部", title: "推進副本部長／人材育成副責任者", holder: "副市長" },
  { name: "局区人材育成責任者", title: null, holder: "各局長・区長" },
  { name: "局区統括人材育成推進員", title: null, holder: "各次長・副区長" },
  { name: "人材育成推進連絡会", title: null, holder: null },
];

export type CatalogueCounts = Awaited<ReturnType<typeof seedCatalogue>>;

function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: no ${what} for ${String(key)}`);
  return value;
}

/** Writes the whole catalogue into an empty database. Rows are matched back by their natural
 *  keys, never by the order createManyAndReturn happens to return them in. */
export async function seedCatalogue(tx: Prisma.TransactionClient) {
  const policy = await tx.policy.create({
    data: { ...POLICY, promotionPlans: { create: PROMOTION_PLANS.map((plan) => ({ ...plan })) } },
    include: { promotionPlans: true },
  });
  // The overview's 主な取組 are those of the first plan; later plans may keep or replace them.
  const phase1 = lookup(new Map(policy.promotionPlans.map((p) => [p.phase, p.id])), 1, "promotion plan");

  const targetImages = await tx.targetImage.createMany({ data: TARGET_IMAGES.map((image) => ({ ...image })) });

  const themes = await tx.focusTheme.createManyAndReturn({
    data: FOCUS_THEMES.map(({ number, name }) => ({ number, name })),
  });
  const themeIds = new Map(themes.map((t) => [t.number, t.id]));
  const points = await tx.focusThemePoint.createMany({
    data: FOCUS_THEMES.flatMap((theme) => theme.points.map((text, position) => ({ themeId: lookup(themeIds, theme.number, "theme"), position, text }))),
  });

  const areas = await tx.policyArea.createManyAndReturn({ data: POLICY_AREAS.map((area) => ({ ...area })) });
  const areaIds = new Map(areas.map((a) => [a.number, a.id]));
  const measures = await tx.measure.createManyAndReturn({
    data: MEASURES.map((m) => ({
      areaId: lookup(areaIds, m.areaNumber, "policy area"),
      number: m.number,
      name: m.name,
      relatedPlan: m.relatedPlan,
    })),
  });
  const measureIds = new Map(measures.map((m) => [`${m.areaId}/${m.number}`, m.id]));
  const initiatives = await tx.initiative.createMany({
    data: MEASURES.map((m) => ({
      measureId: lookup(measureIds, `${lookup(areaIds, m.areaNumber, "policy area")}/${m.number}`, "measure"),
      promotionPlanId: phase1,
      name: m.mainInitiative,
      isMain: true,
      position: 0,
    })),
  });

  const actors = await tx.policyActor.createManyAndReturn({
    data: POLICY_ACTORS.map(({ role, name }, position) => ({ role, name, position })),
  });
  const actorIds = new Map(actors.map((a) => [a.role, a.id]));
  const responsibilities = await tx.policyActorResponsibility.createMany({
    data: POLICY_ACTORS.flatMap((actor) =>
      actor.responsibilities.map((text, position) => ({ actorId: lookup(actorIds, actor.role, "actor"), position, text })),
    ),
  });

  const bodies = await tx.promotionBody.createMany({
    data: PROMOTION_BODIES.map((body, position) => ({ ...body, position })),
  });

  return {
    policies: 1,
    promotionPlans: policy.promotionPlans.length,
    targetImages: targetImages.count,
    focusThemes: themes.length,
    focusThemePoints: points.count,
    policyAreas: areas.length,
    measures: measures.length,
    initiatives: initiatives.count,
    policyActors: actors.length,
    policyActorResponsibilities: responsibilities.count,
    promotionBodies: bodies.count,
  };
}
