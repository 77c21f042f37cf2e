/**
 * A labelled progress bar; the figure is also printed so it reads without colour. The track
 * draws its fill from `--p` (app/globals.css, .progress-track) rather than an inner element, and
 * aria-valuemin/max are left at their defaults (0 and 100): a plan shows one bar per commitment,
 * each sent twice (HTML and RSC payload).
 */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="progress">
      <div role="progressbar" aria-label={label} aria-valuenow={clamped} className="progress-track" style={{ "--p": `${clamped}%` }} />
      <span className="progress-figure">{clamped}%</span>
    </div>
  );
}
