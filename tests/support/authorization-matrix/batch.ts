/**
 * Serves every call made in the same turn of the event loop with one statement: the arrange
 * phase starts all cells at once, so a few thousand single-row inserts become one multi-row
 * insert per table and step. `flush` must answer in the order it was given the inputs (as a
 * multi-row INSERT … RETURNING does).
 */
export function batched<I, O>(flush: (inputs: I[]) => Promise<O[]>, chunkSize = 1_000): (input: I) => Promise<O> {
  let pending: { input: I; resolve: (output: O) => void; reject: (error: unknown) => void }[] = [];
  const run = async () => {
    const batch = pending;
    pending = [];
    try {
      for (let start = 0; start < batch.length; start += chunkSize) {
        const part = batch.slice(start, start + chunkSize);
        const outputs = await flush(part.map((entry) => entry.input));
        if (outputs.length !== part.length) throw new Error(`batched insert answered ${outputs.length} rows for ${part.length}`);
        part.forEach((entry, i) => entry.resolve(outputs[i] as O));
      }
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  };
  return (input) =>
    new Promise<O>((resolve, reject) => {
      if (pending.length === 0) setImmediate(() => void run());
      pending.push({ input, resolve, reject });
    });
}
