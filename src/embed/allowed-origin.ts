/**
 * Whether `origin` is on the allow-list: exact origins, or `https://*.example.com` for any
 * subdomain of example.com over https. Anything malformed is refused.
 */
export function isAllowedOrigin(origin: string, allowList: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  return allowList.some((entry) => {
    const wildcard = /^(https):\/\/\*\.([a-z0-9.-]+)$/i.exec(entry);
    if (wildcard)
      return url.protocol === 'https:' && url.hostname.endsWith(`.${wildcard[2]!.toLowerCase()}`) && !url.port;
    return entry === origin;
  });
}
