import { useEffect, useRef, useState } from 'react';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { useText } from '../ui/i18n';
import { TimelineController, type TimelineElements } from './timeline-controller';
import { Playback } from './playback';
import { PlayIcon, StepIcon } from './TimelineIcons';
import './timeline.css';

const SPEEDS = [1, 7, 30] as const;

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
    const playback = new Playback(
      () => {
        const current = controller.current();
        if (!current) return null;
        // Playing from the whole span starts with a window of a tenth of it (at least a week) at the start.
        if (store.getState().timeWindow === null) {
          const length = Math.max(7, Math.round((current.domain.end - current.domain.start) / 10));
          return {
            domain: current.domain,
            window: { start: current.domain.start, end: current.domain.start + length },
          };
        }
        return current;
      },
      (window) => controller.setWindow(window),
      () => setPlaying(false),
      (from) => controller.nextEventDay(from),
    );
    controllerRef.current = controller;
    playbackRef.current = playback;
    return () => {
      playback.pause();
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
    if (!playback) return;
    if (playback.playing) playback.pause();
    else {
      playback.play();
      setPlaying(playback.playing);
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
          <button type="button" onClick={() => controllerRef.current?.step(-7)} aria-label={text('backWeek')}>
            <StepIcon direction={rtl ? 'right' : 'left'} double />
          </button>
          <button type="button" onClick={() => controllerRef.current?.step(-1)} aria-label={text('backDay')}>
            <StepIcon direction={rtl ? 'right' : 'left'} />
          </button>
          <button
            type="button"
            onClick={() => controllerRef.current?.step(1)}
            aria-label={text('forwardDay')}
          >
            <StepIcon direction={rtl ? 'left' : 'right'} />
          </button>
          <button
            type="button"
            onClick={() => controllerRef.current?.step(7)}
            aria-label={text('forwardWeek')}
          >
            <StepIcon direction={rtl ? 'left' : 'right'} double />
          </button>
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
          {text('lanesByType')}
        </button>
        <output
          className="timeline-window"
          ref={refs.windowText}
          aria-label={text('timeWindow')}
          aria-live="off"
        />
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
