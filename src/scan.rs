//! Small text scanners shared by the rules.
//!
//! How a paragraph ends (its closing punctuation behind any closing quotes), the
//! stretches of a paragraph outside converter marks, word iteration with spans, case
//! conversion for fixes, and the scans that visit every byte of a draft: masks of
//! sixteen bytes at a time ([`blocks`]), pairs of spaces, spaces before punctuation, cue
//! words in the operative part; and one out-of-line copy of the library searches and
//! comparisons that many places repeat (memchr, substrings, ASCII case, numbers), which
//! inlined would be copied into each (see BENCHMARKS.md, "Fourth round"). They read text;
//! they report nothing.

use crate::syntax::{to_u32, Document, Paragraph, TextRange};

// --- library calls, out of line -----------------------------------------------------
//
// Stand-ins for library calls that the compiler copies into every place that makes
// them: memchr's searches, SIMD loops and all (26 copies of memchr's loop and 12 of
// memchr2's, about 14 KB of the WebAssembly module before `wasm-opt`), ASCII case
// comparisons, number parsing, the two-way substring searcher. Here each is one copy
// and a call, which no measurement could tell apart. `tests/scanners.rs` checks each
// against the call it stands in for.

/// `haystack.find(needle)` for the short literal needles of the rules: the first byte
/// is found with memchr and the rest compared. (`str::find` and `str::contains` with a
/// `&str` set up a two-way searcher per call, and that searcher was 3 KB of the
/// WebAssembly module for a handful of calls.) Time is at most the haystack's length
/// times the needle's.
///
/// ```
/// assert_eq!(resolint::scan::find("to be held at", "held"), Some(6));
/// assert_eq!(resolint::scan::find("to be held", "heed"), None);
/// ```
#[must_use]
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return Some(0) };
    memchr_iter(first, h).find(|&at| h.get(at..).is_some_and(|rest| rest.starts_with(n)))
}

/// `s.trim_start_matches(prefix)` for a literal prefix, without the two-way searcher
/// (see [`find`]).
#[must_use]
pub fn trim_start_all<'s>(mut s: &'s str, prefix: &str) -> &'s str {
    while let Some(rest) = s.strip_prefix(prefix).filter(|_| !prefix.is_empty()) {
        s = rest;
    }
    s
}

/// `s.trim_end_matches(suffix)` for a literal suffix, without the two-way searcher.
#[must_use]
pub fn trim_end_all<'s>(mut s: &'s str, suffix: &str) -> &'s str {
    while let Some(rest) = s.strip_suffix(suffix).filter(|_| !suffix.is_empty()) {
        s = rest;
    }
    s
}

/// Whether `s` has a lower-case letter (`s.chars().any(char::is_lowercase)`), in one
/// place rather than inlined at nine.
#[inline(never)]
#[must_use]
pub fn has_lowercase(s: &str) -> bool {
    s.chars().any(char::is_lowercase)
}

/// `a.eq_ignore_ascii_case(b)`, not inlined: the standard library's was 150 to 550
/// bytes of the WebAssembly module at each of sixteen places.
#[inline(never)]
#[must_use]
pub fn eq_ascii_case(a: &[u8], b: &[u8]) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// `s.parse::<u32>().ok()`, not inlined (it was, at a dozen places).
#[inline(never)]
#[must_use]
pub fn number(s: &str) -> Option<u32> {
    s.parse().ok()
}

/// `memchr::memchr`, not inlined.
#[inline(never)]
#[must_use]
pub fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    memchr::memchr(needle, haystack)
}

/// `memchr::memchr2`, not inlined.
#[inline(never)]
#[must_use]
pub fn memchr2(a: u8, b: u8, haystack: &[u8]) -> Option<usize> {
    memchr::memchr2(a, b, haystack)
}

