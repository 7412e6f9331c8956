import './pick-event.css';

/** A pick of an event on the map that is under way. */
export interface EventPick {
  /** The id of the event clicked, or null once the pick is cancelled (Escape, the banner's button, `cancel`). */
  result: Promise<string | null>;
  cancel: () => void;
}

/** The banner's words, in the interface language. */
export interface EventPickTexts {
  banner: string;
  cancel: string;
}

/**
 * Lets the user click an event on the map instead of selecting it (the selection, and the panel asking, stay as
 * they are). A banner over the map says what to do and has a button to stop; Escape stops too. A click on the
 * map beside every event keeps waiting. Without a map the pick ends at once with null.
 */
export function pickEventOnMap(texts: EventPickTexts): EventPick {
  const controller = window.__marsadMap;
  if (!controller) return { result: Promise.resolve(null), cancel: () => undefined };
  const canvas = controller.map.getCanvasContainer();
  const frame = controller.map.getContainer().parentElement ?? controller.map.getContainer();
  const banner = document.createElement('div');
  banner.className = 'map-pick-banner';
  banner.setAttribute('role', 'status');
  const message = document.createElement('span');
  message.textContent = texts.banner;
  const stop = document.createElement('button');
  stop.type = 'button';
  stop.textContent = texts.cancel;
  banner.append(message, stop);

  let finish: (eventId: string | null) => void = () => undefined;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape ends the pick only (no dialog or selection behind it is closed by the same key).
    event.preventDefault();
    event.stopPropagation();
    finish(null);
  };
  const result = new Promise<string | null>((resolve) => {
    let done = false;
    finish = (eventId) => {
      if (done) return;
      done = true;
      controller.setEventPicker(null);
      window.removeEventListener('keydown', onKey, true);
      canvas.style.cursor = '';
      banner.remove();
      resolve(eventId);
    };
  });
  stop.addEventListener('click', () => finish(null));
  controller.setEventPicker((eventId) => {
    if (eventId !== null) finish(eventId);
  });
  window.addEventListener('keydown', onKey, true);
  canvas.style.cursor = 'crosshair';
  frame.append(banner);
  return { result, cancel: () => finish(null) };
}
