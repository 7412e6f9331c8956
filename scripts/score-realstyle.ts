/**
 * Scores the extractor on the real-style evaluation sets (test/fixtures/realstyle): every article is extracted
 * with the real pipeline and its bundled lexicons and gazetteer, then matched one-to-one to the hand-coded gold
 * events (test/unit/extract/heldout-scoring.ts), per set and per language.
 *
 *   npx tsx scripts/score-realstyle.ts [--set dev|dev2|holdout|all] [--file <set.json>]... [--details] [--root <repo root>]
 *
 * --root loads the pipeline and its resources from another checkout (e.g. a git worktree of an older commit),
 * while the fixtures are always read from this one, so the same articles measure both. --details lists the
 * missed, spurious and mismatched events of the dev set; the holdout set is only measured, never detailed.
 * --file scores any file of the same shape (for example a local set that must not enter the repository); with
 * --file and no --set only the files are scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article, ConflictEvent } from '../src/pipeline/types.ts';
import { toArticle } from '../test/unit/extract/fixture-articles.ts';
import {
  describeScore,
  readArticlesFrom,
  scoreArticles,
  type HeldoutArticle,
} from '../test/unit/extract/heldout-scoring.ts';

type SetName = 'dev' | 'dev2' | 'holdout';

interface Options {
  sets: SetName[];
  files: string[];
  details: boolean;
  root: string;
}

/** The part of src/pipeline/extract/index.ts this script uses, typed loosely so older checkouts load too. */
interface PipelineModule {
  createExtractionResources: (input: { gazetteer: unknown; world: unknown }) => unknown;
  extractArticle: (article: Article, resources: unknown) => { events: ConflictEvent[] };
}

const USAGE =
  'usage: npx tsx scripts/score-realstyle.ts [--set dev|dev2|holdout|all] [--file <set.json>]... [--details] [--root <repo root>]';
const thisRoot = resolve(import.meta.dirname, '..');
const fixtureFolder = join(thisRoot, 'test', 'fixtures', 'realstyle');

function parseArguments(argv: readonly string[]): Options | string {
  const options: Options = { sets: ['dev', 'dev2', 'holdout'], files: [], details: false, root: thisRoot };
  let setChosen = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    const [name, inline] =
      argument.startsWith('--') && argument.includes('=') ? argument.split('=', 2) : [argument, undefined];
    const value = (): string | undefined => inline ?? argv[++index];
    if (name === '--details') options.details = true;
    else if (name === '--file') {
      const file = value();
      if (file === undefined || !existsSync(file))
        return `--file needs an existing set file, not ${file ?? 'nothing'}`;
      options.files.push(resolve(file));
    } else if (name === '--set') {
      setChosen = true;
      const set = value();
      if (set === 'all') options.sets = ['dev', 'dev2', 'holdout'];
      else if (set === 'dev' || set === 'dev2' || set === 'holdout') options.sets = [set];
      else return `--set takes dev, dev2, holdout or all, not ${set ?? 'nothing'}`;
    } else if (name === '--root') {
      const root = value();
      if (root === undefined) return '--root needs a folder';
      options.root = resolve(root);
    } else if (name === '--help' || name === '-h') return USAGE;
    else return `unknown argument ${argument}`;
  }
  if (options.files.length > 0 && !setChosen) options.sets = [];
  const entry = join(options.root, 'src', 'pipeline', 'extract', 'index.ts');
  if (!existsSync(entry)) return `no pipeline at ${entry}`;
  return options;
}

/** The extractor of the checkout at `root`, with that checkout's gazetteer and bundled lexicons. */
async function loadExtractor(root: string): Promise<(article: HeldoutArticle) => ConflictEvent[]> {
  const entry = pathToFileURL(join(root, 'src', 'pipeline', 'extract', 'index.ts')).href;
  const pipeline = (await import(entry)) as PipelineModule;
  const read = (name: string): unknown =>
    JSON.parse(readFileSync(join(root, 'data', 'gazetteer', name), 'utf8'));
  const resources = pipeline.createExtractionResources({
    gazetteer: read('libya.json'),
    world: read('world.json'),
  });
  return (article) => pipeline.extractArticle(toArticle(article), resources).events;
}

function reportSet(
  set: string,
  extract: (article: HeldoutArticle) => ConflictEvent[],
  details: boolean,
  file: string = join(fixtureFolder, `${set}.json`),
): void {
  const articles = readArticlesFrom(dirname(file), basename(file));
  const events = new Map(articles.map((article) => [article, extract(article)] as const));
  const eventsOf = (article: HeldoutArticle): ConflictEvent[] => events.get(article) ?? [];
  const groups: [string, HeldoutArticle[]][] = [
    ['all', articles],
    ['ar', articles.filter((article) => article.lang === 'ar')],
    ['en', articles.filter((article) => article.lang === 'en')],
  ];
  for (const [lang, group] of groups) {
    const label = `${set.padEnd(7)} ${lang.padEnd(3)} (${String(group.length).padStart(2)} articles):`;
    console.log(describeScore(label, scoreArticles(group, eventsOf)));
  }
  if (!details) return;
  if (set === 'holdout') {
    console.log('holdout: details are not printed for the holdout set; it is only measured, never tuned on.');
    return;
  }
  const problems = scoreArticles(articles, eventsOf).problems;
  console.log(`\n${set}: ${problems.length} problems`);
  for (const problem of problems) console.log(`  ${problem}`);
  console.log('');
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options === USAGE ? USAGE : `${options}\n${USAGE}`);
    process.exitCode = options === USAGE ? 0 : 2;
    return;
  }
  const started = performance.now();
  const extract = await loadExtractor(options.root);
  console.log(
    `real-style evaluation; pipeline and resources from ${options.root}; fixtures from ${fixtureFolder}`,
  );
  for (const set of options.sets) reportSet(set, extract, options.details);
  for (const file of options.files) reportSet(basename(file, '.json'), extract, options.details, file);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

await main();
