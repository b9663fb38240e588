// what XML 1.0 cannot hold at all (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * A string XML 1.0 can hold: characters it forbids outright are dropped, since no escape makes them
 * legal and one of them would make the whole GraphML or GEXF document unreadable.
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}