/// `memchr::memchr3`, not inlined.
#[inline(never)]
#[must_use]
pub fn memchr3(a: u8, b: u8, c: u8, haystack: &[u8]) -> Option<usize> {
    memchr::memchr3(a, b, c, haystack)
}

/// The offsets of `needle` in `haystack`, in order (`memchr::memchr_iter`).
pub fn memchr_iter(needle: u8, haystack: &[u8]) -> impl Iterator<Item = usize> + '_ {
    matches_of(haystack, move |rest| memchr(needle, rest))
}

/// The offsets of `a` or `b` in `haystack`, in order (`memchr::memchr2_iter`).
pub fn memchr2_iter(a: u8, b: u8, haystack: &[u8]) -> impl Iterator<Item = usize> + '_ {
    matches_of(haystack, move |rest| memchr2(a, b, rest))
}

/// The offsets of `a`, `b` or `c` in `haystack`, in order (`memchr::memchr3_iter`).
pub fn memchr3_iter(a: u8, b: u8, c: u8, haystack: &[u8]) -> impl Iterator<Item = usize> + '_ {
    matches_of(haystack, move |rest| memchr3(a, b, c, rest))
}

/// Every match of `find` in `haystack`, each search starting after the last match.
fn matches_of<'h>(haystack: &'h [u8], find: impl Fn(&[u8]) -> Option<usize> + 'h) -> impl Iterator<Item = usize> + 'h {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + find(haystack.get(from..)?)?;
        from = at + 1;
        Some(at)
    })
}

/// How a clause ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// "…;"
    Semicolon,
    /// "…; and" (or "; y", "; e", "; et", and "; and,")
    SemicolonAnd,
    /// "…, and" / "…, y": a tolerated variant of "; and"
    CommaAnd,
    Comma,
    Period,
    Colon,
    /// No closing punctuation.
    Nothing,
}

/// The ending of a paragraph's content and the span of its punctuation (for fixes; for
/// `Nothing` an empty span where punctuation belongs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tail {
    pub ending: Ending,
    pub span: TextRange,
}

const CLOSERS: [char; 5] = ['”', '"', '’', '\'', '»'];

/// Reads how `content` (a paragraph's content span) ends. `and` is the language's
/// conjunction. Closing quotes after the punctuation are looked through.
#[must_use]
pub fn tail(text: &str, content: TextRange, and: &str) -> Tail {
    let s = content.slice(text);
    let core = strip_closers(s);
    let base = content.start;
    let end = base + to_u32(core.len());
    let at = |from: usize, to: usize| TextRange::new(base + to_u32(from), base + to_u32(to));
    // "; and", "; and,", ", and"
    let trimmed = core.trim_end_matches(',');
    let with_comma = trimmed.len() != core.len();
    if let Some(before) = strip_suffix_word(trimmed, and) {
        let before_trim = before.trim_end();
        if let Some(stripped) = before_trim.strip_suffix(';') {
            return Tail { ending: Ending::SemicolonAnd, span: at(stripped.len(), core.len()) };
        }
        if let Some(stripped) = before_trim.strip_suffix(',') {
            if !with_comma {
                return Tail { ending: Ending::CommaAnd, span: at(stripped.len(), core.len()) };
            }
        }
    }
    let last = core.chars().next_back();
    let ending = match last {
        Some(';') => Ending::Semicolon,
        Some(',') => Ending::Comma,
        Some('.') => Ending::Period,
        Some(':') => Ending::Colon,
        _ => return Tail { ending: Ending::Nothing, span: TextRange::empty(base + to_u32(s.len())) },
    };
    Tail { ending, span: TextRange::new(end - 1, end) }
}

/// `s` without the closing quotes at its end (punctuation may stand inside them).
fn strip_closers(s: &str) -> &str {
    s.trim_end_matches(CLOSERS)
}

