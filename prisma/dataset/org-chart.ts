import { spreadDistricts, WARDS } from "./places";

// The shape of the city at full scale: Sendai's bureaus and its five wards, their 部, and about
// six hundred 課-level sections (課, 室, 事務所 and the local facilities that rank as sections).
// The names follow the city's usual ones; none is claimed to match today's organisation rule.
// Each section later gets one or more 係 (units), whose 係長 leads a team of about ten to twenty.

export type JobCategory =
  "事務" | "技術" | "保健師" | "社会福祉" | "消防" | "保育士" | "技能労務" | "獣医師" | "薬剤師" | "学芸員" | "看護師" | "医師" | "医療技術";

/** How a section's 係 are named when the chart does not list them. */
export type UnitStyle = "office" | "technical" | "facility" | "fireStation" | "fireBranch" | "taxOffice" | "collection" | "clinic" | "nursing";

export interface SectionSpec {
  name: string;
  category?: JobCategory;
  /** 係 names in the order they are used; more are made up in the section's style if needed */
  units?: readonly string[];
  style?: UnitStyle;
}

export interface DepartmentSpec {
  name: string;
  category?: JobCategory;
  sections: readonly (string | SectionSpec)[];
}

export interface BureauSpec {
  name: string;
  /** 区 are led by a 区長 and 副区長, 局 by a 局長 and 次長 */
  ward: boolean;
  category: JobCategory;
  departments: readonly DepartmentSpec[];
}

const facilities = (names: readonly string[], suffix: string, style: UnitStyle, category?: JobCategory): SectionSpec[] =>
  names.map((name) => ({ name: `${name}${suffix}`, style, ...(category ? { category } : {}) }));

const FIRE_STATIONS = ["青葉", "宮城野", "若林", "太白", "泉", "宮城"] as const;
const FIRE_BRANCHES: Readonly<Record<(typeof FIRE_STATIONS)[number], readonly string[]>> = {
  青葉: ["北山", "八幡", "川平", "中山", "荒巻"],
  宮城野: ["福室", "岩切", "原町", "高砂"],
  若林: ["六郷", "荒井", "七郷", "連坊"],
  太白: ["長町", "八木山", "中田", "西多賀", "秋保"],
  泉: ["将監", "南光台", "高森", "根白石", "加茂"],
  宮城: ["愛子", "作並", "錦ケ丘"],
};

const ward = (name: string, branch: string | null): BureauSpec => ({
  name: `${name}区`,
  ward: true,
  category: "事務",
  departments: [
    { name: "区民部", sections: ["総務課", "区民生活課", "まちづくり推進課", "戸籍住民課", "保険年金課", "税務課"] },
    {
      name: "保健福祉センター",
      category: "社会福祉",
      sections: [
        { name: "管理課", category: "事務" },
        { name: "家庭健康課", category: "保健師", units: ["母子保健係", "成人保健係", "地域保健係", "管理係"] },
        { name: "障害高齢課", units: ["障害者支援係", "高齢者支援係", "介護保険係", "管理係"] },
        { name: "保護課", units: ["保護第一係", "保護第二係", "保護第三係", "保護第四係", "自立支援係"] },
        { name: "子供家庭総合相談課", units: ["子供家庭支援係", "相談係", "給付係"] },
        { name: "衛生課", category: "獣医師", units: ["食品衛生係", "環境衛生係", "管理係"] },
      ],
    },
    {
      name: "建設部",
      category: "技術",
      sections: [
        { name: "街並み形成課", units: ["管理係", "街並み形成係"] },
        { name: "道路課", units: ["管理係", "維持係", "工事係"] },
        { name: "公園課", units: ["管理係", "公園係"] },
      ],
    },
    ...(branch
      ? [
          {
            name: `${branch}総合支所`,
            sections: ["総務課", "区民課", { name: "保健福祉課", category: "社会福祉" as const }, { name: "建設課", category: "技術" as const }],
          },
        ]
      : []),
  ],
});

