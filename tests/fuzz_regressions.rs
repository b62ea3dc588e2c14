//! Regression tests for crashes found while fuzzing, one numbered test each.
//!
//! Each test replays the reproducer through the same checks as the fuzz target that
//! found it (`fuzz/src/lib.rs`, included below): parse and validate in every language
//! setting, every span in bounds and on char boundaries, the tree covering the input,
//! and the fixers. A test marked `#[ignore]` documents a crash the core still has; the
//! reason names the function, and removing the `ignore` is part of fixing it.
//!
//! How to add one: run `scripts/fuzz.sh`; when a target crashes, libFuzzer writes the
//! input to `fuzz/artifacts/TARGET/crash-…`. Minimise it
//! (`cargo +nightly fuzz tmin TARGET fuzz/artifacts/TARGET/crash-…`), paste it below as
//! a string literal (escape what is not printable), number the test, and say what broke.
//! For the `validate` and `fix` targets the first byte of the artifact selects the
//! language (see `config_from_byte`) and the rest is the text.
//!
//! Runs so far (see BENCHMARKS.md, "Fuzzing"): libFuzzer found no crash in its runs of
//! 60–120 s per target; regression 1 was found by reading the code while writing the
//! targets (two accented letters in a row are unlikely to come out of random mutation
//! within minutes).

#[path = "../fuzz/src/lib.rs"]
mod invariants;

use invariants::{check_fixes, check_paragraphs, check_text, config_from_byte};
use resolint::{Config, Paragraph};

/// Everything the `parse`, `validate` and `fix` targets check, in every language setting.
fn replay(text: &str) {
    for selector in 0..5u8 {
        check_text(text, &config_from_byte(selector));
    }
    check_fixes(text, &Config::default());
    // The same text given as one paragraph per line through the paragraphs API.
    let paragraphs: Vec<Paragraph> = text.lines().map(|l| Paragraph { text: l.to_owned(), list_string: None, style: None }).collect();
    check_paragraphs(&paragraphs, &Config::default());
}

/// Regression 1, a header line "ÓRIGINÁL: Spanish" (an accented misspelling of "Original:"):
/// `parse::classify::is_header_line` matches "ORIGINAL" case- and accent-insensitively
/// with `fold::match_phrase`, which returns how many *bytes* matched (10 here), but then
/// slices `c[8..]` assuming the 8 bytes of the ASCII word. Byte 8 falls inside "Á"
/// (bytes 7..9) and the slice panics: "start byte index 8 is not a char boundary".
/// Any spelling of "ORIGINAL" in which a multi-byte letter straddles byte 8 does the
/// same ("óriginál: inglés"); "ÓRÍGINAL:" happens not to. Fixed in `30cb195` by
/// slicing at the length `match_phrase` returned.
#[test]
fn r001_accented_original_header_slices_inside_a_char() {
    replay("ÓRIGINÁL: Spanish\n");
    replay("DRAFT RESOLUTION\n\nóriginál: inglés\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n");
}

/// The neighbours of regression 1 that must keep working: the plain and singly-accented
/// spellings, where the matched length happens to leave byte 8 on a boundary.
#[test]
fn r001_neighbours_still_parse() {
    for text in ["Original: Spanish", "ORIGINAL: ENGLISH", "ORIGINÁL: Spanish", "ÓRIGINAL: Spanish", "Original", "ORIGINAL:", "ÓRIGINÁ"] {
        replay(text);
    }
}

/// Replays every input of the local fuzz corpora and artifacts (`fuzz/corpus/*`,
/// `fuzz/artifacts/*`, ignored by git) through the checks, for after a fuzzing session:
/// `cargo test --release --test fuzz_regressions -- --ignored replay_local_fuzz_files`.
/// Inputs of the `paragraphs` target are structured (arbitrary) and skipped.
#[test]
#[ignore = "replays the local fuzz corpora when present; run explicitly after fuzzing"]
fn replay_local_fuzz_files() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    for kind in ["corpus", "artifacts"] {
        for target in ["parse", "validate", "fix"] {
            let Ok(entries) = std::fs::read_dir(root.join(kind).join(target)) else { continue };
            for entry in entries.flatten() {
                let Ok(bytes) = std::fs::read(entry.path()) else { continue };
                let text_bytes = if target == "parse" { &bytes[..] } else { bytes.get(1..).unwrap_or(&[]) };
                let Ok(text) = std::str::from_utf8(text_bytes) else { continue };
                let config = if target == "parse" { Config::default() } else { config_from_byte(bytes[0]) };
                check_text(text, &config);
                if target == "fix" {
                    check_fixes(text, &config);
                }
                replayed += 1;
            }
        }
    }
    eprintln!("replayed {replayed} fuzz inputs");
}
