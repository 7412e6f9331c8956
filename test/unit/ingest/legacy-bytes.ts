/** Test helper: encodes text in a single-byte legacy code page by inverting the platform's own decoder. */
export function encodeSingleByte(
  text: string,
  label: 'windows-1256' | 'windows-1252' | 'iso-8859-6',
): Uint8Array {
  const decoder = new TextDecoder(label);
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  const bytes: number[] = [];
  for (const character of text) {
    const byte = byteOf.get(character);
    if (byte === undefined) throw new Error(`${label} cannot encode ${JSON.stringify(character)}`);
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

export function utf16(text: string, order: 'le' | 'be', withBom = true): Uint8Array {
  const bytes: number[] = withBom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const low = code & 0xff;
    const high = code >> 8;
    if (order === 'le') bytes.push(low, high);
    else bytes.push(high, low);
  }
  return Uint8Array.from(bytes);
}