export const CITY_CHART: readonly BureauSpec[] = [
  {
    name: "総務局",
    ward: false,
    category: "事務",
    departments: [
      {
        name: "人事部",
        sections: [
          { name: "人事課", units: ["人材育成係", "人事係", "任用係", "給与係"] },
          { name: "職員研修所", units: ["研修係", "研修企画係"] },
          { name: "職員厚生課", units: ["厚生係", "健康管理係"] },
          "労務課",
          "給与制度課",
        ],
      },
      { name: "総務部", sections: [{ name: "総務課", units: ["庶務係", "秘書係", "経理係"] }, "法制課", "文書管理課", "情報公開課", "公文書館"] },
      { name: "情報政策部", sections: ["情報政策課", "システム管理課", "デジタル推進課", "情報セキュリティ課"] },
      { name: "危機管理部", sections: ["危機管理課", "防災計画課", "減災推進課"] },
    ],
  },
  {
    name: "まちづくり政策局",
    ward: false,
    category: "事務",
    departments: [
      { name: "政策企画部", sections: ["政策企画課", "政策調整課", "プロジェクト推進課", "広域連携課", "行政経営課"] },
      { name: "広報部", sections: ["広報課", "広聴課", "シティプロモーション課"] },
      { name: "防災環境都市推進部", sections: ["防災環境都市推進課", "国際連携課", "震災メモリアル推進課"] },
    ],
  },
  {
    name: "財政局",
    ward: false,
    category: "事務",
    departments: [
      { name: "財政部", sections: ["財政課", "資産活用推進課", "契約課", "管財課", { name: "検査課", category: "技術" }] },
      { name: "税務部", sections: ["税制課", "課税企画課", "収納対策課", "債権管理課", "税務システム課"] },
      { name: "市税事務所", sections: facilities(WARDS, "市税事務所", "taxOffice") },
    ],
  },
  {
    name: "市民局",
    ward: false,
    category: "事務",
    departments: [
      { name: "市民協働推進部", sections: ["市民協働推進課", "地域政策課", "区政課", "男女共同参画課", "多文化共生推進課", "市民相談課"] },
      { name: "生活安全安心部", sections: ["市民生活課", "消費生活センター", "交通安全課", "戸籍住民課", "斎場管理課", "防犯推進課"] },
    ],
  },
  {
    name: "健康福祉局",
    ward: false,
    category: "事務",
    departments: [
      {
        name: "健康福祉部",
        sections: [
          "総務課",
          { name: "社会課", category: "社会福祉" },
          "保険年金課",
          "地域福祉課",
          { name: "保護自立支援課", category: "社会福祉" },
          "医療政策課",
          "地域医療課",
        ],
      },
      { name: "保険高齢部", sections: ["高齢企画課", "地域包括ケア推進課", "介護保険課", "介護事業支援課"] },
      {
        name: "障害福祉部",
        category: "社会福祉",
        sections: [
          "障害企画課",
          "障害者支援課",
          { name: "障害者総合支援センター", style: "facility" },
          { name: "北部発達相談支援センター", style: "facility" },
          { name: "南部発達相談支援センター", style: "facility" },
          { name: "精神保健福祉総合センター", category: "保健師", style: "facility" },
        ],
      },
      {
        name: "保健衛生部",
        category: "保健師",
        sections: [
          "健康政策課",
          "感染症対策課",
          "健康安全課",
          { name: "生活衛生課", category: "獣医師" },
          { name: "食品衛生課", category: "獣医師" },
          { name: "衛生研究所", category: "薬剤師", style: "facility" },
          { name: "動物管理センター", category: "獣医師", style: "facility" },
        ],
      },
      { name: "老人福祉センター", category: "社会福祉", sections: facilities(["青葉", "宮城野", "若林", "太白", "泉"], "区老人福祉センター", "facility") },
    ],
  },
  {
    name: "子供未来局",
    ward: false,
    category: "事務",
    departments: [
      {
        name: "子供育成部",
        sections: [
          "総務課",
          "子供企画課",
          { name: "子供保健福祉課", category: "保健師" },
          "子供家庭支援課",
          { name: "子供相談支援センター", category: "社会福祉" },
          { name: "児童相談所", category: "社会福祉", units: ["相談係", "措置係", "判定係", "一時保護係"] },
        ],
      },
      { name: "幼稚園・保育部", sections: ["運営支援課", "環境整備課", "認定給付課", "保育指導課"] },
      { name: "市立保育所", category: "保育士", sections: facilities(spreadDistricts(30, 3), "保育所", "facility") },
      { name: "児童館", category: "保育士", sections: facilities(spreadDistricts(40, 36), "児童館", "facility") },
    ],
  },
  {
    name: "環境局",
    ward: false,
    category: "事務",
    departments: [
      { name: "環境部", sections: ["総務課", "環境企画課", "環境共生課", "環境対策課", "脱炭素推進課", "環境指導課"] },
      {
        name: "廃棄物事業部",
        category: "技術",
        sections: [
          { name: "廃棄物企画課", category: "事務" },
          { name: "家庭ごみ減量課", category: "事務" },
          { name: "事業ごみ減量課", category: "事務" },
          "施設課",
          { name: "葛岡工場", style: "facility" },
          { name: "今泉工場", style: "facility" },
          { name: "松森工場", style: "facility" },
          { name: "石積埋立処分場", style: "facility" },
        ],
      },
      { name: "環境事業所", category: "技能労務", sections: facilities(WARDS, "環境事業所", "collection") },
    ],
  },
  {
    name: "経済局",
    ward: false,
    category: "事務",
    departments: [
      { name: "産業政策部", sections: ["産業政策課", "地域産業支援課", "イノベーション推進課", "企業立地課", "雇用労働政策課", "商業振興課", "国際経済課"] },
      {
        name: "農林部",
        sections: ["農政企画課", "農業振興課", { name: "農林土木課", category: "技術" }, "森林経営課", { name: "農業園芸センター", style: "facility" }],
      },
      { name: "中央卸売市場", sections: ["市場管理課", "市場業務課", { name: "食肉市場", style: "facility" }] },
    ],
  },
  {
    name: "文化観光局",
    ward: false,
    category: "事務",
    departments: [
      { name: "文化観光部", sections: ["文化振興課", "観光課", "交流企画課", "MICE推進課", "国際交流課"] },
      { name: "スポーツ部", sections: ["スポーツ振興課", "スポーツ施設課", "体育館管理課"] },
      {
        name: "文化施設",
        category: "学芸員",
        sections: [
          { name: "博物館", style: "facility" },
          { name: "歴史民俗資料館", style: "facility" },
          { name: "文学館", style: "facility" },
          { name: "富沢遺跡保存館", style: "facility" },
        ],
      },
    ],
  },
  {
    name: "都市整備局",
    ward: false,
    category: "技術",
    departments: [
      { name: "総務部", category: "事務", sections: ["総務課", "経営企画課"] },
      { name: "都市計画部", sections: ["都市計画課", "交通政策課", "交通計画課", "都心まちづくり課", "景観政策課"] },
      { name: "市街地整備部", sections: ["市街地整備課", "区画整理課", "市街地再開発課"] },
      { name: "住宅政策部", sections: ["住宅政策課", { name: "市営住宅管理課", category: "事務" }, "市営住宅整備課", "住環境整備課"] },
      { name: "建築宅地部", sections: ["建築指導課", "開発調整課", "宅地保全課", "建築審査課"] },
      { name: "公共建築部", sections: ["営繕課", "設備課", "公共建築企画課"] },
    ],
  },
  {
    name: "建設局",
    ward: false,
    category: "技術",
    departments: [
      { name: "総務部", category: "事務", sections: ["総務課", "用地課", { name: "技術管理課", category: "技術" }] },
      { name: "道路部", sections: ["道路計画課", "道路建設課", "道路保全課", { name: "道路管理課", category: "事務" }, "自転車政策課"] },
      {
        name: "百年の杜推進部",
        sections: ["百年の杜推進課", "公園課", "公園管理課", { name: "野草園", style: "facility" }, { name: "葛岡霊園", style: "facility", category: "事務" }],
      },
      { name: "下水道事業部", sections: ["下水道計画課", "下水道調整課", "下水道建設課", "下水道保全課", { name: "下水道経営課", category: "事務" }] },
      {
        name: "下水道施設",
        sections: facilities(["南蒲生", "上谷刈", "広瀬川", "秋保温泉"], "浄化センター", "facility").concat(
          facilities(["北", "南", "東", "西"], "管理センター", "facility"),
        ),
      },
    ],
  },
  {
    name: "消防局",
    ward: false,
    category: "消防",
    departments: [
      { name: "総務部", sections: [{ name: "総務課", category: "事務" }, "企画課", "人事課", "施設課", "消防学校"] },
      { name: "警防部", sections: ["警防課", "救急課", "指令課", "航空隊", "特別救助隊"] },
      { name: "予防部", sections: ["予防課", "査察課", "危険物保安課"] },
      ...FIRE_STATIONS.map((station) => ({
        name: `${station}消防署`,
        sections: [
          { name: "総務課", units: ["庶務係", "経理係"] },
          { name: "警防課", style: "fireStation" as const },
          { name: "予防課", units: ["予防係", "査察係", "危険物係"] },
          ...facilities(FIRE_BRANCHES[station], "出張所", "fireBranch"),
        ],
      })),
    ],
  },
  {
    name: "水道局",
    ward: false,
    category: "技術",
    departments: [
      { name: "総務部", category: "事務", sections: ["総務課", "経営企画課", "財務課", "職員課"] },
      { name: "営業部", category: "事務", sections: ["営業課", "料金課", "お客さまセンター"] },
      { name: "給水部", sections: ["計画課", "給水装置課", "配水課", "浄水課", { name: "水質検査課", category: "薬剤師" }] },
      { name: "浄水場", sections: facilities(["国見", "中原", "茂庭", "福岡"], "浄水場", "facility") },
      { name: "水道サービスセンター", sections: facilities(["北", "南", "東", "西"], "水道サービスセンター", "facility") },
    ],
  },
  {
    name: "交通局",
    ward: false,
    category: "事務",
    departments: [
      { name: "総務部", sections: ["総務課", "経営企画課", "財務課", "職員課"] },
      { name: "自動車部", sections: ["輸送課", "営業課", ...facilities(["川内", "霞の目", "長町", "七北田", "岩切"], "営業所", "collection", "技能労務")] },
      {
        name: "高速鉄道部",
        category: "技術",
        sections: [
          "施設課",
          "電気課",
          "車両課",
          { name: "運輸課", category: "技能労務" },
          ...facilities(["泉中央", "仙台", "長町南", "荒井", "八木山動物公園"], "駅務区", "facility", "技能労務"),
        ],
      },
    ],
  },
  {
    name: "教育局",
    ward: false,
    category: "事務",
    departments: [
      { name: "総務企画部", sections: ["総務課", "教育政策課", { name: "学校施設課", category: "技術" }, "教職員課", "学事課"] },
      {
        name: "学校教育部",
        sections: [
          "教育指導課",
          "特別支援教育課",
          "健康教育課",
          "教育相談課",
          "教育センター",
          ...facilities(["北", "南", "東", "西"], "部給食センター", "facility"),
        ],
      },
      {
        name: "生涯学習部",
        sections: [
          "生涯学習課",
          { name: "文化財課", category: "学芸員" },
          { name: "市民図書館", style: "facility" },
          ...facilities(["広瀬", "宮城野", "若林", "太白", "泉", "榴岡", "宮城"], "図書館", "facility"),
        ],
      },
      { name: "市民センター", sections: facilities(spreadDistricts(60, 0), "市民センター", "facility") },
    ],
  },
  {
    name: "市立病院",
    ward: false,
    category: "看護師",
    departments: [
      { name: "事務局", category: "事務", sections: ["総務課", "経営企画課", "医事課", "施設課", "地域医療連携室", "医療情報管理室"] },
      {
        name: "診療部",
        category: "医師",
        sections: facilities(
          ["内科", "消化器内科", "循環器内科", "外科", "整形外科", "脳神経外科", "小児科", "産婦人科", "救急科", "麻酔科", "放射線科"],
          "",
          "clinic",
        ),
      },
      {
        name: "看護部",
        sections: [
          ...facilities(["看護管理室", "外来", "手術室", "救命救急センター", "集中治療室"], "", "nursing"),
          ...[4, 5, 6, 7, 8, 9, 10, 11].flatMap((floor) => facilities([`${floor}階東`, `${floor}階西`], "病棟", "nursing")),
        ],
      },
      {
        name: "医療技術部",
        category: "医療技術",
        sections: [{ name: "薬剤科", category: "薬剤師" }, "臨床検査科", "放射線技術科", "リハビリテーション科", "臨床工学科", "栄養管理科"],
      },
    ],
  },
  ward("青葉", "宮城"),
  ward("宮城野", null),
  ward("若林", null),
  ward("太白", "秋保"),
  ward("泉", null),
];
