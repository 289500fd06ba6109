/** How much of the file is looked at to tell UTF-16 from binary. */
const SAMPLE_BYTES = 4096;

/**
 * `UTF-16LE` / `UTF-16BE` when the bytes are UTF-16 text: a byte-order mark, or (without one) a NUL in
 * every other byte, as mostly-Latin text in UTF-16 has, and the whole decodes as UTF-16. Binary files
 * have NULs scattered anywhere. The importer and the content loader both ask this one function.
 */
export function utf16Form(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  if (sample.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  sample.forEach((byte, i) => {
    if (byte === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  });
  const pairs = sample.length / 2;
  // A few characters of the other kind (U+0100, U+4E00 …) put a NUL on the other side too.
  const form =
    odd >= pairs / 2 && even <= odd / 10 ? 'UTF-16LE' : even >= pairs / 2 && odd <= even / 10 ? 'UTF-16BE' : undefined;
  if (!form || bytes.length % 2 !== 0) return undefined;
  try {
    new TextDecoder(form.toLowerCase(), { fatal: true }).decode(bytes);
    return form;
  } catch {
    return undefined;
  }
}
