import fs from 'node:fs';
import { PNG } from 'pngjs';
import type { PackageIssue } from './package-issue';

/** Sizes Teams requires (the schema only says "relative path"). */
export const ICON_SIZES = { color: 192, outline: 32, color32x32: 32 } as const;
export type IconKind = keyof typeof ICON_SIZES;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Checks one icon file: a real PNG of the required size; the outline icon must be white on a
 * transparent background (Teams tints it; any coloured or opaque-background pixel shows up as
 * a grey block in the app bar), and it must actually draw something.
 */
export function checkIcon(kind: IconKind, file: string, field: string): PackageIssue[] {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return [{ field, reason: 'is not a PNG file' }];
  }
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch (error) {
    return [{ field, reason: `PNG cannot be decoded (${(error as Error).message})` }];
  }
  const size = ICON_SIZES[kind];
  if (png.width !== size || png.height !== size) {
    return [{ field, reason: `must be ${size}×${size} pixels (is ${png.width}×${png.height})` }];
  }
  if (kind === 'color') return [];

  let transparent = 0;
  let visible = 0;
  let coloured = 0;
  let firstColoured: string | undefined;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    if (a === 0) {
      transparent += 1;
      continue;
    }
    visible += 1;
    if (kind === 'outline' && (r !== 255 || g !== 255 || b !== 255)) {
      coloured += 1;
      if (firstColoured === undefined) {
        const p = i / 4;
        firstColoured = `(${p % size}, ${Math.floor(p / size)}) is rgb(${r}, ${g}, ${b})`;
      }
    }
  }
  const issues: PackageIssue[] = [];
  if (transparent === 0)
    issues.push({ field, reason: 'must have a transparent background (no pixel is transparent)' });
  if (visible === 0) issues.push({ field, reason: 'is fully transparent: it draws nothing' });
  if (coloured > 0) {
    issues.push({
      field,
      reason: `must be white on transparent: ${coloured} visible pixel(s) are not white, e.g. pixel ${firstColoured}`,
    });
  }
  return issues;
}
