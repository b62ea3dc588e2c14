//! Byte offsets to UTF-16 offsets and back, for the offsets that cross the boundary.
//!
//! JavaScript strings count UTF-16 code units; the core counts bytes. [`Positions`]
//! counts (eight bytes at a time, no char decoding) from the last offset it converted,
//! so the sorted offsets of a report cost about one read of the text; for offsets in any
//! order it can also keep a checkpoint every [`STRIDE`] bytes, so that each converts by
//! counting at most that many bytes. Nothing here panics: out-of-range byte
//! offsets are clamped, and UTF-16 offsets that are out of range or fall inside a
//! surrogate pair convert to `None`.

use std::cell::Cell;

/// Bytes between checkpoints.
pub const STRIDE: usize = 64;

/// UTF-16 length of valid UTF-8 bytes: one unit per char, two for chars of four bytes.
///
/// Eight bytes at a time (SWAR): the length in bytes, less the continuation bytes
/// (`10xxxxxx`), plus one for each leader of a four-byte char (`11110xxx`), counted with
/// masks of each byte's top bits. A byte loop was a tenth of a validation's time.
#[must_use]
pub fn utf16_len(bytes: &[u8]) -> u32 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = to_u32(bytes.len());
    let mut blocks = bytes.chunks_exact(8);
    for block in &mut blocks {
        let v = u64::from_le_bytes(<[u8; 8]>::try_from(block).unwrap_or([0; 8]));
        if v & HIGH == 0 {
            continue;
        }
        // Each byte's bit 7 lines up with its own bits 6, 5 and 4 shifted by 1, 2, 3.
        let continuation = v & !(v << 1) & HIGH;
        let four_byte_leader = v & (v << 1) & (v << 2) & (v << 3) & HIGH;
        n = n - continuation.count_ones() + four_byte_leader.count_ones();
    }
    for &b in blocks.remainder() {
        n = n - u32::from(b & 0xC0 == 0x80) + u32::from(b >= 0xF0);
    }
    n
}

/// Checkpoints of one text: `(byte, utf16)` pairs on char boundaries, ascending.
#[derive(Debug)]
pub struct Positions<'t> {
    text: &'t str,
    checkpoints: Vec<(u32, u32)>,
    /// The last conversion: offsets asked for in ascending order (diagnostics come
    /// sorted) count on from it instead of from a checkpoint.
    last: Cell<(u32, u32)>,
}

impl<'t> Positions<'t> {
    /// Reads `text` once; the checkpoints stop at byte `upto` (offsets past it still
    /// convert, by counting from the last checkpoint or conversion). With `upto` 0 nothing
    /// is read up front: offsets asked for roughly in order (a sorted report's) convert by
    /// counting on, or back, from the one before, so the text is read about once in all.
    #[must_use]
    pub fn new(text: &'t str, upto: usize) -> Self {
        let bytes = text.as_bytes();
        let upto = upto.min(bytes.len());
        let mut checkpoints = Vec::with_capacity(upto / STRIDE + 1);
        checkpoints.push((0, 0));
        let (mut at, mut units) = (0usize, 0u32);
        let mut next = STRIDE;
        while next <= upto {
            // The first char boundary at or after `next`.
            while next < bytes.len() && !text.is_char_boundary(next) {
                next += 1;
            }
            units += utf16_len(bytes.get(at..next).unwrap_or(&[]));
            at = next;
            checkpoints.push((to_u32(at), units));
            next = at + STRIDE;
        }
        Self {
            text,
            checkpoints,
            last: Cell::new((0, 0)),
        }
    }

