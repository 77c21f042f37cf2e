/** A labelled progress bar; the figure is also printed so it reads without colour. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="flex items-center gap-3">
      <div role="progressbar" aria-label={label} aria-valuenow={clamped} aria-valuemin={0} aria-valuemax={100} className="progress-track h-3 w-40 overflow-hidden rounded-full bg-solid-gray-200">
        <div className="progress-fill h-full bg-blue-900" style={{ width: `${clamped}%` }} />
      </div>
      <span className="text-dns-14N-130 tabular-nums">{clamped}%</span>
    </div>
  );
}