/// `s` without a final whole word `word` (case-insensitive) and the space before it.
fn strip_suffix_word<'s>(s: &'s str, word: &str) -> Option<&'s str> {
    let s = s.trim_end();
    if s.len() < word.len() || !s.is_char_boundary(s.len() - word.len()) {
        return None;
    }
    let (before, last) = s.split_at(s.len() - word.len());
    (eq_ascii_case(last.as_bytes(), word.as_bytes()) && before.ends_with(char::is_whitespace)).then_some(before)
}

/// The stretches of `para`'s span that lie outside its converter and footnote marks.
pub fn segments<'p>(para: &'p Paragraph) -> impl Iterator<Item = TextRange> + 'p {
    let mut pos = para.range.start;
    let mut marks = para.marks.iter();
    let mut done = false;
    std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        match marks.next() {
            Some(m) => {
                let seg = TextRange::new(pos, m.range.start.max(pos));
                pos = m.range.end.max(pos);
                if !seg.is_empty() {
                    return Some(seg);
                }
            }
            None => {
                done = true;
                let seg = TextRange::new(pos, para.range.end.max(pos));
                return (!seg.is_empty()).then_some(seg);
            }
        }
    })
}

/// Words (runs of letters, digits, apostrophes and inner hyphens) in `range`, with spans.
/// Byte-level with an ASCII fast path: this runs over every paragraph.
pub fn words(text: &str, range: TextRange) -> impl Iterator<Item = (&str, TextRange)> + '_ {
    let s = range.slice(text);
    let base = range.start;
    let bytes = s.as_bytes();
    let mut i = 0;
    // The char at `i` and its length, and whether it is a word character.
    let at = move |i: usize| -> (char, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (char::from(b), 1)
        } else {
            s[i..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8()))
        }
    };
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let (c, len) = at(i);
            if c.is_alphanumeric() {
                break;
            }
            i += len;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() {
            let (c, len) = at(i);
            let inner_mark = matches!(c, '\'' | '’' | '-') && i + len < bytes.len() && at(i + len).0.is_alphanumeric();
            if !(c.is_alphanumeric() || inner_mark) {
                break;
            }
            i += len;
        }
        Some((&s[start..i], TextRange::new(base + to_u32(start), base + to_u32(i))))
    })
}

/// Where any of `needles` occurs inside `spans` of `text` (byte offsets of the matches,
/// in order when the spans are).
#[must_use]
pub fn occurrences(text: &str, spans: impl IntoIterator<Item = TextRange>, needles: &[&str]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut found = Vec::new();
    for span in spans {
        for needle in needles {
            found.extend(find_all(span.slice(text).as_bytes(), needle.as_bytes()).into_iter().map(|i| span.start + to_u32(i)));
        }
        crate::sort::by_key(&mut found, |&i| u64::from(i));
        out.append(&mut found);
    }
    out
}

/// Where `needle` occurs in `haystack`, in order, without overlaps.
///
/// The needle's two rarest bytes (by their frequency in running text) are compared
/// sixteen positions at a time ([`blocks`]), and only where both match is the whole
/// needle compared. (memchr's substring search was a sixth of a validation in
/// WebAssembly: its prefilter stops too often in prose.)
#[must_use]
pub fn find_all(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let Some(last) = haystack.len().checked_sub(needle.len()) else { return out };
    let (i, j) = rare_pair(needle);
    let (Some(&bi), Some(&bj)) = (needle.get(i), needle.get(j)) else { return out };
    let mut allowed = 0;
    let mut check = |at: usize, out: &mut Vec<usize>| {
        if at >= allowed && haystack.get(at..at + needle.len()) == Some(needle) {
            out.push(at);
            allowed = at + needle.len();
        }
    };
    // Whole blocks: both loads in bounds, no padding to handle.
    let mut base = 0;
    while let (Some(a), Some(b)) = (haystack.get(base + i..).and_then(<[u8]>::first_chunk::<16>), haystack.get(base + j..).and_then(<[u8]>::first_chunk::<16>)) {
        let mut mask = blocks::equal(a, bi) & blocks::equal(b, bj);
        while mask != 0 {
            check(base + mask.trailing_zeros() as usize, &mut out);
            mask &= mask - 1;
        }
        base += 16;
    }
    // The last few positions, one by one.
    for at in base..=last {
        if haystack[at + i] == bi && haystack[at + j] == bj {
            check(at, &mut out);
        }
    }
    out
}

