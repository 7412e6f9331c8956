/** A labelled progress bar (a native <progress>, so assistive technology reads its value). */
export function ProgressBar({
  label,
  value,
  max,
  detail,
}: {
  label: string;
  value: number;
  max: number;
  detail: string;
}) {
  return (
    <div className="upload-progress-bar">
      <progress aria-label={label} value={value} max={Math.max(max, 1)} />
      <span className="muted" dir="auto">
        {detail}
      </span>
    </div>
  );
}
