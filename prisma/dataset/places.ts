// Districts of Sendai by ward: public place names, used to name the city's local facilities
// (市民センター, 保育所, 消防出張所 …) the way the city itself names them.

export const WARDS = ["青葉", "宮城野", "若林", "太白", "泉"] as const;
export type Ward = (typeof WARDS)[number];

export const DISTRICTS: Readonly<Record<Ward, readonly string[]>> = {
  青葉: [
    "片平",
    "木町通",
    "八幡",
    "北山",
    "川平",
    "中山",
    "国見",
    "貝ケ森",
    "荒巻",
    "上杉",
    "旭ケ丘",
    "台原",
    "小松島",
    "柏木",
    "川内",
    "落合",
    "愛子",
    "作並",
    "錦ケ丘",
    "吉成",
    "芋沢",
    "大沢",
  ],
  宮城野: ["榴岡", "鶴ケ谷", "福室", "岩切", "高砂", "原町", "幸町", "東仙台", "田子", "燕沢", "新田", "岡田"],
  若林: ["荒井", "六郷", "七郷", "沖野", "連坊", "荒町", "大和町", "蒲町", "卸町", "遠見塚"],
  太白: ["長町", "八木山", "中田", "西多賀", "富沢", "秋保", "生出", "袋原", "郡山", "鈎取", "茂庭", "四郎丸", "人来田"],
  泉: ["将監", "南光台", "長命ケ丘", "寺岡", "高森", "桂", "加茂", "七北田", "根白石", "住吉台", "松陵", "向陽台", "黒松", "八乙女"],
};

/** Every `step`-th district of the city, ward by ward in turn: a spread-out list of `count` places. */
export function spreadDistricts(count: number, offset = 0): string[] {
  const all: string[] = [];
  const longest = Math.max(...WARDS.map((ward) => DISTRICTS[ward].length));
  for (let i = 0; i < longest; i++) {
    for (const ward of WARDS) {
      const place = DISTRICTS[ward][i];
      if (place !== undefined) all.push(place);
    }
  }
  return Array.from({ length: Math.min(count, all.length) }, (_, i) => all[(i + offset) % all.length] as string);
}