/// The positions in `needle` of its two rarest bytes in prose (the first and the last
/// byte for a needle of one byte).
fn rare_pair(needle: &[u8]) -> (usize, usize) {
    // Letters from the most frequent in English, Spanish and Portuguese prose to the least;
    // bytes of other characters (accents are UTF-8 pairs) and capitals are rarer still.
    const FREQUENT: &[u8] = b" eaosrnitldcumphgbfvyqwkjxz";
    let rank = |b: u8| FREQUENT.iter().position(|&f| f == b).map_or(0, |p| FREQUENT.len() - p);
    // The rarest byte, then the rarest of the others (no sort: a few bytes, and a sort
    // would add kilobytes to the WebAssembly module).
    let rarest = |skip: Option<usize>| (0..needle.len()).filter(|&k| Some(k) != skip).min_by_key(|&k| rank(needle[k]));
    let a = rarest(None).unwrap_or(0);
    let b = rarest(Some(a)).unwrap_or(a);
    (a.min(b), a.max(b))
}

/// The stretches of `doc` that hold its operative paragraphs: one per section, from the
/// start of its first operative paragraph to the end of its last.
pub fn operative_spans<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = TextRange> + 'd {
    doc.body.sections.iter().filter_map(|s| {
        let first = doc.para(s.operative.first()?.para).content;
        let last = doc.para(s.operative.last()?.para).content;
        Some(TextRange::new(first.start, last.end.max(first.start)))
    })
}

/// Where spaces stray in `text`, found in one pass of sixteen bytes at a time
/// ([`blocks`]): where two spaces in a row start (a run of three gives two places), and,
/// with `before_marks`, where a space stands just before "," ";" ":" ".".
#[must_use]
pub fn stray_spaces(text: &str, before_marks: bool) -> StraySpaces {
    let bytes = text.as_bytes();
    let mut found = StraySpaces::default();
    let mut last_was_space = false;
    let mut base = 0;
    while base < bytes.len() {
        let block = blocks::at(bytes, base);
        let spaces = u32::from(blocks::equal(&block, b' '));
        // Bit k of `after_space`: the byte before byte k is a space. Most blocks have
        // spaces but no pair and no mark after a space: they record nothing.
        let after_space = (spaces << 1) | u32::from(last_was_space);
        let double = spaces & after_space;
        let marks = if before_marks && after_space != 0 { u32::from(blocks::any_of(&block, b",;:.")) & after_space } else { 0 };
        if (double | marks) != 0 {
            for (mut mask, out) in [(double, &mut found.double), (marks, &mut found.before_marks)] {
                while mask != 0 {
                    // The space is the byte before the one the bit marks.
                    out.push(to_u32(base + mask.trailing_zeros() as usize) - 1);
                    mask &= mask - 1;
                }
            }
        }
        last_was_space = spaces & 0x8000 != 0;
        base += 16;
    }
    found
}

/// What [`stray_spaces`] finds: byte offsets of spaces, in order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct StraySpaces {
    /// Each space followed by another space.
    pub double: Vec<u32>,
    /// Each space followed by "," ";" ":" ".".
    pub before_marks: Vec<u32>,
}

/// The positions of the sorted `positions` that fall inside `range`.
#[must_use]
pub fn within(positions: &[u32], range: TextRange) -> &[u32] {
    let from = positions.partition_point(|&p| p < range.start);
    let to = positions.partition_point(|&p| p < range.end);
    positions.get(from..to.max(from)).unwrap_or(&[])
}

