import { withBase } from '../model/paths';

/** A site-relative path as an address under the configured base path. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
