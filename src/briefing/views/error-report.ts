/** Where readers send errors they find: an e-mail address or a web form, set by the publisher. */
export interface ErrorReportContact {
  href: string;
  /** What the link says: the address itself for e-mail, the host for a form. */
  text: string;
}

/**
 * The contact for reporting errors, from the `contact` setting in content/briefing.yaml (`mailto:` or
 * `https:` only, since it becomes a link on the About page); undefined when it is not set.
 */
export function errorReportContact(setting: string | undefined): ErrorReportContact | undefined {
  const value = setting?.trim();
  if (!value) return undefined;
  let address: URL;
  try {
    address = new URL(value);
  } catch {
    throw new Error(
      `The contact setting is "${value}", which is not an address: give mailto:editors@example.org or an https:// form address.`,
    );
  }
  if (address.protocol === 'mailto:' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(address.pathname)))
    return { href: address.href, text: decodeURIComponent(address.pathname) };
  if (address.protocol === 'https:') return { href: address.href, text: address.host };
  throw new Error(
    `The contact setting is "${value}": only a mailto: address (mailto:editors@example.org) or an https:// form address can be linked.`,
  );
}