/// Masks of 16-byte blocks (bit k for byte k), for the scans that visit every byte of a
/// draft: one vector comparison covers a block. The WebAssembly package (built with
/// `simd128`) uses the `core::arch::wasm32` intrinsics; every other build uses the
/// `wide` crate's portable vectors (SSE2 on x86-64, NEON on ARM, arrays elsewhere),
/// which keep this crate free of `unsafe`.
pub mod blocks {
    /// The sixteen bytes of `bytes` from `at`; past the end, `x`, which no scan looks
    /// for (not a space, control character, mark, capital or part of a UTF-8 sequence).
    #[must_use]
    pub fn at(bytes: &[u8], at: usize) -> [u8; 16] {
        let rest = bytes.get(at..).unwrap_or(&[]);
        rest.first_chunk::<16>().copied().unwrap_or_else(|| {
            let mut block = [b'x'; 16];
            block[..rest.len()].copy_from_slice(rest);
            block
        })
    }

    /// Bytes below `limit` (`limit` at most 0x80, so parts of UTF-8 sequences never match).
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    #[must_use]
    pub fn below(block: &[u8; 16], limit: u8) -> u16 {
        use core::arch::wasm32::{u8x16_bitmask, u8x16_lt, u8x16_splat};
        u8x16_bitmask(u8x16_lt(load(block), u8x16_splat(limit)))
    }

    /// Bytes equal to `byte`.
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    #[must_use]
    pub fn equal(block: &[u8; 16], byte: u8) -> u16 {
        use core::arch::wasm32::{u8x16_bitmask, u8x16_eq, u8x16_splat};
        u8x16_bitmask(u8x16_eq(load(block), u8x16_splat(byte)))
    }

    /// Bytes equal to any of `bytes`.
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    #[must_use]
    pub fn any_of(block: &[u8; 16], bytes: &[u8]) -> u16 {
        use core::arch::wasm32::{u8x16_bitmask, u8x16_eq, u8x16_splat, v128_or};
        let v = load(block);
        u8x16_bitmask(bytes.iter().fold(u8x16_splat(0), |acc, &b| v128_or(acc, u8x16_eq(v, u8x16_splat(b)))))
    }

    /// ASCII capital letters.
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    #[must_use]
    pub fn capitals(block: &[u8; 16]) -> u16 {
        use core::arch::wasm32::{u8x16_bitmask, u8x16_lt, u8x16_splat, u8x16_sub};
        u8x16_bitmask(u8x16_lt(u8x16_sub(load(block), u8x16_splat(b'A')), u8x16_splat(26)))
    }

    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    fn load(b: &[u8; 16]) -> core::arch::wasm32::v128 {
        // Sixteen lanes from sixteen bytes: compiled to one unaligned load.
        core::arch::wasm32::u8x16(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15])
    }

    /// The high bit of each lane, lane k to bit k.
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    fn mask(v: wide::u8x16) -> u16 {
        // Sixteen lanes: the upper bits of the i32 are zero.
        v.move_mask() as u16
    }

    /// Bytes below `limit` (`limit` at most 0x80, so parts of UTF-8 sequences never match).
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    #[must_use]
    pub fn below(block: &[u8; 16], limit: u8) -> u16 {
        use wide::u8x16;
        let v = u8x16::new(*block);
        // `wide` has no unsigned "less than": v < limit exactly where max(v, limit) ≠ v.
        !mask(v.max(u8x16::splat(limit)).cmp_eq(v))
    }

    /// Bytes equal to `byte`.
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    #[must_use]
    pub fn equal(block: &[u8; 16], byte: u8) -> u16 {
        use wide::u8x16;
        mask(u8x16::new(*block).cmp_eq(u8x16::splat(byte)))
    }

    /// Bytes equal to any of `bytes`.
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    #[must_use]
    pub fn any_of(block: &[u8; 16], bytes: &[u8]) -> u16 {
        use wide::u8x16;
        let v = u8x16::new(*block);
        mask(bytes.iter().fold(u8x16::splat(0), |acc, &b| acc | v.cmp_eq(u8x16::splat(b))))
    }

    /// ASCII capital letters.
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    #[must_use]
    pub fn capitals(block: &[u8; 16]) -> u16 {
        use wide::u8x16;
        // "A"..="Z" move to 0..=25, every other byte wraps to 26 or more.
        let shifted = u8x16::new(*block) - u8x16::splat(b'A');
        !mask(shifted.max(u8x16::splat(26)).cmp_eq(shifted))
    }
}

