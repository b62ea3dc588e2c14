// A cheap 32-bit FNV-1a hash of strings, used only to tell whether the document changed
// since the last check (so an unchanged document is neither re-read in full nor
// re-validated). It is not cryptographic and not meant to be stored.

/** Hashes any number of strings (each followed by a separator, so ["ab","c"] != ["a","bc"]). */
export function hashStrings(...parts) {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = part ?? '\u0000';
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xffff; // separator
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + ':' + parts.reduce((n, p) => n + (p?.length ?? 0), 0);
}
