import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface FocusTrapOptions {
  /** Escape pressed while the trap is active (close the dialog). */
  onEscape?: () => void;
  /** Where focus goes on close when the element that had it before is gone (e.g. the button that opened it). */
  returnTo?: () => HTMLElement | null;
  /** A change of content (a dialog's next step): focus moves to the first control if it was lost. */
  step?: unknown;
}

/** The trap's workings, fetched when a dialog first opens (they are not needed for the first view). */
const trapModule = () => import('./focus-trap');

/**
 * Keeps keyboard focus inside `ref` while `active`: focus moves to its first control (or one marked
 * `data-autofocus`), Tab and Shift+Tab cycle within it, Escape calls `onEscape`, and on close focus returns to
 * the element that had it before (or `returnTo`).
 */
export function useFocusTrap(
  ref: RefObject<HTMLElement | null>,
  active: boolean,
  options: FocusTrapOptions = {},
): void {
  const escape = useEffectEvent(() => options.onEscape?.());
  const returnTarget = useEffectEvent(() => options.returnTo?.() ?? null);

  useEffect(() => {
    const container = ref.current;
    if (!active || !container) return;
    // Who had the focus is read now, before anything moves it.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    let release: (() => void) | null = null;
    let live = true;
    void trapModule().then(({ trapFocus }) => {
      if (live) release = trapFocus(container, before, escape, returnTarget);
    });
    return () => {
      live = false;
      release?.();
    };
  }, [active, ref]);

  const step = options.step;
  useEffect(() => {
    const container = ref.current;
    if (!active || !container) return;
    void trapModule().then(({ refocus }) => refocus(container));
  }, [active, ref, step]);
}

/** The row an arrow key, Home, End, Page Up or Page Down moves to from `current`; null for any other key. */
export function rovingIndex(key: string, current: number, count: number, page = 8): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, current + page);
    case 'PageUp':
      return Math.max(0, current - page);
    default:
      return null;
  }
}

/**
 * Roving focus over a virtualised list: one row is in the Tab order (`active`); Up/Down, Home/End and Page
 * Up/Down move focus between rows, scrolling a row not yet rendered into view and focusing it once it is.
 * `focusRow(index)` focuses a rendered row and says whether it could.
 */
export function useRovingFocus(
  count: number,
  scrollTo: (index: number) => void,
  focusRow: (index: number) => boolean,
) {
  const [chosen, setChosen] = useState(0);
  const pending = useRef<number | null>(null);
  const active = Math.max(0, Math.min(chosen, count - 1));

  useLayoutEffect(() => {
    if (pending.current !== null && focusRow(pending.current)) pending.current = null;
  });

  const onKeyDown = (event: {
    key: string;
    altKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
    preventDefault: () => void;
  }) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = rovingIndex(event.key, active, count);
    if (next === null) return;
    event.preventDefault();
    setChosen(next);
    scrollTo(next);
    if (!focusRow(next)) pending.current = next;
  };

  return { active, onKeyDown, setActive: setChosen };
}