/// Whether two words are equal ignoring case, without allocating.
#[must_use]
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return eq_ascii_case(a.as_bytes(), b.as_bytes());
    }
    a.chars().map(crate::lang::case::lower).eq(b.chars().map(crate::lang::case::lower))
}

/// The first word of a paragraph's text after its label (if any) and any bookmark.
#[must_use]
pub fn opening_word<'t>(doc: &'t Document<'_>, para: &Paragraph) -> Option<(&'t str, TextRange)> {
    let from = para.label().filter(|l| !l.is_virtual).map_or(para.content.start, |l| l.separator.end);
    let range = TextRange::new(from, para.content.end.max(from));
    let seg = segments(para).filter_map(|s| {
        let start = s.start.max(range.start);
        (start < s.end.min(range.end)).then(|| TextRange::new(start, s.end.min(range.end)))
    });
    seg.flat_map(|s| words(doc.text, s)).next()
}

/// The part of `content` on its first line: where a diagnostic about a whole paragraph
/// points, so that a long paragraph is not underlined from end to end.
#[must_use]
pub fn first_line(doc: &Document<'_>, content: TextRange) -> TextRange {
    let line = doc.line_index.line_range(doc.text, doc.line_index.line_of(content.start));
    TextRange::new(content.start, line.end.min(content.end).max(content.start))
}

/// Upper-cases `s` (for fixes that capitalise a lead word or keyword).
#[must_use]
pub fn upper(s: &str) -> String {
    crate::lang::case::to_upper(s)
}

