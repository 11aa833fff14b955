/**
 * Turns a file's bytes into text. Exports are UTF-8; a UTF-8 or UTF-16 byte-order mark is
 * honoured. Anything else that is not valid UTF-8 (a file re-saved as Windows-1252 by a
 * spreadsheet, say) is refused with the line of the first bad byte, rather than imported as
 * garbled titles.
 */
export type Decoded = { ok: true; text: string } | { ok: false; error: 'bad-encoding'; line: number };

export function decodeText(bytes: Uint8Array): Decoded {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (a === 0xfe && b === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(body);
    const bad = loose.indexOf('\uFFFD');
    let line = 1;
    for (let i = 0; i < bad; i++) if (loose.charCodeAt(i) === 10) line++;
    return { ok: false, error: 'bad-encoding', line };
  }
}
