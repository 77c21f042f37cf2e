import type { Random } from "./random";

// Names for 15,000 fictional staff. Family names lean to those common in Miyagi (佐藤, 高橋,
// 千葉, 菅原, 及川 …) with rough weights, and given names follow the decade of birth, so that a
// 課長 is more likely 浩 or 恵子 and a new hire 蓮 or 陽菜. Combinations repeat, as real names
// do in a city of this size; staff numbers and e-mail addresses are what is unique.

type Part = readonly [kanji: string, kana: string, romaji: string];
type WeightedPart = readonly [kanji: string, kana: string, romaji: string, weight: number];

const FAMILY: readonly WeightedPart[] = [
  ["佐藤", "サトウ", "sato", 60],
  ["高橋", "タカハシ", "takahashi", 30],
  ["鈴木", "スズキ", "suzuki", 20],
  ["阿部", "アベ", "abe", 22],
  ["千葉", "チバ", "chiba", 22],
  ["伊藤", "イトウ", "ito", 18],
  ["菅原", "スガワラ", "sugawara", 16],
  ["渡辺", "ワタナベ", "watanabe", 14],
  ["佐々木", "ササキ", "sasaki", 18],
  ["遠藤", "エンドウ", "endo", 12],
  ["及川", "オイカワ", "oikawa", 9],
  ["今野", "コンノ", "konno", 11],
  ["斎藤", "サイトウ", "saito", 12],
  ["庄司", "ショウジ", "shoji", 6],
  ["熊谷", "クマガイ", "kumagai", 8],
  ["小野寺", "オノデラ", "onodera", 8],
  ["加藤", "カトウ", "kato", 10],
  ["山田", "ヤマダ", "yamada", 6],
  ["大内", "オオウチ", "ouchi", 5],
  ["後藤", "ゴトウ", "goto", 7],
  ["三浦", "ミウラ", "miura", 8],
  ["武田", "タケダ", "takeda", 5],
  ["木村", "キムラ", "kimura", 6],
  ["石川", "イシカワ", "ishikawa", 5],
  ["相沢", "アイザワ", "aizawa", 5],
  ["村上", "ムラカミ", "murakami", 5],
  ["早坂", "ハヤサカ", "hayasaka", 4],
  ["狩野", "カノウ", "kano", 3],
  ["丹野", "タンノ", "tanno", 4],
  ["我妻", "ワガツマ", "wagatsuma", 4],
  ["八巻", "ヤマキ", "yamaki", 3],
  ["大友", "オオトモ", "otomo", 4],
  ["門脇", "カドワキ", "kadowaki", 3],
  ["引地", "ヒキチ", "hikichi", 3],
  ["佐久間", "サクマ", "sakuma", 3],
  ["菊地", "キクチ", "kikuchi", 6],
  ["菅野", "カンノ", "kanno", 6],
  ["桜井", "サクライ", "sakurai", 3],
  ["小林", "コバヤシ", "kobayashi", 5],
  ["中村", "ナカムラ", "nakamura", 5],
  ["吉田", "ヨシダ", "yoshida", 5],
  ["山本", "ヤマモト", "yamamoto", 4],
  ["松本", "マツモト", "matsumoto", 4],
  ["佐野", "サノ", "sano", 3],
  ["鈴村", "スズムラ", "suzumura", 2],
  ["浅野", "アサノ", "asano", 3],
  ["尾形", "オガタ", "ogata", 4],
  ["星", "ホシ", "hoshi", 3],
  ["畠山", "ハタケヤマ", "hatakeyama", 4],
  ["須藤", "スドウ", "sudo", 3],
  ["宍戸", "シシド", "shishido", 3],
  ["赤間", "アカマ", "akama", 3],
  ["大槻", "オオツキ", "otsuki", 3],
  ["柴田", "シバタ", "shibata", 4],
  ["二瓶", "ニヘイ", "nihei", 2],
  ["鎌田", "カマタ", "kamata", 4],
  ["岩渕", "イワブチ", "iwabuchi", 3],
  ["木皿", "キサラ", "kisara", 1],
  ["蜂谷", "ハチヤ", "hachiya", 1],
  ["沼倉", "ヌマクラ", "numakura", 2],
  ["高平", "タカヒラ", "takahira", 1],
  ["郷右近", "ゴウウコン", "goukon", 1],
  ["中鉢", "チュウバチ", "chubachi", 2],
  ["只野", "タダノ", "tadano", 2],
  ["白石", "シライシ", "shiraishi", 3],
  ["大宮", "オオミヤ", "omiya", 2],
  ["青木", "アオキ", "aoki", 3],
  ["小山", "コヤマ", "koyama", 3],
  ["工藤", "クドウ", "kudo", 4],
  ["森", "モリ", "mori", 3],
  ["西村", "ニシムラ", "nishimura", 2],
  ["佐竹", "サタケ", "satake", 2],
  ["太田", "オオタ", "ota", 3],
  ["石垣", "イシガキ", "ishigaki", 2],
  ["横山", "ヨコヤマ", "yokoyama", 3],
  ["長谷川", "ハセガワ", "hasegawa", 3],
  ["藤田", "フジタ", "fujita", 3],
  ["千田", "チダ", "chida", 3],
  ["東海林", "ショウジ", "shoji", 2],
  ["守屋", "モリヤ", "moriya", 2],
  ["庄子", "ショウジ", "shoji", 2],
  ["渋谷", "シブヤ", "shibuya", 2],
  ["若生", "ワコウ", "wako", 2],
  ["目黒", "メグロ", "meguro", 2],
  ["半澤", "ハンザワ", "hanzawa", 2],
  ["小松", "コマツ", "komatsu", 3],
];