/// The English ordinal of `n` ("1st", "2nd", "3rd", "4th").
#[must_use]
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_find_short_needles_as_str_find_does() {
        for text in ["", "REGULAR SESSION", "FIFTY-FOURTH REGULAR SESSION", "REGULAR SESSIO", "SESSION ORDINAIRE", "QUINCUAGESIMO PERIODO ORDINARIO DE SESIONES", "PERIODO", "REGULAR  SESSION", "ÉTÉ SESSION ORDINAIRE"] {
            for needle in ["REGULAR SESSION", "SPECIAL SESSION", "PERIODO ORDINARIO", "PERIODO EXTRAORDINARIO", "SESSION ORDINAIRE", "R", "N"] {
                assert_eq!(super::find(text, needle), text.find(needle), "{text:?} / {needle:?}");
            }
        }
    }

    #[test]
    fn should_find_stray_spaces_across_blocks() {
        let text = "a  b   c d ,      e  f .              g h , ; :x  ";
        let pairs = |second: &dyn Fn(u8) -> bool| -> Vec<u32> {
            let b = text.as_bytes();
            (0..b.len() - 1).filter(|&i| b[i] == b' ' && second(b[i + 1])).map(|i| i as u32).collect()
        };
        for len in 0..=text.len() {
            let found = stray_spaces(&text[..len], true);
            let upto = |v: Vec<u32>| v.into_iter().filter(|&i| (i as usize) + 2 <= len).collect::<Vec<_>>();
            assert_eq!(found.double, upto(pairs(&|c| c == b' ')), "prefix of {len} bytes");
            assert_eq!(found.before_marks, upto(pairs(&|c| b",;:.".contains(&c))), "prefix of {len} bytes");
        }
        assert!(stray_spaces("a , b", false).before_marks.is_empty());
    }

    #[test]
    fn should_find_a_needle_as_a_substring_search_does() {
        let hay = "the regular session, the regular sessions and xregular sessionx; aaa aaaa párrafo 3 and párrafo";
        for needle in ["regular session", "aa", "párrafo", "x", "ion", "and párrafo", "not there", "the regular session, the regular sessions and xregular sessionx; aaa aaaa párrafo 3 and párrafo!"] {
            let naive: Vec<usize> = {
                let mut v = Vec::new();
                let mut from = 0;
                while let Some(k) = hay[from..].find(needle) {
                    v.push(from + k);
                    from += k + needle.len().max(1);
                }
                v
            };
            assert_eq!(find_all(hay.as_bytes(), needle.as_bytes()), naive, "{needle:?}");
        }
        assert!(find_all(b"", b"ab").is_empty());
    }

    #[test]
    fn should_mask_blocks_as_byte_by_byte_tests_do() {
        let all: Vec<u8> = (0..=255).collect();
        for block in all.chunks_exact(16).chain([&b"ABC xyz[@Z\tEND.\n"[..16]]) {
            let block: &[u8; 16] = block.try_into().unwrap_or(&[0; 16]);
            let naive = |f: &dyn Fn(u8) -> bool| block.iter().enumerate().fold(0u16, |m, (k, &b)| m | (u16::from(f(b)) << k));
            assert_eq!(blocks::below(block, 0x21), naive(&|b| b < 0x21), "{block:?}");
            assert_eq!(blocks::capitals(block), naive(&|b: u8| b.is_ascii_uppercase()), "{block:?}");
            assert_eq!(blocks::equal(block, b' '), naive(&|b| b == b' '), "{block:?}");
            assert_eq!(blocks::equal(block, 0xE2), naive(&|b| b == 0xE2), "{block:?}");
            assert_eq!(blocks::any_of(block, b",;:."), naive(&|b| b",;:.".contains(&b)), "{block:?}");
        }
    }


    fn ending(s: &str) -> Ending {
        tail(s, TextRange::from_usize(0, s.len()), "and").ending
    }

    #[test]
    fn should_read_clause_endings_through_closing_quotes() {
        assert_eq!(ending("principle of nonintervention”;"), Ending::Semicolon);
        assert_eq!(ending("Democratic Charter,”"), Ending::Comma);
        assert_eq!(ending("Political Affairs (CAJP); and"), Ending::SemicolonAnd);
        assert_eq!(ending("the region; and,"), Ending::SemicolonAnd);
        assert_eq!(ending("the region, and"), Ending::CommaAnd);
        assert_eq!(ending("of Washington.”"), Ending::Period);
        assert_eq!(ending("the pandemic (2021)"), Ending::Nothing);
        assert_eq!(ending("States (OAS)"), Ending::Nothing);
        assert_eq!(ending("the following:"), Ending::Colon);
    }

    #[test]
    fn should_point_at_the_punctuation_to_fix() {
        let s = "the region; and";
        let t = tail(s, TextRange::from_usize(0, s.len()), "and");
        assert_eq!(t.span.slice(s), "; and");
        let s = "the region”";
        assert_eq!(tail(s, TextRange::from_usize(0, s.len()), "and").span, TextRange::empty(13));
    }

    #[test]
    fn should_iterate_words_with_spans() {
        let s = "in in order, don’t re-use 2021";
        let w: Vec<&str> = words(s, TextRange::from_usize(0, s.len())).map(|(w, _)| w).collect();
        assert_eq!(w, ["in", "in", "order", "don’t", "re-use", "2021"]);
    }

    #[test]
    fn should_write_ordinals() {
        assert_eq!([1, 2, 3, 4, 11, 12, 22].map(ordinal), ["1st", "2nd", "3rd", "4th", "11th", "12th", "22nd"]);
    }
}
