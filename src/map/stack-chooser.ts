import type { UiLanguage } from '../store/ui-slice';
import { mapToolsText } from './map-tools-text';

/**
 * One event of the stack as the list shows it, written by the caller (the map's own code, part of the first view:
 * this module imports none of it, so the bundler keeps the first view in one file).
 */
export interface StackedEvent {
  id: string;
  /** Its type's colour on the map. */
  colour: string;
  /** Its type. */
  title: string;
  /** Date, place and toll. */
  details: string;
}

export interface StackChoice {
  /** The element holding the map and its overlays; the list is laid over it. */
  frame: HTMLElement;
  /** Where the click was, in pixels from the frame's top left corner. */
  x: number;
  y: number;
  events: readonly StackedEvent[];
  language: UiLanguage;
  onPick: (eventId: string) => void;
  /** Gets the focus back when the list closes (the map's canvas). */
  returnFocus: HTMLElement;
}

let current: (() => void) | null = null;

/** Whether the list of events at one point is open (the map's tooltip waits while it is). */
export function stackChooserOpen(): boolean {
  return current !== null;
}

/** Closes the list of events at one point, if one is open (a pan, a zoom, new events). */
export function closeStackChooser(): void {
  current?.();
}

/**
 * A small list of the events drawn under one click, to choose from: each a button with its type, date, place and
 * toll. The first gets the focus; Up/Down/Home/End move between them, Enter or a click picks, Escape or a click
 * elsewhere closes and gives the focus back to the map.
 */
export function showStackChooser(choice: StackChoice): void {
  closeStackChooser();
  const { frame, events, language } = choice;
  const box = document.createElement('div');
  box.className = 'map-overlay stack-chooser';
  box.dir = language === 'ar' ? 'rtl' : 'ltr';
  box.setAttribute('role', 'dialog');
  const headingId = `stack-chooser-heading-${Date.now().toString(36)}`;
  box.setAttribute('aria-labelledby', headingId);

  const header = document.createElement('div');
  header.className = 'stack-chooser-header';
  const heading = document.createElement('p');
  heading.id = headingId;
  heading.textContent = mapToolsText(language, 'eventsHere', { count: events.length });
  const closeButton = document.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'stack-chooser-close';
  closeButton.setAttribute('aria-label', mapToolsText(language, 'closeList'));
  closeButton.textContent = '×';
  header.append(heading, closeButton);

  const list = document.createElement('ul');
  const buttons: HTMLButtonElement[] = [];
  for (const event of events) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['eventId'] = event.id;
    const dot = document.createElement('span');
    dot.className = 'legend-dot';
    dot.setAttribute('aria-hidden', 'true');
    dot.style.background = event.colour;
    const title = document.createElement('strong');
    title.textContent = event.title;
    const details = document.createElement('span');
    details.className = 'stack-chooser-details';
    details.dir = 'auto';
    details.textContent = event.details;
    button.append(dot, title, details);
    button.addEventListener('click', () => {
      close(false);
      choice.onPick(event.id);
      choice.returnFocus.focus({ preventScroll: true });
    });
    item.append(button);
    list.append(item);
    buttons.push(button);
  }
  box.append(header, list);

  const onKey = (event: KeyboardEvent): void => {
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let next = -1;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    }
    if (event.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(buttons.length - 1, at + 1);
    else if (event.key === 'ArrowUp') next = at < 0 ? 0 : Math.max(0, at - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next < 0) return;
    event.preventDefault();
    buttons[next]?.focus();
  };
  const onPointerDown = (event: PointerEvent): void => {
    if (!box.contains(event.target as Node)) close(false);
  };
  const close = (giveFocusBack: boolean): void => {
    if (current !== closeThis) return;
    current = null;
    document.removeEventListener('pointerdown', onPointerDown, true);
    box.remove();
    if (giveFocusBack) choice.returnFocus.focus({ preventScroll: true });
  };
  const closeThis = (): void => close(false);
  current = closeThis;
  box.addEventListener('keydown', onKey);
  closeButton.addEventListener('click', () => close(true));
  document.addEventListener('pointerdown', onPointerDown, true);

  frame.append(box);
  // Beside the click, never over the stack: to its right or left, else under or over it; inside the map.
  const margin = 8;
  const gap = 18;
  const width = box.offsetWidth;
  const height = box.offsetHeight;
  const maxLeft = frame.clientWidth - width - margin;
  const maxTop = frame.clientHeight - height - margin;
  const clamp = (value: number, high: number) => Math.max(margin, Math.min(value, high));
  const candidates: [number, number][] = [
    [choice.x + gap, clamp(choice.y - gap, maxTop)],
    [choice.x - gap - width, clamp(choice.y - gap, maxTop)],
    // Over it before under it: a place's name is written under its dot.
    [clamp(choice.x - width / 2, maxLeft), choice.y - gap - height],
    [clamp(choice.x - width / 2, maxLeft), choice.y + gap],
  ];
  const fits = ([x, y]: [number, number]) => x >= margin && x <= maxLeft && y >= margin && y <= maxTop;
  const [left, top] = candidates.find(fits) ?? [
    clamp(choice.x + gap, maxLeft),
    clamp(choice.y - gap, maxTop),
  ];
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
  buttons[0]?.focus({ preventScroll: true });
}
