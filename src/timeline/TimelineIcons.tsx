/**
 * The timeline's control icons as inline SVG: the media characters (▶ ⏴ ⏵) are in none of the bundled fonts, and a
 * browser without a fallback font draws them as empty boxes.
 */

const SIZE = 12;

/** One or two triangles pointing left or right (a day or a week step). */
export function StepIcon({ direction, double = false }: { direction: 'left' | 'right'; double?: boolean }) {
  const triangle = (offset: number) =>
    direction === 'right'
      ? `M${offset} 1 L${offset + 8} 6 L${offset} 11 Z`
      : `M${offset + 8} 1 L${offset} 6 L${offset + 8} 11 Z`;
  const width = double ? SIZE + 6 : SIZE;
  return (
    <svg
      className="timeline-icon"
      width={width}
      height={SIZE}
      viewBox={`0 0 ${width} ${SIZE}`}
      aria-hidden="true"
    >
      <path d={double ? `${triangle(1)} ${triangle(9)}` : triangle(2)} fill="currentColor" />
    </svg>
  );
}

/** Play (a triangle pointing in the direction of time, which is right to left in an Arabic layout) or pause. */
export function PlayIcon({ playing, rtl }: { playing: boolean; rtl: boolean }) {
  if (playing)
    return (
      <svg className="timeline-icon" width={SIZE} height={SIZE} viewBox="0 0 12 12" aria-hidden="true">
        <path d="M2 1 H5 V11 H2 Z M7 1 H10 V11 H7 Z" fill="currentColor" />
      </svg>
    );
  return <StepIcon direction={rtl ? 'left' : 'right'} />;
}
