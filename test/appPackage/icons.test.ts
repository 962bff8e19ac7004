import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { ACCENT, drawColorIcon, drawOutlineIcon } from '../../appPackage/scripts/generate-icons';
import { checkIcon } from '../../appPackage/scripts/lib/icon-rules';
import { APP_PACKAGE_DIR } from './package-fixture';

const read = (file: string) => PNG.sync.read(fs.readFileSync(path.join(APP_PACKAGE_DIR, file)));

describe('app icons', () => {
  it('the committed PNGs are exactly what the generator script draws (so they can be regenerated)', () => {
    expect(read('color.png').data.equals(drawColorIcon().data)).toBe(true);
    expect(read('outline.png').data.equals(drawOutlineIcon().data)).toBe(true);
  });

  it('pass the package rules: sizes, and the outline is white on transparent', () => {
    expect(checkIcon('color', path.join(APP_PACKAGE_DIR, 'color.png'), 'icons.color')).toEqual([]);
    expect(checkIcon('outline', path.join(APP_PACKAGE_DIR, 'outline.png'), 'icons.outline')).toEqual([]);
  });

  it('the colour icon is opaque with the accent colour of the manifest in its corners', () => {
    const png = read('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    const manifest = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8')) as {
      accentColor: string;
    };
    expect(manifest.accentColor).toBe(ACCENT);
    const accent = [1, 3, 5].map((i) => Number.parseInt(ACCENT.slice(i, i + 2), 16));
    expect([...png.data.subarray(0, 3)]).toEqual(accent);
    for (let i = 3; i < png.data.length; i += 4) expect(png.data[i]).toBe(255);
  });

  it('both icons actually draw the motif (a good share of pixels is foreground)', () => {
    const outline = read('outline.png');
    let visible = 0;
    for (let i = 3; i < outline.data.length; i += 4) if (outline.data[i]! > 0) visible += 1;
    // Steps + figure + megaphone cover roughly a third of the 32×32 square.
    expect(visible / (32 * 32)).toBeGreaterThan(0.2);
    expect(visible / (32 * 32)).toBeLessThan(0.7);

    const color = read('color.png');
    let foreground = 0;
    for (let i = 0; i < color.data.length; i += 4) if (color.data[i]! > 200) foreground += 1;
    expect(foreground / (192 * 192)).toBeGreaterThan(0.1);
  });
});
