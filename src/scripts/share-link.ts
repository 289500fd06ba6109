/** Hands a link to the reader: the share sheet on touch devices, else the clipboard, else the URL bar. */

export type ShareOutcome = 'shared' | 'copied' | 'in-address-bar';

/** Touch-first devices expect the system share sheet; desktops expect "copy". */
const prefersShareSheet = (): boolean =>
  typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;

/** Copies through a selected text field, for browsers without the Clipboard API (e.g. plain http). */
function copyBySelection(value: string): boolean {
  const active = document.activeElement as HTMLElement | null;
  const field = document.createElement('input');
  field.value = value;
  field.readOnly = true;
  field.style.cssText = 'position:fixed;top:0;left:0;opacity:0';
  document.body.append(field);
  field.select();
  let copied = false;
  try {
    // Deprecated, but still the only way to copy where the Clipboard API is missing.
    copied = (document as { execCommand(command: string): boolean }).execCommand('copy');
  } catch {
    // Not supported: the caller falls back to the address bar.
  }
  field.remove();
  active?.focus({ preventScroll: true });
  return copied;
}

export async function shareLink(url: string, id: string): Promise<ShareOutcome> {
  if (prefersShareSheet()) {
    try {
      await navigator.share({ url, title: document.title });
      return 'shared';
    } catch {
      // Dismissed or refused: copying still gives the reader the link.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    // No Clipboard API (insecure context) or permission denied.
  }
  if (copyBySelection(url)) return 'copied';
  // Last resort: put the link in the address bar, where the reader can copy it.
  location.hash = id;
  return 'in-address-bar';
}
