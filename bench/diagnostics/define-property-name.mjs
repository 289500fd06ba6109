/**
 * Why "set TextDecoder" tops the self time of unified builds: unist-util-visit-parents 6 names every
 * visitor it creates, once per node, with `Object.defineProperty(visit, 'name', …)` (for readable stack
 * traces). V8's profiler shows the builtin behind that call as "set TextDecoder". This measures the
 * cost of that one line against creating the same closure without it.
 *
 *   node bench/diagnostics/define-property-name.mjs
 */
import { performance } from 'node:perf_hooks';

const COUNT = 1_000_000;

function named(index) {
  function visit() {
    return index;
  }
  Object.defineProperty(visit, 'name', { value: `node (${index})` });
  return visit;
}

function plain(index) {
  function visit() {
    return index;
  }
  return visit;
}

for (const [label, make] of [
  ['with defineProperty(name)', named],
  ['without', plain],
]) {
  let sum = 0;
  const started = performance.now();
  for (let index = 0; index < COUNT; index++) sum += make(index)();
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms for ${COUNT} visitors (${((ms * 1000) / COUNT).toFixed(3)} µs each)${sum < 0 ? '' : ''}`,
  );
}
