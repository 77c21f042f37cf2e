// Names and a seeded random source for the demo staff. A fixed seed keeps the demo the same on
// every machine and every run, so screenshots, manuals and tests can point at the same people.

/** mulberry32: tiny, fast and good enough to scatter names and dates; not for anything secret. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max], both ends included. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("seed: pick from an empty list");
  return item;
}

type NamePart = readonly [kanji: string, kana: string];

// Weighted towards names common in Miyagi (佐藤, 高橋, 千葉, 菅原, 及川 …) so the demo reads as Sendai.
const FAMILY_NAMES: readonly NamePart[] = [
  ["佐藤", "サトウ"],
  ["高橋", "タカハシ"],
  ["鈴木", "スズキ"],
  ["阿部", "アベ"],
  ["千葉", "チバ"],
  ["伊藤", "イトウ"],
  ["菅原", "スガワラ"],
  ["渡辺", "ワタナベ"],
  ["佐々木", "ササキ"],
  ["遠藤", "エンドウ"],
  ["及川", "オイカワ"],
  ["今野", "コンノ"],
  ["斎藤", "サイトウ"],
  ["庄司", "ショウジ"],
  ["熊谷", "クマガイ"],
  ["小野寺", "オノデラ"],
  ["加藤", "カトウ"],
  ["山田", "ヤマダ"],
  ["大内", "オオウチ"],
  ["後藤", "ゴトウ"],
  ["三浦", "ミウラ"],
  ["武田", "タケダ"],
  ["木村", "キムラ"],
  ["石川", "イシカワ"],
  ["相沢", "アイザワ"],
  ["村上", "ムラカミ"],
  ["早坂", "ハヤサカ"],
  ["狩野", "カノウ"],
  ["丹野", "タンノ"],
  ["我妻", "ワガツマ"],
];

const GIVEN_NAMES: readonly NamePart[] = [
  ["大輔", "ダイスケ"],
  ["翔太", "ショウタ"],
  ["拓也", "タクヤ"],
  ["健一", "ケンイチ"],
  ["浩二", "コウジ"],
  ["直樹", "ナオキ"],
  ["隆", "タカシ"],
  ["亮", "リョウ"],
  ["悠斗", "ユウト"],
  ["陽介", "ヨウスケ"],
  ["和也", "カズヤ"],
  ["剛", "ツヨシ"],
  ["修", "オサム"],
  ["蓮", "レン"],
  ["智之", "トモユキ"],
  ["美穂", "ミホ"],
  ["由美", "ユミ"],
  ["恵", "メグミ"],
  ["彩", "アヤ"],
  ["智子", "トモコ"],
  ["裕子", "ユウコ"],
  ["真由美", "マユミ"],
  ["麻衣", "マイ"],
  ["沙織", "サオリ"],
  ["千尋", "チヒロ"],
  ["優花", "ユウカ"],
  ["結衣", "ユイ"],
  ["奈々", "ナナ"],
  ["理恵", "リエ"],
  ["京子", "キョウコ"],
];

export interface PersonName {
  name: string;
  nameKana: string;
}

/** Hands out full names that are unique within one run (and unlike any name in `taken`). */
export function createNamer(random: () => number, taken: Iterable<string> = []): () => PersonName {
  const used = new Set(taken);
  return () => {
    // 30 × 30 combinations against ~70 people: a few retries at most.
    for (;;) {
      const [family, familyKana] = pick(random, FAMILY_NAMES);
      const [given, givenKana] = pick(random, GIVEN_NAMES);
      const name = `${family} ${given}`;
      if (used.has(name)) continue;
      used.add(name);
      return { name, nameKana: `${familyKana} ${givenKana}` };
    }
  };
}
