/**
 * The page a researcher sees while articles are added: the built app, a fresh profile, files chosen through the
 * real "Upload articles" input and confirmed in the review dialog (through the end-to-end driver's verbs), long
 * tasks on the app's main thread observed with PerformanceObserver until the library says the articles were
 * added (extraction in the worker, commits to IndexedDB and store updates included). Two uploads:
 * - a JSON file of 1,000 generated articles, watched from the click on "Add";
 * - a zip of 10,000 small articles (one JSON file each), watched from the moment the file is chosen (reading it
 *   in the worker, handing the articles to the page, the review and the extraction all count).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { record } from './report';
import { openApp, waitForEventsOnMap } from './browser-app';
import type { BrowserStageOptions } from './browser-stage';
import { uploadFiles } from '../../test/e2e/driver';
import type { Article } from '../../src/pipeline/types';

export const UPLOAD_KEYS = [
  'main_thread_longest_task_ms',
  'upload_1000_articles_ms',
  'upload_long_tasks',
  'upload_longest_frame_script_ms',
  'upload_zip_10000_ms',
  'upload_zip_10000_longest_task_ms',
  'upload_zip_10000_long_tasks',
  'upload_zip_10000_longest_frame_script_ms',
  'main_thread_longest_script_ms',
];

/** The longest task and the most script time in one long animation frame, of one upload. */
interface UploadWatch {
  longest: number | null;
  script: number | null;
}

/** The frame with the most script time (the app's own work, apart from the browser's rendering). */
function mostScripted(frames: Watch['frames']): Watch['frames'][number] | undefined {
  return [...frames].sort((a, b) => b.script - a.script)[0];
}

interface Watch {
  durations: number[];
  /** Per long animation frame: script time (attributed scripts) and rendering time (from its render start). */
  frames: { script: number; render: number; duration: number; where: string }[];
  started: number;
}

/** The fields of a PerformanceLongAnimationFrameTiming entry read here (not in every DOM typing yet). */
interface LongFrame {
  duration: number;
  startTime: number;
  renderStart: number;
  scripts: { duration: number; invoker?: string; sourceFunctionName?: string; sourceURL?: string }[];
}

interface Watched {
  durations: number[];
  frames: Watch['frames'];
  ms: number;
}

/** Starts observing long tasks and long animation frames on the page. */
async function startWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch: Watch = { durations: [], frames: [], started: performance.now() };
    (window as { __benchWatch?: Watch }).__benchWatch = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.durations.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    // Long animation frames say how much of a long frame was the page's scripts and how much its rendering
    // (style, layout, paint and the compositor commit, which with a software compositor reads the map's WebGL
    // canvas back and so waits for the GPU process to draw it), and which script ran longest.
    if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as LongFrame[]) {
          let script = 0;
          let longest = entry.scripts[0];
          for (const item of entry.scripts) {
            script += item.duration;
            if (longest && item.duration > longest.duration) longest = item;
          }
          const render = entry.renderStart > 0 ? entry.startTime + entry.duration - entry.renderStart : 0;
          const file = (longest?.sourceURL ?? '').replace(/^.*\//, '');
          const where = longest
            ? `${longest.invoker ?? '?'} ${longest.sourceFunctionName ?? ''}@${file} ${longest.duration.toFixed(0)} ms`
            : '';
          watch.frames.push({ script, render, duration: entry.duration, where });
        }
      }).observe({ type: 'long-animation-frame', buffered: false });
    }
  });
}

async function stopWatch(page: Page): Promise<Watched> {
  return page.evaluate(() => {
    const found = (window as { __benchWatch?: Watch }).__benchWatch;
    return {
      durations: found?.durations ?? [],
      frames: found?.frames ?? [],
      ms: performance.now() - (found?.started ?? 0),
    };
  });
}

function longestOf(values: readonly number[]): number | null {
  let longest: number | null = null;
  for (const value of values) if (longest === null || value > longest) longest = value;
  return longest;
}

/** The scripts of the longest frames, for the reason text (where the page's time went). */
function worstFrames(frames: Watch['frames'], count: number): string {
  return [...frames]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, count)
    .map((frame) => `${frame.duration.toFixed(0)} ms: ${frame.where || 'rendering'}`)
    .join('; ');
}

/** A zip of the articles, one JSON file each (each keeps its date and title), as an export of a news archive. */
export function articlesZip(articles: readonly Article[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const article of articles) files[`archive/${article.id}.json`] = strToU8(JSON.stringify(article));
  return zipSync(files, { level: 6 });
}

/** "Add 10,000 articles": the count is written with thousands separators. */
const ADD_MANY = /^add [\d,]+ articles?$/i;

