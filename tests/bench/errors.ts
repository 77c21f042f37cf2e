/** A failure whose message says all there is to say (no stack): bad options, a missing database, a refused page. */
export class BenchError extends Error {}
