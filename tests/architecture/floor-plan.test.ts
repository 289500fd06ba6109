import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path/posix';
import { describe, expect, it } from 'vitest';

/**
 * The floor plan of the code (docs/floor-plan.json, drawn in docs/architecture.md) held against the code's
 * own imports: every source file stands on one part, every import from one part into another is an arrow
 * the plan draws (and every arrow drawn is still there), no "never" is broken and the parts form no
 * circle. Adding an import across parts means drawing it in the plan first, where a reviewer sees it.
 */
interface FloorPlan {
  parts: Record<string, { is: string[]; says: string }>;
  arrows: Array<[string, string]>;
  never: Array<[string, string, string]>;
}

const ROOT = join(dirname(new URL(import.meta.url).pathname), '../..');
const plan = JSON.parse(readFileSync(join(ROOT, 'docs/floor-plan.json'), 'utf8')) as FloorPlan;
const SOURCE = /\.(?:ts|mts|mjs|js|astro)$/;
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/g;

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const places = Object.entries(plan.parts).flatMap(([name, part]) => part.is.map((path) => ({ path, name })));

/** The part a file (or an import's target, with or without its extension) stands on: the longest path that holds it. */
function partOf(file: string): string | undefined {
  const holds = (path: string, candidate: string) =>
    path.endsWith('/') ? candidate.startsWith(path) : candidate === path || candidate === path.replace(SOURCE, '');
  return places.filter(({ path }) => holds(path, file)).sort((a, b) => b.path.length - a.path.length)[0]?.name;
}

const files = [...filesUnder('src'), ...filesUnder('scripts'), 'astro.config.mjs'];

/** Every import from one part into another, as "from -> to" with the first file pair that makes it. */
function arrowsInCode(): Map<string, string> {
  const arrows = new Map<string, string>();
  for (const file of files) {
    const from = partOf(file);
    for (const [, specifier = ''] of readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), specifier));
      const to = partOf(target);
      if (from === undefined || to === undefined || to === from) continue;
      if (!arrows.has(`${from} -> ${to}`)) arrows.set(`${from} -> ${to}`, `${file} imports ${target}`);
    }
  }
  return arrows;
}

describe('the floor plan (docs/floor-plan.json)', () => {
  const inCode = arrowsInCode();
  const drawn = new Set(plan.arrows.map(([from, to]) => `${from} -> ${to}`));

  it('places every source file on a part', () => {
    expect(files.filter((file) => partOf(file) === undefined)).toEqual([]);
  });

  it('draws every import from one part into another', () => {
    const undrawn = [...inCode].filter(([arrow]) => !drawn.has(arrow)).map(([arrow, why]) => `${arrow} (${why})`);
    expect(undrawn).toEqual([]);
  });

  it('draws no arrow the code has lost', () => {
    expect([...drawn].filter((arrow) => !inCode.has(arrow))).toEqual([]);
  });

  it('keeps every never', () => {
    const broken = plan.never
      .filter(([from, to]) => inCode.has(`${from} -> ${to}`))
      .map(([from, to, why]) => `${from} -> ${to}: ${inCode.get(`${from} -> ${to}`)}, but ${why}`);
    expect(broken).toEqual([]);
  });

  it('has no circle of parts', () => {
    const next = new Map<string, string[]>();
    for (const arrow of inCode.keys()) {
      const [from = '', to = ''] = arrow.split(' -> ');
      next.set(from, [...(next.get(from) ?? []), to]);
    }
    const circles: string[] = [];
    const visit = (part: string, path: readonly string[]) => {
      if (path.includes(part)) {
        circles.push([...path.slice(path.indexOf(part)), part].join(' -> '));
        return;
      }
      for (const to of next.get(part) ?? []) visit(to, [...path, part]);
    };
    for (const part of Object.keys(plan.parts)) visit(part, []);
    expect(circles).toEqual([]);
  });

  it('keeps the model on the ground floor: it imports no other part', () => {
    expect([...inCode.keys()].filter((arrow) => arrow.startsWith('model -> '))).toEqual([]);
  });
});