    /// The UTF-16 offset of byte `offset` (clamped to the text), a char boundary. Counted
    /// from the nearest known point before it: the last conversion or a checkpoint; or
    /// back from the last conversion when that is nearer and after it.
    #[must_use]
    pub fn utf16(&self, offset: u32) -> u32 {
        let offset = (offset as usize).min(self.text.len());
        let bytes = self.text.as_bytes();
        let (last, last_units) = self.last.get();
        let last = last as usize;
        let i = self
            .checkpoints
            .partition_point(|&(b, _)| b as usize <= offset)
            .saturating_sub(1);
        let (mark, mark_units) = self.checkpoints.get(i).copied().unwrap_or((0, 0));
        let mark = mark as usize;
        let units = if (mark..=offset).contains(&last) {
            last_units + utf16_len(bytes.get(last..offset).unwrap_or(&[]))
        } else if last > offset && last - offset < offset - mark {
            last_units.saturating_sub(utf16_len(bytes.get(offset..last).unwrap_or(&[])))
        } else {
            mark_units + utf16_len(bytes.get(mark..offset).unwrap_or(&[]))
        };
        self.last.set((to_u32(offset), units));
        units
    }

    /// The byte offset of UTF-16 offset `offset`, if it is a char boundary of the text.
    #[must_use]
    pub fn byte(&self, offset: u32) -> Option<u32> {
        let i = self
            .checkpoints
            .partition_point(|&(_, u)| u <= offset)
            .saturating_sub(1);
        let (b, mut units) = self.checkpoints.get(i).copied().unwrap_or((0, 0));
        let mut at = b as usize;
        let mut chars = self.text.get(at..)?.chars();
        while units < offset {
            let c = chars.next()?;
            units += to_u32(c.len_utf16());
            at += c.len_utf8();
        }
        (units == offset).then(|| to_u32(at))
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Splits `joined` into consecutive pieces of the given UTF-16 lengths; `None` for a
/// length that runs past the end or stops inside a surrogate pair (the pieces after it
/// are then misaligned, so they are `None` too).
#[must_use]
pub fn split_utf16(joined: &str, lengths: impl IntoIterator<Item = u32>) -> Vec<Option<&str>> {
    let mut out = Vec::new();
    let mut rest = joined;
    let mut aligned = true;
    for len in lengths {
        let end = if aligned {
            utf16_prefix(rest, len)
        } else {
            None
        };
        if let Some((piece, tail)) = end.and_then(|end| Some((rest.get(..end)?, rest.get(end..)?)))
        {
            out.push(Some(piece));
            rest = tail;
        } else {
            aligned = false;
            out.push(None);
        }
    }
    out
}

/// The byte length of the prefix of `s` that is `units` UTF-16 code units long, if any.
/// (Runs of ASCII are skipped a slice at a time; drafts are mostly ASCII.)
/// How many bytes `bytes` starts with that are ASCII, eight at a time.
fn ascii_prefix(bytes: &[u8]) -> usize {
    let mut blocks = bytes.chunks_exact(8);
    let mut n = 0;
    for block in &mut blocks {
        let high = u64::from_le_bytes(<[u8; 8]>::try_from(block).unwrap_or([0x80; 8])) & 0x8080_8080_8080_8080;
        if high != 0 {
            return n + (high.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + blocks.remainder().iter().position(|&b| b >= 0x80).unwrap_or(blocks.remainder().len())
}

fn utf16_prefix(s: &str, units: u32) -> Option<usize> {
    let bytes = s.as_bytes();
    let (mut at, mut counted) = (0usize, 0u32);
    while counted < units {
        let want = (units - counted) as usize;
        let run = bytes.get(at..(at + want).min(bytes.len()))?;
        let ascii = ascii_prefix(run);
        at += ascii;
        counted += to_u32(ascii);
        if counted == units {
            break;
        }
        let lead = *bytes.get(at)?;
        let (width, u) = match lead {
            0xF0.. => (4, 2),
            0xE0.. => (3, 1),
            _ => (2, 1),
        };
        if counted + u > units {
            return None;
        }
        at += width;
        counted += u;
    }
    (at <= bytes.len()).then_some(at)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn should_count_utf16_units_of_every_width() {
        for s in ["", "abc", "é", "“quoted”", "😀", "e\u{301}", "a😀é“"] {
            assert_eq!(
                utf16_len(s.as_bytes()) as usize,
                s.encode_utf16().count(),
                "{s}"
            );
        }
    }

    #[test]
    fn should_map_bytes_to_utf16_and_back() {
        let text = "é😀a";
        let p = Positions::new(text, text.len());
        assert_eq!(
            (p.utf16(0), p.utf16(2), p.utf16(6), p.utf16(7), p.utf16(99)),
            (0, 1, 3, 4, 4)
        );
        let back: Vec<_> = (0..6).map(|u| p.byte(u)).collect();
        assert_eq!(back, [Some(0), Some(2), None, Some(6), Some(7), None]);
    }

    #[test]
    fn should_agree_with_char_counting_across_checkpoints() {
        let text = "“é😀” a\u{301}b ".repeat(40);
        let p = Positions::new(&text, text.len());
        let mut units = 0u32;
        for (i, c) in text.char_indices() {
            assert_eq!(p.utf16(to_u32(i)), units);
            assert_eq!(p.byte(units), Some(to_u32(i)));
            units += to_u32(c.len_utf16());
        }
        assert_eq!(p.utf16(to_u32(text.len())), units);
    }

    #[test]
    fn should_convert_in_any_order_without_checkpoints() {
        let text = "“é😀” a\u{301}b ".repeat(40);
        let expected: Vec<(u32, u32)> = text
            .char_indices()
            .scan(0u32, |units, (i, c)| {
                let at = (to_u32(i), *units);
                *units += to_u32(c.len_utf16());
                Some(at)
            })
            .collect();
        // Forward, backward, and jumping both ways (a sorted report asks roughly in order,
        // with line starts just behind the offset before).
        let p = Positions::new(&text, 0);
        let order = expected
            .iter()
            .chain(expected.iter().rev())
            .chain(expected.iter().step_by(7).rev().step_by(3))
            .chain(expected.iter().step_by(5));
        for &(byte, units) in order {
            assert_eq!(p.utf16(byte), units, "byte {byte}");
        }
    }

    #[test]
    fn should_measure_ascii_prefixes_across_blocks() {
        for text in ["", "abc", "abcdefgh", "abcdefghé", "abcdefghijklmnop😀", "é", "ab“cd", "0123456789abcdef"] {
            let naive = text.bytes().position(|b| b >= 0x80).unwrap_or(text.len());
            assert_eq!(super::ascii_prefix(text.as_bytes()), naive, "{text:?}");
        }
    }

    #[test]
    fn should_count_utf16_units_as_javascript_does() {
        for text in ["", "a", "abcdefgh", "“quoted” café", "emoji 😀 and 👍🏽 here, more text to fill blocks", "é", "😀😀😀", "ab\u{301}c ñ ü 中文 𝄞"] {
            let expected = text.encode_utf16().count() as u32;
            assert_eq!(utf16_len(text.as_bytes()), expected, "{text:?}");
            for (i, _) in text.char_indices() {
                assert_eq!(utf16_len(&text.as_bytes()[..i]), text[..i].encode_utf16().count() as u32, "{text:?} up to {i}");
            }
        }
    }

    #[test]
    fn should_split_by_utf16_lengths() {
        assert_eq!(
            split_utf16("ab😀c", [1, 3, 1]),
            vec![Some("a"), Some("b😀"), Some("c")]
        );
        assert_eq!(split_utf16("😀c", [1, 1]), vec![None, None]);
        assert_eq!(split_utf16("ab", [1, 5]), vec![Some("a"), None]);
        assert_eq!(
            split_utf16("“é” x😀", [3, 2, 2, 0]),
            vec![Some("“é”"), Some(" x"), Some("😀"), Some("")]
        );
        assert_eq!(split_utf16("", [0, 1]), vec![Some(""), None]);
    }
}
