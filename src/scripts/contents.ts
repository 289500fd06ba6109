/**
 * Marks the section being read in the "On this page" contents (`aria-current="true"`): the last
 * section whose heading has scrolled past the top fifth of the window. Without script the contents
 * are plain links.
 */
export function initContents(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  if (links.length === 0) return;
  const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))];
  const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  let scheduled = false;
  const update = () => {
    scheduled = false;
    const line = innerHeight / 5;
    let current: string | undefined;
    for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading.id;
    for (const link of links) {
      if (decodeURIComponent(link.hash.slice(1)) === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  addEventListener(
    'scroll',
    () => {
      if (!scheduled) requestAnimationFrame(update);
      scheduled = true;
    },
    { passive: true },
  );
  update();
}