type Decade = "before1975" | "before1990" | "recent";

// Given names by era of birth: [male, female].
const GIVEN: Readonly<Record<Decade, readonly [readonly Part[], readonly Part[]]>> = {
  before1975: [
    [
      ["浩", "ヒロシ", "hiroshi"],
      ["誠", "マコト", "makoto"],
      ["隆", "タカシ", "takashi"],
      ["正人", "マサト", "masato"],
      ["和彦", "カズヒコ", "kazuhiko"],
      ["博之", "ヒロユキ", "hiroyuki"],
      ["修", "オサム", "osamu"],
      ["聡", "サトシ", "satoshi"],
      ["茂", "シゲル", "shigeru"],
      ["克也", "カツヤ", "katsuya"],
      ["秀樹", "ヒデキ", "hideki"],
      ["俊之", "トシユキ", "toshiyuki"],
      ["幸一", "コウイチ", "koichi"],
      ["健二", "ケンジ", "kenji"],
      ["勝", "マサル", "masaru"],
      ["信也", "シンヤ", "shinya"],
      ["義明", "ヨシアキ", "yoshiaki"],
      ["哲也", "テツヤ", "tetsuya"],
    ],
    [
      ["恵子", "ケイコ", "keiko"],
      ["由美子", "ユミコ", "yumiko"],
      ["裕子", "ユウコ", "yuko"],
      ["真由美", "マユミ", "mayumi"],
      ["洋子", "ヨウコ", "yoko"],
      ["京子", "キョウコ", "kyoko"],
      ["久美子", "クミコ", "kumiko"],
      ["直美", "ナオミ", "naomi"],
      ["幸子", "サチコ", "sachiko"],
      ["明美", "アケミ", "akemi"],
      ["典子", "ノリコ", "noriko"],
      ["智子", "トモコ", "tomoko"],
      ["純子", "ジュンコ", "junko"],
      ["美穂", "ミホ", "miho"],
    ],
  ],
  before1990: [
    [
      ["大輔", "ダイスケ", "daisuke"],
      ["健一", "ケンイチ", "kenichi"],
      ["直樹", "ナオキ", "naoki"],
      ["拓也", "タクヤ", "takuya"],
      ["和也", "カズヤ", "kazuya"],
      ["陽介", "ヨウスケ", "yosuke"],
      ["剛", "ツヨシ", "tsuyoshi"],
      ["智之", "トモユキ", "tomoyuki"],
      ["亮", "リョウ", "ryo"],
      ["達也", "タツヤ", "tatsuya"],
      ["雄一", "ユウイチ", "yuichi"],
      ["慎吾", "シンゴ", "shingo"],
      ["崇", "タカシ", "takashi"],
      ["洋平", "ヨウヘイ", "yohei"],
      ["貴之", "タカユキ", "takayuki"],
      ["翔", "ショウ", "sho"],
      ["祐介", "ユウスケ", "yusuke"],
      ["亮太", "リョウタ", "ryota"],
    ],
    [
      ["愛", "アイ", "ai"],
      ["恵", "メグミ", "megumi"],
      ["麻衣", "マイ", "mai"],
      ["沙織", "サオリ", "saori"],
      ["由美", "ユミ", "yumi"],
      ["彩", "アヤ", "aya"],
      ["千尋", "チヒロ", "chihiro"],
      ["理恵", "リエ", "rie"],
      ["香織", "カオリ", "kaori"],
      ["舞", "マイ", "mai"],
      ["美咲", "ミサキ", "misaki"],
      ["早紀", "サキ", "saki"],
      ["綾香", "アヤカ", "ayaka"],
      ["友美", "トモミ", "tomomi"],
      ["亜希子", "アキコ", "akiko"],
    ],
  ],
  recent: [
    [
      ["翔太", "ショウタ", "shota"],
      ["悠斗", "ユウト", "yuto"],
      ["蓮", "レン", "ren"],
      ["大翔", "ヒロト", "hiroto"],
      ["颯太", "ソウタ", "sota"],
      ["拓海", "タクミ", "takumi"],
      ["陸", "リク", "riku"],
      ["優斗", "ユウト", "yuto"],
      ["健太", "ケンタ", "kenta"],
      ["大樹", "ダイキ", "daiki"],
      ["湊", "ミナト", "minato"],
      ["樹", "イツキ", "itsuki"],
      ["航", "ワタル", "wataru"],
      ["駿", "シュン", "shun"],
      ["海斗", "カイト", "kaito"],
      ["悠真", "ユウマ", "yuma"],
      ["智也", "トモヤ", "tomoya"],
    ],
    [
      ["陽菜", "ヒナ", "hina"],
      ["結衣", "ユイ", "yui"],
      ["美羽", "ミウ", "miu"],
      ["優花", "ユウカ", "yuka"],
      ["奈々", "ナナ", "nana"],
      ["葵", "アオイ", "aoi"],
      ["さくら", "サクラ", "sakura"],
      ["萌", "モエ", "moe"],
      ["七海", "ナナミ", "nanami"],
      ["真央", "マオ", "mao"],
      ["彩花", "アヤカ", "ayaka"],
      ["遥", "ハルカ", "haruka"],
      ["明日香", "アスカ", "asuka"],
      ["未来", "ミク", "miku"],
      ["杏", "アン", "an"],
      ["美月", "ミヅキ", "mizuki"],
    ],
  ],
};

export interface GeneratedName {
  name: string;
  nameKana: string;
  email: string;
}

/**
 * Hands out names and matching e-mail addresses (given.family@…, with a number where that is
 * taken). The domain is under .example, reserved for documentation, so no address can reach
 * anyone.
 */
export function createNamer(random: Random): (birthYear: number) => GeneratedName {
  const family = FAMILY.map(([kanji, kana, romaji, weight]) => [[kanji, kana, romaji] as Part, weight] as const);
  const addresses = new Map<string, number>();
  return (birthYear) => {
    const [familyKanji, familyKana, familyRomaji] = random.weighted(family);
    const decade: Decade = birthYear < 1975 ? "before1975" : birthYear < 1990 ? "before1990" : "recent";
    const [male, female] = GIVEN[decade];
    const [givenKanji, givenKana, givenRomaji] = random.pick(random.chance(0.45) ? female : male);
    const local = `${givenRomaji}.${familyRomaji}`;
    const seen = (addresses.get(local) ?? 0) + 1;
    addresses.set(local, seen);
    return {
      name: `${familyKanji} ${givenKanji}`,
      nameKana: `${familyKana} ${givenKana}`,
      email: `${local}${seen > 1 ? seen : ""}@city-sendai.example`,
    };
  };
}
