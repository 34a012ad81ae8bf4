import { flatCopy } from '../flat-copy';

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();
/** One byte buffer for every sentence: a copy is decoded out of it before the next is encoded. */
let bytes = new Uint8Array(1024);

/**
 * A flat copy of a sentence for claim reading, one byte per character when its characters allow
 * (see `flatCopy`). Most sentences are ASCII: their UTF-8 bytes are their characters, and decoding
 * them makes a one-byte string in about half the time of the JSON round trip, with no intermediate
 * strings. Other sentences take the round trip.
 */
export function sentenceCopy(text: string): string {
  // Every character is at least one UTF-8 byte: a buffer this long takes an ASCII text whole.
  if (bytes.length < text.length) bytes = new Uint8Array(text.length * 2);
  const { read, written } = ENCODER.encodeInto(text, bytes);
  // Fewer bytes than characters cannot happen; as many, with the whole text read, means all ASCII.
  return read === text.length && written === text.length ? DECODER.decode(bytes.subarray(0, written)) : flatCopy(text);
}