/** Clicks "Add …" in the review and waits for the closing notice ("Added …" or "Cancelled …"). */
async function addAndWait(page: Page, timeout: number): Promise<string> {
  const before = (await page.locator('.notices .notice span').allInnerTexts()).length;
  await page.getByRole('dialog').getByRole('button', { name: ADD_MANY }).click();
  const handle = await page.waitForFunction(
    (count) => {
      const notices = [...document.querySelectorAll('.notices .notice span')].map(
        (node) => node.textContent ?? '',
      );
      return notices.slice(count).find((text) => /^(Added|Cancelled)/.test(text)) ?? false;
    },
    before,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

async function measureJson(browser: Browser, options: BrowserStageOptions): Promise<UploadWatch> {
  const count = options.quick ? 250 : 1000;
  const articles = options.articles
    .slice(0, count)
    .map((article) => ({ ...article, id: `upload-${article.id}` }));
  const { context, page } = await openApp(browser);
  try {
    await waitForEventsOnMap(page);
    await uploadFiles(page, [
      {
        name: 'bench-articles.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(articles)),
      },
    ]);
    await startWatch(page);
    const message = await addAndWait(page, 600_000);
    const watch = await stopWatch(page);
    const longest = longestOf(watch.durations);
    const scaled = count === 1000 ? '' : ` (quick: ${count} articles)`;
    record(
      options.results,
      'upload_long_tasks',
      watch.durations.length,
      `long tasks during the upload${scaled}`,
    );
    const scripted = mostScripted(watch.frames);
    const slowest = [...watch.frames].sort((a, b) => b.duration - a.duration)[0];
    record(
      options.results,
      'upload_longest_frame_script_ms',
      scripted ? scripted.script : null,
      scripted && slowest
        ? `most script time in one long animation frame meanwhile (${watch.frames.length} long frames): ${scripted.where}; the longest frame, ${slowest.duration.toFixed(0)} ms, was ${slowest.script.toFixed(0)} ms scripts and ${slowest.render.toFixed(0)} ms rendering${scaled}`
        : 'the browser reports no long animation frames (PerformanceLongAnimationFrameTiming)',
    );
    record(
      options.results,
      'upload_1000_articles_ms',
      watch.ms * (1000 / count),
      `"Add" to "${message.slice(0, 60)}"${scaled === '' ? '' : `${scaled}, scaled`}`,
    );
    return { longest, script: scripted ? scripted.script : null };
  } finally {
    await context.close();
  }
}

async function measureZip(browser: Browser, options: BrowserStageOptions): Promise<UploadWatch> {
  const articles = options.articles
    .slice(0, 10_000)
    .map((article) => ({ ...article, id: `zip-${article.id}` }));
  const count = articles.length;
  const zip = articlesZip(articles);
  const { context, page } = await openApp(browser);
  try {
    await waitForEventsOnMap(page);
    // Chosen from a file on disk, as a person does: a buffer would be decoded inside the page by the test driver,
    // a long task that is not the app's.
    const path = join(mkdtempSync(join(tmpdir(), 'marsad-bench-')), 'bench-archive.zip');
    writeFileSync(path, zip);
    await startWatch(page);
    await page.getByLabel(/^(upload articles|رفع مقالات)$/i).setInputFiles([path]);
    // Reading 10,000 articles takes longer than the driver's usual wait for the review.
    await page.getByRole('dialog').getByRole('button', { name: ADD_MANY }).waitFor({ timeout: 600_000 });
    const message = await addAndWait(page, 1_800_000);
    const watch = await stopWatch(page);
    const longest = longestOf(watch.durations);
    const scaled = count === 10_000 ? '' : ` (quick: ${count} articles)`;
    const size = `${(zip.length / 1024 / 1024).toFixed(1)} MB zip`;
    record(
      options.results,
      'upload_zip_10000_longest_task_ms',
      longest ?? 50,
      longest === null
        ? `choosing a ${size} of ${count} articles to "${message.slice(0, 40)}": no long task (50 is an upper bound)${scaled}`
        : `choosing a ${size} of ${count} articles to "${message.slice(0, 40)}"; longest frames: ${worstFrames(watch.frames, 3)}${scaled}`,
    );
    record(
      options.results,
      'upload_zip_10000_long_tasks',
      watch.durations.length,
      `long tasks meanwhile${scaled}`,
    );
    record(
      options.results,
      'upload_zip_10000_ms',
      watch.ms * (10_000 / count),
      `choosing the file to "${message.slice(0, 60)}"${scaled === '' ? '' : `${scaled}, scaled`}`,
    );
    const scripted = mostScripted(watch.frames);
    record(
      options.results,
      'upload_zip_10000_longest_frame_script_ms',
      scripted ? scripted.script : null,
      scripted
        ? `the app's scripts in its most scripted long frame (${watch.frames.length} long frames): ${scripted.where}; that frame ${scripted.duration.toFixed(0)} ms, of which ${scripted.render.toFixed(0)} ms rendering${scaled}`
        : 'the browser reports no long animation frames',
    );
    return { longest, script: scripted ? scripted.script : null };
  } finally {
    await context.close();
  }
}

export async function measureUpload(browser: Browser, options: BrowserStageOptions): Promise<void> {
  const jsonWatch = await measureJson(browser, options);
  const zipWatch = await measureZip(browser, options);
  const json = jsonWatch.longest;
  const zip = zipWatch.longest;
  const longest = longestOf([json ?? 0, zip ?? 0]);
  const uploads = options.quick
    ? '250-article JSON, 1,000-article zip'
    : '1,000-article JSON, 10,000-article zip';
  record(
    options.results,
    'main_thread_longest_task_ms',
    json === null && zip === null ? 50 : longest,
    `the longer of the two uploads (${uploads}): JSON ${json === null ? '< 50' : json.toFixed(0)} ms, zip ${zip === null ? '< 50' : zip.toFixed(0)} ms (50 = no long task observed); with software WebGL a long task is mostly the compositor's commit, see main_thread_longest_script_ms for the app's scripts`,
  );
  const script = longestOf([jsonWatch.script ?? 0, zipWatch.script ?? 0]);
  record(
    options.results,
    'main_thread_longest_script_ms',
    jsonWatch.script === null && zipWatch.script === null ? 50 : script,
    `scripts in the most scripted long animation frame (${uploads}): JSON ${jsonWatch.script?.toFixed(0) ?? '< 50'} ms, zip ${zipWatch.script?.toFixed(0) ?? '< 50'} ms (50 = no long frame)`,
  );
}
