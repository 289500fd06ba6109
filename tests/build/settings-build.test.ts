/**
 * The briefing's names come from content/briefing.yaml and its address from --site, not from code:
 * a copy of the project given another story's settings and a real address builds pages, feed and
 * calendar under those names, with no warning at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist-files';
import { copyProject } from '../support/project-copy';

let project: ReturnType<typeof copyProject>;
let output = '';
const SETTINGS = [
  'title: Harbour dredging and the port budget',
  'tagline: Dredging · the port · the budget',
  'language: fr',
  'sourceLanguages: [fr, en]',
  '',
].join('\n');

beforeAll(() => {
  project = copyProject();
  project.write('content/briefing.yaml', SETTINGS);
  const result = project.build('--site', 'https://port.example.net');
  output = result.output;
  expect(result.status, result.output).toBe(0);
});
afterAll(() => project?.remove());

const dist = (file: string) => readFileSync(join(project.path('dist'), file), 'utf8');

describe('a build with other settings and a real address', () => {
  it('names the site, feed and calendar after the settings, and never after the seeds’ story', () => {
    const home = dist('index.html');
    expect(home).toContain(
      '<meta property="og:site_name" content="Harbour dredging and the port budget — a source briefing">',
    );
    expect(home).toMatch(/<span class="site-name__topic"[^>]*>Dredging · the port · the budget<\/span>/u);
    expect(dist('updates.xml')).toContain('<title>Harbour dredging and the port budget — briefing updates</title>');
    expect(dist('timeline.ics')).toContain('X-WR-CALNAME:Harbour dredging and the port budget — timeline');
    for (const page of htmlPages(project.path('dist'))) {
      const head = dist(page).split('<main')[0] ?? '';
      expect(head, page).not.toMatch(/Takaichi, Taiwan and the alliance|Takaichi · Taiwan · the alliance/u);
    }
  });

  it('writes the pages in the settings’ language', () => {
    expect(dist('index.html')).toMatch(/^<!DOCTYPE html><html lang="fr"/iu);
    expect(dist('index.html')).toContain('<meta property="og:locale" content="fr">');
  });

  it('prints no warning at all', () => {
    expect(output).not.toMatch(/\[WARN\]|npm warn|EBADENGINE|MODULE_LEVEL_DIRECTIVE|Shiki/iu);
    expect(output).toMatch(/published to dist\//u);
  });
});

describe('bad settings', () => {
  it('are refused by the content check, naming the file, the field and the fix, and nothing is published', () => {
    const copy = copyProject();
    try {
      copy.write(
        'content/briefing.yaml',
        'title: A story\ntagline: Key words\nlanguage: French\nsourceLanguages: [fr]\n',
      );
      const result = copy.build();
      expect(result.status).toBe(1);
      expect(result.output).toMatch(
        /✗ content\/briefing\.yaml — language \(value: "French"\)\n {4}a language is a BCP 47 tag\n {4}→ e\.g\. en, ja or en-GB/u,
      );
      expect(result.output).toMatch(/Nothing was published/u);
    } finally {
      copy.remove();
    }
  });
});
