import { useEffect, useRef, useState } from 'react';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { useText } from '../ui/i18n';
import { TimelineController, type TimelineElements } from './timeline-controller';
import type { Playback } from './playback';
import { PlayIcon, StepIcon } from './TimelineIcons';
import './timeline.css';

const SPEEDS = [1, 7, 30] as const;
/** The step buttons: days moved and their names. */
const STEPS = [
  [-7, 'backWeek'],
  [-1, 'backDay'],
  [1, 'forwardDay'],
  [7, 'forwardWeek'],
] as const;

/**
 * The timeline: a histogram of events per day or week (stacked by type, with its count scale) or one lane per
 * event type, a date axis, a draggable and resizable window with two date sliders and its dates as text, step
 * buttons and play/pause (skipping empty stretches). The window's position and dates are updated outside React
 * by `TimelineController`; this component renders only the frame and the controls.
 */
export function Timeline() {
  const text = useText();
  const store = useMarsadStoreApi();
  const language = useMarsad((state) => state.language);
  const hasWindow = useMarsad((state) => state.timeWindow !== null);
  const setTimeWindow = useMarsad((state) => state.setTimeWindow);
  const refs = {
    track: useRef<HTMLDivElement>(null),
    canvas: useRef<HTMLCanvasElement>(null),
    band: useRef<HTMLDivElement>(null),
    startHandle: useRef<HTMLDivElement>(null),
    endHandle: useRef<HTMLDivElement>(null),
    shadeBefore: useRef<HTMLDivElement>(null),
    shadeAfter: useRef<HTMLDivElement>(null),
    gutter: useRef<HTMLDivElement>(null),
    axis: useRef<HTMLDivElement>(null),
    windowText: useRef<HTMLOutputElement>(null),
  };
  const controllerRef = useRef<TimelineController | null>(null);
  const playbackRef = useRef<Playback | null>(null);
  const fetchingPlayer = useRef(false);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(7);
  const [lanes, setLanes] = useState(false);

  useEffect(() => {
    const elements = {
      track: refs.track.current,
      canvas: refs.canvas.current,
      band: refs.band.current,
      startHandle: refs.startHandle.current,
      endHandle: refs.endHandle.current,
      shadeBefore: refs.shadeBefore.current,
      shadeAfter: refs.shadeAfter.current,
      gutter: refs.gutter.current,
      axis: refs.axis.current,
      windowText: refs.windowText.current,
    };
    if (Object.values(elements).some((element) => !element)) return;
    const controller = new TimelineController(store, elements as TimelineElements);
    controllerRef.current = controller;
    return () => {
      playbackRef.current?.pause();
      controller.remove();
      controllerRef.current = null;
      playbackRef.current = null;
    };
    // The refs are stable for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  useEffect(() => {
    if (playbackRef.current) playbackRef.current.daysPerSecond = speed;
  }, [speed]);

  useEffect(() => controllerRef.current?.setLanes(lanes), [lanes]);

  const togglePlay = () => {
    const playback = playbackRef.current;
    if (playback?.playing) playback.pause();
    else if (playback) {
      playback.play();
      setPlaying(playback.playing);
    } else if (!fetchingPlayer.current) {
      // The player is fetched on the first press (it is not part of the first view).
      const controller = controllerRef.current;
      fetchingPlayer.current = true;
      import('./playback')
        .then((module) => {
          if (!controller || controllerRef.current !== controller) return;
          const created = module.timelinePlayback(controller, store, () => setPlaying(false));
          created.daysPerSecond = speed;
          playbackRef.current = created;
          created.play();
          setPlaying(created.playing);
        })
        // Offline with the chunk missing: the next press tries again.
        .catch(() => undefined)
        .finally(() => (fetchingPlayer.current = false));
    }
  };

  const rtl = language === 'ar';
  return (
    <section className="timeline" role="region" aria-label={text('timeline')}>
      <div className="timeline-controls">
        <button
          type="button"
          className="timeline-play"
          onClick={togglePlay}
          aria-label={text(playing ? 'pause' : 'play')}
        >
          <PlayIcon playing={playing} rtl={rtl} /> <span>{text(playing ? 'pause' : 'play')}</span>
        </button>
        <label className="timeline-speed">
          {text('speed')}{' '}
          <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
            {SPEEDS.map((value) => (
              <option key={value} value={value}>
                {text('daysPerSecond', { days: value })}
              </option>
            ))}
          </select>
        </label>
        <span className="timeline-steps">
          {STEPS.map(([days, label]) => (
            <button
              key={label}
              type="button"
              onClick={() => controllerRef.current?.step(days)}
              aria-label={text(label)}
            >
              <StepIcon direction={days < 0 !== rtl ? 'left' : 'right'} double={Math.abs(days) > 1} />
            </button>
          ))}
        </span>
        <button type="button" disabled={!hasWindow} onClick={() => setTimeWindow(null, 'timeline')}>
          {text('wholeSpan')}
        </button>
        <button
          type="button"
          className="timeline-lanes-toggle"
          aria-pressed={lanes}
          onClick={() => setLanes((value) => !value)}
        >
          {text('eventTypes')}
        </button>
        <output className="timeline-window" ref={refs.windowText} aria-live="off" />
      </div>
      <div className="timeline-body">
        <div className="timeline-gutter" ref={refs.gutter} data-mode="counts" />
        <div className="timeline-track" ref={refs.track}>
          <canvas className="timeline-canvas" ref={refs.canvas} aria-hidden="true" />
          <div className="timeline-axis" ref={refs.axis} aria-hidden="true" />
          <div className="timeline-shade" ref={refs.shadeBefore} />
          <div className="timeline-shade" ref={refs.shadeAfter} />
          <div className="timeline-band" ref={refs.band} />
          <div
            className="timeline-handle"
            ref={refs.startHandle}
            role="slider"
            aria-label={text('startDate')}
            tabIndex={0}
          />
          <div
            className="timeline-handle"
            ref={refs.endHandle}
            role="slider"
            aria-label={text('endDate')}
            tabIndex={0}
          />
        </div>
      </div>
    </section>
  );
}
