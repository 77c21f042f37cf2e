/**
 * The open-loop run's arithmetic, kept free of I/O so that the plan, the figures and the
 * capacity pick are unit-tested (tests/unit/load-schedule.test.ts).
 */

export type StepKind = "warm-up" | "step" | "recovery";

export interface Step {
  kind: StepKind;
  /** requests per second offered */
  rate: number;
  seconds: number;
}

export interface StepPlanOptions {
  rates: number[];
  stepSeconds: number;
  /** unjudged load at the lowest rate first: pages compile and caches fill on first use */
  warmupSeconds: number;
  /** the low-rate step after the highest one, which must be served cleanly again */
  recoverySeconds: number;
}

/** "20,40,80,160" → [20, 40, 80, 160]; a step-up, so each rate must exceed the one before. */
export function parseRates(text: string): number[] {
  const rates = text.split(",").map((part) => Number(part.trim()));
  if (rates.length === 0 || rates.some((rate) => !Number.isFinite(rate) || rate <= 0))
    throw new Error(`--rates takes positive numbers separated by commas, such as 20,40,80,160 (got "${text}")`);
  if (rates.some((rate, index) => index > 0 && rate <= rates[index - 1]!))
    throw new Error(`--rates must step up, each higher than the one before (got "${text}")`);
  return rates;
}

/** Warm-up at the lowest rate, each rate in turn, then the lowest rate again to show recovery. */
export function planSteps(options: StepPlanOptions): Step[] {
  const lowest = options.rates[0];
  if (lowest === undefined) throw new Error("no rates to step through");
  return [
    ...(options.warmupSeconds > 0 ? [{ kind: "warm-up" as const, rate: lowest, seconds: options.warmupSeconds }] : []),
    ...options.rates.map((rate) => ({ kind: "step" as const, rate, seconds: options.stepSeconds })),
    ...(options.recoverySeconds > 0 ? [{ kind: "recovery" as const, rate: lowest, seconds: options.recoverySeconds }] : []),
  ];
}

export function plannedSeconds(steps: Step[]): number {
  return steps.reduce((sum, step) => sum + step.seconds, 0);
}

/**
 * When each request of a step is sent, in ms from the step's start: exactly rate × seconds of
 * them, each at a uniformly random moment. That is a Poisson arrival process held to its
 * expected count, the traffic of many people acting independently: bursts and gaps as in real
 * use, yet every step offers exactly its nominal rate.
 */
export function arrivalTimes(step: Pick<Step, "rate" | "seconds">, random: () => number = Math.random): number[] {
  const count = Math.round(step.rate * step.seconds);
  const span = step.seconds * 1000;
  return Array.from({ length: count }, () => random() * span).sort((a, b) => a - b);
}

/** One request of the open loop, as the step summary needs it. */
export interface Answer {
  /** the HTTP status, 0 when no answer came (refused, reset, timed out) */
  status: number;
  ms: number;
  /** the status this request answers when all is well (200, or 404 for a scope probe) */
  expected: number;
}

export interface StepFigures {
  sent: number;
  /** requests sent per second */
  offered: number;
  /** requests answered as expected per second */
  achieved: number;
  /** of the 200 answers */
  p50: number;
  p95: number;
  refused503: number;
  /** neither the expected answer nor a 503: other statuses, timeouts, resets */
  errors: number;
}

/** Nearest-rank percentile of ascending values (0 when there are none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function stepFigures(answers: Answer[], seconds: number): StepFigures {
  const ok = answers
    .filter((answer) => answer.status === 200)
    .map((answer) => answer.ms)
    .sort((a, b) => a - b);
  const refused503 = answers.filter((answer) => answer.status === 503).length;
  const expected = answers.filter((answer) => answer.status === answer.expected).length;
  return {
    sent: answers.length,
    offered: answers.length / seconds,
    achieved: expected / seconds,
    p50: percentile(ok, 50),
    p95: percentile(ok, 95),
    refused503,
    errors: answers.length - expected - refused503,
  };
}

/** What a step must show to count as served. */
export const P95_BUDGET_MS = 300;

export function servedCleanly(figures: StepFigures): boolean {
  return figures.sent > 0 && figures.p95 < P95_BUDGET_MS && figures.errors === 0 && figures.refused503 === 0;
}

/**
 * The capacity figure: the highest stepped rate served cleanly. Warm-up and recovery do not
 * count (the first is unjudged, the second repeats a low rate). null when no step was.
 */
export function pickCapacity(results: { step: Step; figures: StepFigures }[]): number | null {
  const served = results.filter((result) => result.step.kind === "step" && servedCleanly(result.figures)).map((result) => result.step.rate);
  return served.length > 0 ? Math.max(...served) : null;
}
