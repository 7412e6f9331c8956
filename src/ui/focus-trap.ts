/**
 * The focus trap's workings (see `useFocusTrap` in focus.ts, which fetches this module when a dialog first
 * opens).
 */
const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]):not([type="hidden"]),select:not([disabled]),' +
  'textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';

/** The elements Tab reaches inside `container`, in order (hidden ones left out). */
export function tabbables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.tabIndex >= 0 && element.getClientRects().length > 0,
  );
}

/** Active traps, innermost last: only the last one answers Tab and Escape. */
const traps: HTMLElement[] = [];

function focusFirst(container: HTMLElement): void {
  const target = container.querySelector<HTMLElement>('[data-autofocus]') ?? tabbables(container)[0];
  if (target) target.focus();
  else {
    if (!container.hasAttribute('tabindex')) container.tabIndex = -1;
    container.focus();
  }
}

/** Moves focus to the first control of `container` if it is not already inside (its content changed). */
export function refocus(container: HTMLElement): void {
  const now = document.activeElement;
  if (container.isConnected && (!now || now === document.body || !container.contains(now))) {
    focusFirst(container);
  }
}

/**
 * Traps focus in `container` until the returned function is called; then focus goes back to `before` (or to
 * `returnTo()` when `before` is gone), unless the user has put it elsewhere meanwhile.
 */
export function trapFocus(
  container: HTMLElement,
  before: HTMLElement | null,
  onEscape: () => void,
  returnTo: () => HTMLElement | null,
): () => void {
  traps.push(container);
  if (!container.contains(document.activeElement)) focusFirst(container);
  const onKey = (event: KeyboardEvent) => {
    if (traps.at(-1) !== container || event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const list = tabbables(container);
    const first = list[0];
    const last = list.at(-1);
    const current = document.activeElement;
    const inside = current instanceof Node && container.contains(current);
    if (!first || !last) {
      event.preventDefault();
      container.focus();
    } else if (event.shiftKey && (!inside || current === first)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (!inside || current === last)) {
      event.preventDefault();
      first.focus();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => {
    document.removeEventListener('keydown', onKey);
    traps.splice(traps.indexOf(container), 1);
    // Return focus only if it was inside the trap (or lost): a click elsewhere keeps its own focus.
    const now = document.activeElement;
    if (now && now !== document.body && !container.contains(now) && now.isConnected) return;
    const target = before?.isConnected && before !== document.body ? before : returnTo();
    target?.focus();
  };
}
