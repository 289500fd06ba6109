import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isRouteLine, passOutput } from '../../scripts/lib/build-output';

describe('the build’s output', () => {
  it('tells Astro’s route lines (plain or coloured) from everything else', () => {
    expect(isRouteLine('  ├─ /facts/tv-remarks/index.html (+12ms)')).toBe(true);
    expect(isRouteLine('14:05:01   └─ /about/index.html (+3ms)')).toBe(true);
    expect(isRouteLine('\u001b[34m▶\u001b[39m src/pages/facts/[id].astro')).toBe(true);
    expect(isRouteLine('  \u001b[32m├─\u001b[39m \u001b[2m/timeline/index.html\u001b[22m (cached)')).toBe(true);
    expect(isRouteLine('⚠ content/facts/tv-remarks.yaml — accounts[2]')).toBe(false);
    expect(isRouteLine('14:05:09 [build] 212 page(s) built in 41.2s')).toBe(false);
  });

  it('passes every other line on, split across chunks, and counts the files written', async () => {
    const from = new PassThrough();
    const to = new PassThrough();
    let written = '';
    to.on('data', (chunk) => (written += String(chunk)));
    const pages = passOutput(from, to, false);
    from.write(' generating static routes \n▶ src/pages/index.astro\n  ├─ /index.html (+1');
    from.write('2ms)\n  └─ /about/index.html (+3ms)\n⚠ a warning\nlast line');
    from.end();
    expect(await pages).toBe(2);
    expect(written).toBe(' generating static routes \n⚠ a warning\nlast line\n');
  });
});
