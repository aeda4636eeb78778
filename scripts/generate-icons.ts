// `npx tsx scripts/generate-icons.ts`: draws manifest/color.png (192×192, a white speech bubble with
// a tick on the accent colour) and manifest/outline.png (32×32, the same bubble in white on
// transparent, the tick cut out), the two icons Teams requires. Run it again only to change them.
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { iconSizes } from './lib/teams-manifest.js';

type Point = { x: number; y: number };
/** A shape in unit coordinates (0..1 across the icon): true where the point is inside. */
type Shape = (p: Point) => boolean;

const roundedRect =
  (left: number, top: number, right: number, bottom: number, radius: number): Shape =>
  ({ x, y }) => {
    const dx = Math.max(left + radius - x, 0, x - (right - radius));
    const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
    return x >= left && x <= right && y >= top && y <= bottom && dx * dx + dy * dy <= radius * radius;
  };

const triangle =
  (a: Point, b: Point, c: Point): Shape =>
  (p) => {
    const side = (from: Point, to: Point) => (to.x - from.x) * (p.y - from.y) - (to.y - from.y) * (p.x - from.x);
    const [ab, bc, ca] = [side(a, b), side(b, c), side(c, a)];
    return (ab >= 0 && bc >= 0 && ca >= 0) || (ab <= 0 && bc <= 0 && ca <= 0);
  };

/** A stroke of the given width along the segment from a to b, with round ends. */
const stroke =
  (a: Point, b: Point, width: number): Shape =>
  (p) => {
    const [vx, vy] = [b.x - a.x, b.y - a.y];
    const t = Math.min(1, Math.max(0, ((p.x - a.x) * vx + (p.y - a.y) * vy) / (vx * vx + vy * vy)));
    const [nx, ny] = [a.x + t * vx - p.x, a.y + t * vy - p.y];
    return nx * nx + ny * ny <= (width / 2) ** 2;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (p) =>
    shapes.some((shape) => shape(p));

const bubble = union(roundedRect(0.18, 0.22, 0.82, 0.66, 0.1), triangle({ x: 0.3, y: 0.6 }, { x: 0.5, y: 0.6 }, { x: 0.26, y: 0.82 }));
const tick = union(stroke({ x: 0.35, y: 0.44 }, { x: 0.46, y: 0.54 }, 0.07), stroke({ x: 0.46, y: 0.54 }, { x: 0.66, y: 0.34 }, 0.07));

type Rgba = [number, number, number, number];
const accent: Rgba = [0x1f, 0x5f, 0x99, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [255, 255, 255, 0];

/** Renders `colourAt` with 8×8 samples a pixel, so edges are smooth at 32 pixels too. */
function render(size: number, colourAt: (p: Point) => Rgba): PNG {
  const png = new PNG({ width: size, height: size });
  const samples = 8;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum: Rgba = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = colourAt({ x: (px + (sx + 0.5) / samples) / size, y: (py + (sy + 0.5) / samples) / size });
          // Premultiplied, so transparent samples do not darken the edge.
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = sum[3] / samples ** 2;
      for (let channel = 0; channel < 3; channel++) {
        png.data[offset + channel] = alpha === 0 ? 255 : Math.round((sum[channel] as number) / sum[3]);
      }
      png.data[offset + 3] = Math.round(alpha);
    }
  }
  return png;
}

const colour = render(iconSizes.color, (p) => (tick(p) ? accent : bubble(p) ? white : accent));
const outline = render(iconSizes.outline, (p) => (bubble(p) && !tick(p) ? white : clear));

const manifestDir = path.resolve(import.meta.dirname, '../manifest');
fs.writeFileSync(path.join(manifestDir, 'color.png'), PNG.sync.write(colour));
fs.writeFileSync(path.join(manifestDir, 'outline.png'), PNG.sync.write(outline));
console.log('generate-icons: wrote manifest/color.png and manifest/outline.png');
