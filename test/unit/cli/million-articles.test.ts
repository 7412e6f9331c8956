import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from '../extract/resources.ts';

const tsx = join(repositoryRoot, 'node_modules', '.bin', 'tsx');
const cli = join(repositoryRoot, 'scripts', 'extract-cli.ts');
const COUNT = 1_000_000;

describe('npm run extract on a very large JSON file', () => {
  it('reads every one of a million articles in one JSON array and still finds the real reports among them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'marsad-million-'));
    const input = join(folder, 'million.json');
    const parts = new Array<string>(COUNT);
    for (let index = 0; index < COUNT; index += 1) {
      parts[index] = JSON.stringify(
        index === 500_000
          ? {
              id: 'zawiya',
              text: 'Heavy clashes broke out in Zawiya on Monday between rival armed groups, killing three people.',
              published: '2023-05-23',
            }
          : { id: `n${index}`, text: `note ${index}` },
      );
    }
    writeFileSync(input, `[${parts.join(',')}]`);
    const output = join(folder, 'out.json');
    const descriptor = openSync(output, 'w');
    const result = spawnSync(tsx, [cli, input], {
      cwd: repositoryRoot,
      stdio: ['ignore', descriptor, 'pipe'],
      encoding: 'utf8',
      timeout: 120_000,
    });
    closeSync(descriptor);
    expect(result.stderr).not.toMatch(/Maximum call stack|RangeError/);
    expect(result.status).toBe(0);
    const printed = JSON.parse(readFileSync(output, 'utf8')) as {
      articles: { id: string }[];
      events: { location: string | null; fatalities: number | null; date: string | null }[];
    };
    expect(printed.articles).toHaveLength(COUNT);
    expect(printed.articles[COUNT - 1]?.id).toBe(`n${COUNT - 1}`);
    expect(printed.events).toMatchObject([{ location: 'Zawiya', fatalities: 3, date: '2023-05-22' }]);
  }, 120_000);
});
