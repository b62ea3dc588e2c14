//! Property tests of the byte scanners in `resolint::scan` against naive definitions.
//!
//! The scanners read sixteen bytes at a time (WebAssembly SIMD in the package, SWAR
//! here); each must find exactly what a byte-by-byte reading finds, on any text,
//! whatever its length modulo sixteen and wherever its multi-byte characters fall.
//! The WebAssembly variants are checked through the package's parity tests with the CLI.
//! The crate's one sort (`resolint::sort`) is checked here too, against the standard
//! library's stable sort, and the out-of-line stand-ins for library searches
//! (`scan::find`, `trim_start_all`, `trim_end_all`, the memchr iterators, `number`)
//! against what they stand in for.

use proptest::prelude::*;
use resolint::scan::{blocks, find_all, stray_spaces, within};
use resolint::scan::{find, memchr2_iter, memchr3_iter, memchr_iter, number, trim_end_all, trim_start_all};
use resolint::TextRange;

/// Text made of the bytes the scanners look for, letters, and multi-byte characters.
fn text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        " ", " ", " ", "  ", "\t", "\n", "\u{b}", ",", ";", ":", ".", "(", "/", "a", "e", "s", "ssion", "regular", "AB", "OAS", "é", "“", "”", "😀", "\u{a0}",
        "odo ordin", "aragra", "rafo", "x",
    ]);
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

fn naive_find(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    while at + needle.len() <= hay.len() {
        if &hay[at..at + needle.len()] == needle {
            out.push(at);
            at += needle.len();
        } else {
            at += 1;
        }
    }
    out
}

fn mask(block: &[u8; 16], f: impl Fn(u8) -> bool) -> u16 {
    block.iter().enumerate().fold(0, |m, (k, &b)| m | (u16::from(f(b)) << k))
}

/// The needles and prefixes of the stand-in tests: some repeat, one is empty.
fn needle() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["", "a", "ssion", "  ", "é", "“", "😀 a", "regular session", "x", "aa"])
}

proptest! {
    #[test]
    fn the_library_stand_ins_agree_with_the_library(hay in text(), n in needle(), bytes in prop::sample::subsequence(b" ,;(/ae\xc3".to_vec(), 3)) {
        prop_assert_eq!(find(&hay, n), hay.find(n));
        prop_assert_eq!(trim_start_all(&hay, n), hay.trim_start_matches(n));
        prop_assert_eq!(trim_end_all(&hay, n), hay.trim_end_matches(n));
        let h = hay.as_bytes();
        let (a, b, c) = (bytes[0], bytes[1], bytes[2]);
        prop_assert_eq!(memchr_iter(a, h).collect::<Vec<_>>(), memchr::memchr_iter(a, h).collect::<Vec<_>>());
        prop_assert_eq!(memchr2_iter(a, b, h).collect::<Vec<_>>(), memchr::memchr2_iter(a, b, h).collect::<Vec<_>>());
        prop_assert_eq!(memchr3_iter(a, b, c, h).collect::<Vec<_>>(), memchr::memchr3_iter(a, b, c, h).collect::<Vec<_>>());
    }

    #[test]
    fn number_parses_as_the_library_does(s in "[0-9+ -]{0,12}") {
        prop_assert_eq!(number(&s), s.parse::<u32>().ok());
    }

    #[test]
    fn the_crate_sort_orders_as_the_stable_std_sort_does(v in prop::collection::vec((0u8..6, any::<u16>()), 0..300)) {
        let mut ours = v.clone();
        resolint::sort::by_key(&mut ours, |&(k, _)| u64::from(k));
        let mut expected = v;
        expected.sort_by_key(|&(k, _)| k);
        prop_assert_eq!(ours, expected);
    }

    #[test]
    fn find_all_finds_what_a_naive_search_finds(hay in text(), needle in prop::sample::select(vec!["ssion", "odo ordin", "aragra", "rafo", "regular session", "a", "  ", "é", "😀 a"])) {
        prop_assert_eq!(find_all(hay.as_bytes(), needle.as_bytes()), naive_find(hay.as_bytes(), needle.as_bytes()));
    }

    #[test]
    fn stray_spaces_are_the_pairs_a_byte_loop_finds(hay in text(), marks in any::<bool>()) {
        let b = hay.as_bytes();
        let pairs = |second: &dyn Fn(u8) -> bool| -> Vec<u32> {
            (0..b.len().saturating_sub(1)).filter(|&i| b[i] == b' ' && second(b[i + 1])).map(|i| i as u32).collect()
        };
        let found = stray_spaces(&hay, marks);
        prop_assert_eq!(found.double, pairs(&|c| c == b' '));
        let expected = if marks { pairs(&|c| b",;:.".contains(&c)) } else { Vec::new() };
        prop_assert_eq!(found.before_marks, expected);
    }

    #[test]
    fn block_masks_match_byte_tests(bytes in prop::array::uniform16(any::<u8>()), byte in any::<u8>()) {
        prop_assert_eq!(blocks::below(&bytes, 0x21), mask(&bytes, |b| b < 0x21));
        prop_assert_eq!(blocks::equal(&bytes, byte), mask(&bytes, |b| b == byte));
        prop_assert_eq!(blocks::any_of(&bytes, b",;:."), mask(&bytes, |b| b",;:.".contains(&b)));
        prop_assert_eq!(blocks::capitals(&bytes), mask(&bytes, |b| b.is_ascii_uppercase()));
    }

    #[test]
    fn within_keeps_exactly_the_positions_in_range(mut positions in prop::collection::vec(0u32..200, 0..40), a in 0u32..220, b in 0u32..220) {
        positions.sort_unstable();
        let range = TextRange::new(a.min(b), a.max(b));
        let expected: Vec<u32> = positions.iter().copied().filter(|&p| range.start <= p && p < range.end).collect();
        prop_assert_eq!(within(&positions, range), expected.as_slice());
    }
}
