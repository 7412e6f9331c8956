import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const publicFolder = join(root, 'public');

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

const manifest = JSON.parse(readFileSync(join(publicFolder, 'manifest.webmanifest'), 'utf8')) as Record<
  string,
  unknown
> & { icons: ManifestIcon[] };

/** Width and height of a PNG, read from its header. */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** A colour defined in the app's stylesheet. */
function cssColour(name: string): string {
  const css = readFileSync(join(root, 'src', 'styles', 'app.css'), 'utf8');
  const found = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!found?.[1]) throw new Error(`app.css defines no --${name}`);
  return found[1];
}

describe('the web app manifest (installing Marsad)', () => {
  it('names the app in English and Arabic and lets the browser pick the direction', () => {
    expect(manifest['name']).toBe('Marsad · مرصد');
    expect(manifest['short_name']).toBe('Marsad');
    expect(manifest['lang']).toBe('en');
    expect(manifest['dir']).toBe('auto');
    expect(String(manifest['description'])).toMatch(/Libya/);
  });

  it('opens as a standalone app at its own start page and scope, in the app’s colours', () => {
    expect(manifest['display']).toBe('standalone');
    expect(manifest['start_url']).toBe('./');
    expect(manifest['scope']).toBe('./');
    expect(manifest['background_color']).toBe(cssColour('paper'));
    expect(manifest['theme_color']).toBe(cssColour('panel'));
    const page = readFileSync(join(root, 'index.html'), 'utf8');
    expect(page).toContain(`<meta name="theme-color" content="${cssColour('panel')}" />`);
  });

  it('lists icons that exist at the sizes they claim: 192 and 512, a maskable 512 and the SVG drawing', () => {
    for (const icon of manifest.icons) {
      const file = join(publicFolder, icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === 'image/png') expect(pngSize(file), icon.src).toBe(icon.sizes);
    }
    const any = manifest.icons.filter((icon) => (icon.purpose ?? 'any') === 'any').map((icon) => icon.sizes);
    expect(any).toEqual(expect.arrayContaining(['192x192', '512x512', 'any']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);
    expect(pngSize(join(publicFolder, 'apple-touch-icon.png'))).toBe('180x180');
  });

  it('is linked from the page with the favicon and the apple touch icon, all from the app itself', () => {
    const page = readFileSync(join(root, 'index.html'), 'utf8');
    const links = [...page.matchAll(/<link rel="([^"]+)" href="([^"]+)"/g)].map((match) => [
      match[1],
      match[2],
    ]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['icon', '/icon.svg'],
        ['apple-touch-icon', '/apple-touch-icon.png'],
        ['manifest', '/manifest.webmanifest'],
      ]),
    );
    for (const [, href] of links) expect(existsSync(join(publicFolder, href ?? ''))).toBe(true);
    expect(page).not.toContain('href="data:');
  });

  it('asks search engines to stay out', () => {
    expect(readFileSync(join(publicFolder, 'robots.txt'), 'utf8')).toMatch(/User-agent: \*\nDisallow: \/\n/);
  });
});
