/**
 * `Content-Disposition: attachment` with the Japanese file name as RFC 5987 `filename*` and an
 * ASCII `filename` for clients that do not read it. Quotes, backslashes and control characters
 * are kept out of the fallback, so the header cannot be broken by a unit name.
 */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\;]/g, "_");
  // encodeURIComponent leaves ' ( ) * ! unescaped; RFC 5987's attr-char does not allow them.
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
