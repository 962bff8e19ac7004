/**
 * Draws the two Teams app icons with pngjs, so the artwork is reproducible from source and any
 * engineer can change it without a design tool: `npx tsx appPackage/scripts/generate-icons.ts`.
 *
 * Motif: five ascending steps (the card's step-by-step path) with an ambassador standing on the
 * top step, holding up a megaphone (the ambassador carries the message both ways).
 * - `color.png` 192×192: full-bleed accent background (Teams rounds the corners itself), the
 *   symbol kept inside the central ~120 px safe area as Microsoft's icon guidance asks.
 * - `outline.png` 32×32: white on transparent only (Teams tints it), same motif simplified.
 *
 * Shapes are described as point-in-shape tests and rendered with 4×4 supersampling, which
 * gives clean anti-aliased edges without a vector library.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

/** Accent colour of the app; keep in sync with `accentColor` in manifest.json. */
export const ACCENT = '#0F6E66';

type Rgba = readonly [number, number, number, number];
/** A shape answers "is this point (in icon pixels, 0..size) inside me?". */
type Shape = (x: number, y: number) => boolean;
interface Layer {
  shape: Shape;
  color: Rgba;
}

const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x < x1 && y >= y0 && y < y1;

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** Convex polygon (points in clockwise or anticlockwise order). */
const polygon =
  (points: ReadonlyArray<readonly [number, number]>): Shape =>
  (x, y) => {
    let sign = 0;
    for (let i = 0; i < points.length; i += 1) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[(i + 1) % points.length]!;
      const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
      if (cross !== 0) {
        const s = Math.sign(cross);
        if (sign === 0) sign = s;
        else if (s !== sign) return false;
      }
    }
    return true;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

/** A thick line with round ends (used for the raised arm). */
const capsule =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const t = Math.min(1, Math.max(0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
    return (x - (x0 + t * dx)) ** 2 + (y - (y0 + t * dy)) ** 2 <= r * r;
  };

/** A ring segment opening to the left (sound waves in front of the megaphone). */
const arc =
  (cx: number, cy: number, r: number, width: number): Shape =>
  (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return d >= r && d <= r + width && cx - x >= Math.abs(y - cy) * 1.1;
  };

/** Rounded rectangle: handy for steps and the body so nothing looks pixel-sharp. */
const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };

function hex(color: string, alpha = 255): Rgba {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

/** Renders layers back to front with 4×4 supersampling and "over" compositing. */
export function render(size: number, layers: readonly Layer[], background?: Rgba): PNG {
  const png = new PNG({ width: size, height: size });
  const ss = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy += 1) {
        for (let sx = 0; sx < ss; sx += 1) {
          const x = px + (sx + 0.5) / ss;
          const y = py + (sy + 0.5) / ss;
          // Porter-Duff "over" in premultiplied form, back to front.
          const bg = background ?? [0, 0, 0, 0];
          let ca = bg[3] / 255;
          let cr = bg[0] * ca;
          let cg = bg[1] * ca;
          let cb = bg[2] * ca;
          for (const layer of layers) {
            if (!layer.shape(x, y)) continue;
            const la = layer.color[3] / 255;
            cr = layer.color[0] * la + cr * (1 - la);
            cg = layer.color[1] * la + cg * (1 - la);
            cb = layer.color[2] * la + cb * (1 - la);
            ca = la + ca * (1 - la);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a > 0 ? Math.round(r / a) : 0;
      png.data[i + 1] = a > 0 ? Math.round(g / a) : 0;
      png.data[i + 2] = a > 0 ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return png;
}

/**
 * The motif in a unit box (0..1), scaled to the target size. Five steps rise left to right;
 * the figure stands on the fifth step and raises a megaphone towards the upper right.
 */
function motif(scale: number, offset: number, detailed: boolean) {
  const s = (v: number) => offset + v * scale;
  const steps: Shape[] = [];
  for (let i = 0; i < 5; i += 1) {
    // Each step is a column from the baseline up to its tread; widths leave a small gap.
    const x0 = s(i * 0.2);
    const x1 = s(i * 0.2 + (detailed ? 0.17 : 0.2));
    const top = s(1 - (i + 1) * 0.12);
    steps.push(detailed ? roundedRect(x0, top, x1, s(1), scale * 0.025) : rect(x0, top, x1, s(1)));
  }
  // Figure on the top step (tread at y = 1 - 5*0.12 = 0.40): head, shoulders, raised arm.
  const head = circle(s(0.885), s(0.095), scale * 0.07);
  const body = union(
    polygon([
      [s(0.8), s(0.22)],
      [s(0.97), s(0.22)],
      [s(0.94), s(0.4)],
      [s(0.83), s(0.4)],
    ]),
    roundedRect(s(0.8), s(0.19), s(0.97), s(0.27), scale * 0.035),
  );
  const arm = capsule(s(0.83), s(0.24), s(0.71), s(0.16), scale * (detailed ? 0.028 : 0.04));
  // Megaphone: mouthpiece at the raised hand, bell flaring away to the upper left, a rim at the
  // bell and sound waves in front of it so it does not read as a "play" triangle.
  const megaphone = union(
    polygon([
      [s(0.73), s(0.115)],
      [s(0.73), s(0.205)],
      [s(0.54), s(0.29)],
      [s(0.54), s(0.03)],
    ]),
    roundedRect(s(0.5), s(0.01), s(0.56), s(0.31), scale * 0.02),
    roundedRect(s(0.72), s(0.13), s(0.77), s(0.19), scale * 0.015),
  );
  const waves = union(
    arc(s(0.52), s(0.16), scale * 0.08, scale * (detailed ? 0.035 : 0.05)),
    ...(detailed ? [arc(s(0.52), s(0.16), scale * 0.15, scale * 0.035)] : []),
  );
  return { steps: union(...steps), head, body: union(body, arm), megaphone, waves };
}

export function drawColorIcon(): PNG {
  const size = 192;
  // Safe area: 120 px centred → offset 36.
  const m = motif(120, 36, true);
  return render(
    size,
    [
      { shape: m.steps, color: hex('#FFFFFF', 235) },
      { shape: m.body, color: hex('#F5B841') },
      { shape: m.head, color: hex('#F5B841') },
      { shape: m.megaphone, color: hex('#FFFFFF') },
      { shape: m.waves, color: hex('#FFFFFF', 200) },
    ],
    hex(ACCENT),
  );
}

export function drawOutlineIcon(): PNG {
  const size = 32;
  // Outline icons use nearly the full 32 px with a 2 px margin.
  const m = motif(28, 2, false);
  const white = hex('#FFFFFF');
  return render(size, [
    { shape: m.steps, color: white },
    { shape: m.body, color: white },
    { shape: m.head, color: white },
    { shape: m.megaphone, color: white },
    { shape: m.waves, color: white },
  ]);
}

function main(): void {
  const dir = path.resolve(__dirname, '..');
  fs.writeFileSync(path.join(dir, 'color.png'), PNG.sync.write(drawColorIcon()));
  fs.writeFileSync(path.join(dir, 'outline.png'), PNG.sync.write(drawOutlineIcon()));
  console.log(`wrote ${path.join(dir, 'color.png')} and outline.png`);
}

if (require.main === module) main();
