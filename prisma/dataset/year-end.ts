import { isRateable, type RateableStatus } from "@/lib/year/year-end/achievement-scale";
import type { PlannedCommitment } from "./commitments";
import type { City, Year } from "./context";
import { dayOf, officeTime, workday } from "./dates";
import type { PlanYear } from "./plans";
import type { Random } from "./random";

/** A code of the default scale (achievement-scale.ts): the dataset sets no other. */
type Level = "S" | "A" | "B" | "C" | "D";

/** How people rate themselves by where a commitment stood at the year's end: mostly 「目標どおり」 and above for what they finished. */
const RATINGS: Readonly<Record<RateableStatus, readonly (readonly [Level, number])[]>> = {
  DONE: [
    ["S", 12],
    ["A", 43],
    ["B", 40],
    ["C", 5],
  ],
  IN_PROGRESS: [
    ["A", 8],
    ["B", 42],
    ["C", 38],
    ["D", 12],
  ],
  APPROVED: [
    ["B", 10],
    ["C", 45],
    ["D", 45],
  ],
};

/** The reviewing supervisor's 期末 comments, short as they are in practice. */
const COMMENTS: readonly string[] = [
  "一年間よく取り組みました。来年度も継続してください。",
  "目標を意識した取組が業務に活かされていました。",
  "計画どおり進めることができました。後輩への共有も期待しています。",
  "途中で業務が立て込みましたが、最後までやり遂げました。",
  "来年度は達成の目安をより具体的にしていきましょう。",
  "係内の業務改善にもつながる成果でした。",
  "着実に力をつけています。次の段階の目標を一緒に考えましょう。",
];

/**
 * 期末: a closed year's ratings, as staff and their reviewers leave them in March. Most owners rate
 * every agreed commitment of an approved plan; most reviewers comment on what was rated. The
 * current year has none yet (ratings are entered at its end), as in the portal on any day
 * before March.
 */
export function writeYearEndRatings(city: City, year: Year, plan: PlanYear, commitments: readonly PlannedCommitment[], random: Random): void {
  if (year.current || !random.chance(0.9)) return;
  const agreed = commitments.flatMap(({ id, status }) => (isRateable(status) ? [{ id, status }] : []));
  if (agreed.length === 0) return;
  const ratedOn = workday(dayOf(year.year + 1, 3, random.int(2, 24)));
  const commented = random.chance(0.75);
  const commentedOn = workday(ratedOn + random.int(2, 5));
  for (const commitment of agreed) {
    const ratedAt = officeTime(ratedOn, random.int(0, 540));
    city.tables.yearEndRating.add({
      commitment_id: commitment.id,
      rating: random.weighted(RATINGS[commitment.status]),
      rated_at: ratedAt,
      rated_by_id: plan.owner.id,
      supervisor_comment: commented ? random.pick(COMMENTS) : "",
      commented_at: commented ? officeTime(commentedOn, random.int(0, 540)) : null,
      commented_by_id: commented ? plan.reviewerId : null,
      version: commented ? 2 : 1,
    });
  }
}
