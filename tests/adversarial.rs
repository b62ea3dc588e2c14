//! Adversarial inputs: each one asserts the crate's guarantees (no panic; every span in
//! bounds and on char boundaries; the tree covers the input; fixes valid) and, where the
//! input has a size, that the work grows linearly with it.
//!
//! Work is measured by **counting**, never by the clock: paragraphs, tree nodes,
//! diagnostics, bytes of messages and fix text, and — through a counting allocator local
//! to each test thread — the number of allocations, the bytes allocated and the peak of
//! live heap bytes during the call. Each scalable case runs at size N and 4N and every
//! count may grow at most 4.5× (times the exact input ratio), plus a small constant.
//! Timing is left to `benches/validate.rs` (see BENCHMARKS.md): CPU-only hot loops that
//! allocate nothing cannot be caught by counts, and those found are listed there.
//!
//! Sizes: the full sizes of the brief (10 MB paragraph, a million paragraphs, 100 000
//! brackets) run under `cargo test --release`; debug builds use a tenth or less so that
//! the whole file stays well under a minute on two cores.
//!
//! The invariant checks are the fuzz targets' own (`fuzz/src/lib.rs`).

#[path = "../fuzz/src/lib.rs"]
mod invariants;

use invariants::{check_fixes, check_paragraphs, check_text, DocStats};
use resolint::{validate, Config, Paragraph, Report};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

// ---------------------------------------------------------------------------------------
// A counting allocator: per-thread counters (tests run on several threads at once).

struct Counting;

thread_local! {
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
    static ALLOC_BYTES: Cell<u64> = const { Cell::new(0) };
    static LIVE: Cell<i64> = const { Cell::new(0) };
    static PEAK: Cell<i64> = const { Cell::new(0) };
}

fn on_alloc(size: usize) {
    let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
    let _ = ALLOC_BYTES.try_with(|c| c.set(c.get() + size as u64));
    on_live(size as i64);
}

fn on_live(delta: i64) {
    let _ = LIVE.try_with(|l| {
        let now = l.get() + delta;
        l.set(now);
        let _ = PEAK.try_with(|p| {
            if now > p.get() {
                p.set(now);
            }
        });
    });
}

// SAFETY: every call is forwarded to the system allocator unchanged; the counters are
// const-initialised thread-locals without destructors, accessed with `try_with`.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        on_alloc(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        on_alloc(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        on_live(-(layout.size() as i64));
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
        let _ = ALLOC_BYTES.try_with(|c| c.set(c.get() + new_size as u64));
        on_live(new_size as i64 - layout.size() as i64);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// What one call cost, in allocations.
#[derive(Clone, Copy, Debug, Default)]
struct Allocs {
    count: u64,
    bytes: u64,
    /// Highest live heap bytes above the level at the start of the call.
    peak: u64,
}

fn counting<R>(f: impl FnOnce() -> R) -> (R, Allocs) {
    let base_live = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base_live));
    let (c0, b0) = (ALLOCS.with(Cell::get), ALLOC_BYTES.with(Cell::get));
    let r = f();
    let a = Allocs {
        count: ALLOCS.with(Cell::get) - c0,
        bytes: ALLOC_BYTES.with(Cell::get) - b0,
        peak: u64::try_from(PEAK.with(Cell::get) - base_live).unwrap_or(0),
    };
    (r, a)
}

// ---------------------------------------------------------------------------------------
// Measuring and comparing.

const RELEASE: bool = !cfg!(debug_assertions);

/// `full` in release builds, `full / div` in debug builds.
fn size(full: usize, div: usize) -> usize {
    if RELEASE { full } else { (full / div).max(1) }
}

/// Deterministic counts of the work done on one input.
#[derive(Clone, Copy, Debug, Default)]
struct Work {
    input: usize,
    stats: DocStats,
    diagnostics: usize,
    /// Bytes of messages, help and fix text: what a renderer would write out.
    output: usize,
    allocs: Allocs,
}

fn output_bytes(report: &Report) -> usize {
    report
        .diagnostics
        .iter()
        .map(|d| {
            d.message.len()
                + d.help.as_ref().map_or(0, String::len)
                + d.fix.as_ref().map_or(0, |f| f.edits.iter().map(|e| e.text.len() + 8).sum())
        })
        .sum()
}

/// Checks every invariant on `text` and counts the work of one `validate` call.
fn work(text: &str) -> Work {
    let config = Config::default();
    let (stats, report) = check_text(text, &config);
    let (again, allocs) = counting(|| validate(text, &config));
    assert_eq!(again.diagnostics.len(), report.diagnostics.len(), "validate is not deterministic");
    Work { input: text.len(), stats, diagnostics: report.diagnostics.len(), output: output_bytes(&report), allocs }
}

/// Runs `gen(n)` and `gen(4n)` and asserts that every count grows at most 4.5× as fast
/// as the input (plus `slack` for constant overheads). Returns both measurements.
fn assert_linear(name: &str, n: usize, gen: impl Fn(usize) -> String) -> (Work, Work) {
    let small = work(&gen(n));
    let large = work(&gen(4 * n));
    let ratio = large.input as f64 / small.input as f64;
    assert!(ratio > 3.0, "{name}: the generator does not scale its input ({} → {} bytes)", small.input, large.input);
    let allowed = 4.5 / 4.0 * ratio;
    let pairs: [(&str, u64, u64, u64); 9] = [
        ("paragraphs", small.stats.paragraphs as u64, large.stats.paragraphs as u64, 8),
        ("tree nodes", small.stats.nodes as u64, large.stats.nodes as u64, 16),
        ("marks", small.stats.marks as u64, large.stats.marks as u64, 8),
        ("diagnostics", small.diagnostics as u64, large.diagnostics as u64, 8),
        ("output bytes", small.output as u64, large.output as u64, 1024),
        ("allocations", small.allocs.count, large.allocs.count, 256),
        ("allocated bytes", small.allocs.bytes, large.allocs.bytes, 64 * 1024),
        ("peak live bytes", small.allocs.peak, large.allocs.peak, 64 * 1024),
        ("leaves", small.stats.leaves as u64, large.stats.leaves as u64, 8),
    ];
    for w in [&small, &large] {
        eprintln!(
            "{name}: {} bytes, {} paragraphs, {} nodes, {} diagnostics, {} output bytes, {} allocations, {} bytes allocated, peak {} bytes ({:.1}× input)",
            w.input, w.stats.paragraphs, w.stats.nodes, w.diagnostics, w.output, w.allocs.count, w.allocs.bytes, w.allocs.peak,
            w.allocs.peak as f64 / w.input as f64
        );
    }
    for (what, s, l, slack) in pairs {
        assert!(
            l as f64 <= allowed * s as f64 + slack as f64,
            "{name}: {what} grew super-linearly: {s} at {} bytes, {l} at {} bytes (×{:.2} for ×{ratio:.2} input)",
            small.input,
            large.input,
            l as f64 / (s as f64).max(1.0)
        );
    }
    (small, large)
}

/// Invariants of the fixers on inputs small enough to fix repeatedly.
fn fixes_hold(text: &str) {
    check_fixes(text, &Config::default());
}

const HEAD: &str = "THE GENERAL ASSEMBLY,\n\nRECALLING resolution AG/RES. 2958 (L-O/20);\n\nRESOLVES:\n\n";

// ---------------------------------------------------------------------------------------
// Size: one huge paragraph, very many paragraphs.

/// A 10 MB operative paragraph with no line break: every per-paragraph scan (marks,
/// words, whitespace, doubled words, placeholders, endings) runs over one giant slice,
/// and the diagnostics inside it must stay proportional to its length.
#[test]
fn one_huge_paragraph_scales_linearly() {
    let unit = "To urge the the States  to act , xxxx and [date] 1/ once; ";
    let gen = |n: usize| format!("{HEAD}1. {}.\n", unit.repeat(n));
    let n = size(10_000_000 / unit.len() / 4, 20);
    let (_, large) = assert_linear("one huge paragraph", n, gen);
    assert!(large.input >= if RELEASE { 9_000_000 } else { 400_000 });
    assert!(large.stats.paragraphs <= 4, "one paragraph, not {}", large.stats.paragraphs);
}

/// A single "word" of 10 MB (no space at all): word iteration, first-word lookups in four
/// lexicons and the title-case checks all see one token as long as the input.
#[test]
fn one_huge_word_scales_linearly() {
    assert_linear("one huge word", size(2_500_000, 20), |n| format!("{HEAD}1. To {}.\n", "a".repeat(n)));
    assert_linear("one huge capital word", size(2_500_000, 20), |n| format!("{}\n\n{HEAD}1. To ask.\n", "A".repeat(n)));
}

/// One million one-word paragraphs: per-paragraph constant costs (classification,
/// language detection, tree nodes) must not grow with the number of paragraphs.
#[test]
fn a_million_one_word_paragraphs_scale_linearly() {
    let (_, large) = assert_linear("one-word paragraphs", size(250_000, 20), |n| "word\n\n".repeat(n));
    assert_eq!(large.stats.paragraphs, size(250_000, 20) * 4);
    // The same inside a resolution, where each word is an unrecognized or operative paragraph.
    assert_linear("one-word paragraphs in a resolution", size(250_000, 40), |n| format!("{HEAD}1. To ask.\n\n{}", "Word\n\n".repeat(n)));
}

/// A thousand "RESOLVES:" in a row: every keyword closes a section and opens another;
/// each is reported as empty, and the count must stay proportional.
#[test]
fn a_thousand_keywords_in_a_row() {
    let (small, _) = assert_linear("keywords in a row", 1000, |n| format!("THE GENERAL ASSEMBLY,\n\n{}", "RESOLVES:\n\n".repeat(n)));
    assert!(small.diagnostics >= 999, "each empty operative part is reported");
}

/// Many numbered operative paragraphs, all numbered 1: one numbering diagnostic each,
/// with a fix whose text is the number (a few digits, not more).
#[test]
fn many_operative_paragraphs_numbered_alike() {
    assert_linear("operative paragraphs numbered 1", size(100_000, 10), |n| format!("{HEAD}{}", "1. To ask.\n\n".repeat(n)));
}

// ---------------------------------------------------------------------------------------
// Nesting and brackets.

/// 100 000 nested "(" and "“": the splitter counts parentheses to join wrapped
/// provenance lines, and closing quotes are looked through when reading endings. Nothing
/// may recurse, and a stray "(" must not swallow the rest of the draft.
#[test]
fn deeply_nested_parentheses_and_quotes() {
    let n = size(100_000, 10);
    for open in ["(", "“", "«", "[", "(“["] {
        let text = format!("{HEAD}1. To {}ask.\n\n2. To urge.\n", open.repeat(n));
        let w = work(&text);
        assert!(w.stats.paragraphs >= 5, "{open:?}: the paragraph after the brackets is still its own");
    }
    // A provenance line opening a parenthesis that never closes, then many lines: the
    // splitter stops joining after its bound.
    // (Lines starting in lower case always continue a paragraph, so these are capitalised.)
    let text = format!("(Agreed upon by {}\n{}\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n", "(".repeat(100), "Continued Line\n".repeat(n / 10));
    let w = work(&text);
    assert!(w.stats.paragraphs > n / 20, "an unclosed provenance line must not swallow the draft ({} paragraphs)", w.stats.paragraphs);
    assert_linear("nested parentheses", size(100_000, 10), |n| format!("{HEAD}1. To {}ask.\n", "(".repeat(n)));
    assert_linear("nested quotes", size(100_000, 10), |n| format!("{HEAD}1. To {}ask.\n", "“".repeat(n)));
    assert_linear("closing quotes", size(100_000, 10), |n| format!("{HEAD}1. To ask.{}\n", "”".repeat(n)));
}

/// "[" without "]" over and over: every "[" tries the bookmark, footnote-reference,
/// inline-footnote and bracket-call grammars.
#[test]
fn unclosed_square_brackets() {
    assert_linear("unclosed [", size(1_000_000, 20), |n| format!("{HEAD}1. To ask {}.\n", "x[".repeat(n)));
    assert_linear("unclosed [footnoteRef:", size(100_000, 20), |n| format!("{HEAD}1. To ask {}.\n", "[footnoteRef:".repeat(n)));
    assert_linear("unclosed [footnoteRef:1", size(100_000, 20), |n| format!("{HEAD}1. To ask {}.\n", "x[footnoteRef:1".repeat(n)));
}

/// "[1: " (an inline footnote text) that is never closed, repeated. The scanner looks
/// for the balancing "]" from every opening: the counts stay linear, but the time is
/// quadratic in the paragraph's length (`parse::marks::balanced_len` is called from each
/// "[N:"), see BENCHMARKS.md. Sizes here stay small because of that.
#[test]
fn unclosed_inline_footnotes() {
    assert_linear("unclosed [1:", size(4_000, 4), |n| format!("{HEAD}1. To ask {}.\n", "x[1: y ".repeat(n)));
}

/// "[bookmark: " never closed, repeated: nom's `take_until("]")` searches to the end of
/// the paragraph from each one — quadratic time (`parse::marks::bookmark`), see
/// BENCHMARKS.md; counts stay linear.
#[test]
fn unclosed_bookmarks() {
    assert_linear("unclosed [bookmark:", size(4_000, 4), |n| format!("{HEAD}1. To ask {}.\n", "[bookmark: y ".repeat(n)));
}

/// Many closed bookmarks at the start of one paragraph: the content range skips them one
/// by one (`parse::classify::content_range`, a linear search per bookmark: quadratic
/// time, see BENCHMARKS.md).
#[test]
fn many_leading_bookmarks() {
    assert_linear("leading bookmarks", size(20_000, 10), |n| format!("{HEAD}{}1. To ask.\n", "[bookmark: _Toc1]".repeat(n)));
}

// ---------------------------------------------------------------------------------------
// Characters.

/// Every Unicode white space and line separator where drafts have spaces and line
/// breaks: `str::trim` knows them all, the line splitter only "\n", "\r\n" and "\r", and
/// the whitespace rule only " " — any mismatch between these views must not produce a
/// span off a char boundary or a fix that cuts a character.
#[test]
fn every_unicode_whitespace_and_line_separator() {
    const SPACES: [char; 27] = [
        '\u{9}', '\u{a}', '\u{b}', '\u{c}', '\u{d}', '\u{20}', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}',
        '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}',
        '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}', '\u{feff}', '\u{200b}',
    ];
    let draft = "TITLE\n\nTHE GENERAL ASSEMBLY,\n\nRECALLING the report;\n\nNOTING the the plan,\n\nRESOLVES:\n\n1. To ask ;\n\n1. To urge:\n\na. for x;\n";
    for c in SPACES {
        let s = c.to_string();
        // As every space, as every line break, doubled, at line starts and line ends.
        let variants = [
            draft.replace(' ', &s),
            draft.replace('\n', &s),
            draft.replace(' ', &format!("{s}{s}")),
            draft.replace('\n', &format!("{s}\n{s}")),
            format!("{s}{}{s}", draft.replace("\n\n", &format!("\n{s}\n"))),
            s.repeat(1000),
        ];
        for v in &variants {
            check_text(v, &Config::default());
            fixes_hold(v);
        }
    }
    let all: String = SPACES.iter().collect();
    let text = draft.replace(' ', &all);
    check_text(&text, &Config::default());
    fixes_hold(&text);
    assert_linear("unicode spaces", size(100_000, 10), |n| format!("{HEAD}1. To{}ask.\n", all.repeat(n)));
    assert_linear("unicode line separators", size(100_000, 10), |n| format!("{HEAD}{}", "1. To ask.\u{2028}\u{2029}\u{85}\u{b}\u{c}\n".repeat(n)));
}

/// NUL bytes: not text, but valid UTF-8; they must be carried through like any character.
#[test]
fn nul_bytes() {
    for text in [
        "\0".to_owned(),
        "\0".repeat(10_000),
        format!("\0{HEAD}\0\n\n1.\0To ask.\0\n\n\0"),
        HEAD.replace(' ', "\0"),
        format!("{HEAD}1. To ask\0\0the\0the [\0] [1:\0] 1\0/ \0xxxx\0.\n"),
    ] {
        check_text(&text, &Config::default());
        fixes_hold(&text);
    }
    assert_linear("NUL bytes", size(1_000_000, 20), |n| format!("{HEAD}1. To{}ask.\n", "\0".repeat(n)));
}

/// Mixed scripts and awkward characters: right-to-left text, CJK, 4-byte emoji,
/// combining marks, characters whose upper case is longer ("ß" → "SS", "ﬃ" → "FFI") or
/// a different width (Turkish "ı", Greek final sigma), title-case letters ("ǅ"). Fixes
/// that upper-case a lead word or keyword must still produce valid text.
#[test]
fn mixed_scripts() {
    let samples = [
        "reaﬃrming", "straße", "ǅemal", "ıstanbul", "ὀδυσσεύς", "مرحبا", "שלום", "中文", "😀😀", "e\u{301}\u{301}", "Ⅻ", "ﬁ",
    ];
    for s in samples {
        for text in [
            format!("THE GENERAL ASSEMBLY,\n\n{s} the report;\n\nRESOLVES:\n\n1. {s} {s} ;  x\n"),
            format!("{s}\n\n{s} GENERAL ASSEMBLY,\n\n{}:\n\n1. To {s}.\n\n1. To {s}.\n", s.to_uppercase()),
            format!("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask:\n\n{s}. for x;\n\n({s}) {s}\n"),
            format!("{s}1/ {s}[1] [{s}: {s}] [footnoteRef:{s}]/ {s}"),
            format!("resolves:\n\n{s} {s}\n\nthe general assembly,"),
        ] {
            check_text(&text, &Config::default());
            fixes_hold(&text);
        }
    }
    let mixed: String = samples.concat();
    assert_linear("mixed scripts", size(200_000, 10), |n| format!("{HEAD}1. To {}.\n", format!("{mixed} ").repeat(n)));
    assert_linear("lower-case lead words", size(100_000, 10), |n| {
        format!("THE GENERAL ASSEMBLY,\n\n{}RESOLVES:\n\n1. To ask.\n", "reaﬃrming the straße;\n\n".repeat(n))
    });
}

/// Long runs of digits and slashes for the footnote-mark scanner: chains of calls
/// ("1/2/3/…"), fractions and dates that are not calls, runs of slashes, long numbers.
#[test]
fn digits_and_slashes() {
    let units = ["1/", "12/", "1/2/3/", "99/", "0/", "123/", "//", "1//", "4/5/2021 ", "x1/", "7/19", "1", "9999999999"];
    for unit in units {
        let gen = |n: usize| format!("{HEAD}1. To ask x{}.\n", unit.repeat(n));
        let (small, _) = assert_linear(&format!("digits {unit:?}"), size(200_000, 20), gen);
        assert!(small.stats.marks <= small.input, "{unit:?}: more marks than bytes");
    }
    // A chain of calls glued to a word: one mark per call, each resolving nowhere.
    let (small, _) = assert_linear("chained calls", size(20_000, 10), |n| format!("{HEAD}1. To ask{} now.\n", "1/".repeat(n)));
    assert!(small.stats.marks >= size(20_000, 10), "each call of the chain is a mark");
}

/// Huge numbers where the grammars read numbers: operative labels, footnote calls and
/// references, Word list strings; none may overflow.
#[test]
fn huge_numbers() {
    let big = ["99999999999", "4294967295", "4294967296", "18446744073709551616", "0", "000", "999"];
    for n in big {
        let text = format!(
            "TITLE {n}/\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n{n}. To ask [footnoteRef:{n}]/ x[{n}] [{n}: text] y{n}/\n\n{n}) To urge.\n\nFOOTNOTES\n\n{n}. A note.\n\n{n}/ Another.\n"
        );
        check_text(&text, &Config::default());
        fixes_hold(&text);
        let paras: Vec<Paragraph> = ["THE GENERAL ASSEMBLY,", "RESOLVES:", "To ask.", "To urge."]
            .iter()
            .map(|t| Paragraph { text: (*t).to_owned(), list_string: Some(format!("{n}.")), style: None })
            .collect();
        check_paragraphs(&paras, &Config::default());
    }
}

// ---------------------------------------------------------------------------------------
// Line endings and degenerate texts.

/// Empty, blank and one-character texts, and every kind of line ending on its own.
#[test]
fn degenerate_texts() {
    for text in ["", " ", "\n", "\r", "\r\n", "\n\r", "\r\r\n\n", "\t", "1", "1.", "(", ")", "[", "]", "“", "a", "A", "é", "😀", "RESOLVES:", ":", ";"]
    {
        check_text(text, &Config::default());
        fixes_hold(text);
    }
    for lang in 0..5u8 {
        check_text(HEAD, &invariants::config_from_byte(lang));
    }
}

/// The seed draft with its line endings rewritten as CRLF, as lone CR, and with every
/// blank line removed: spans must still fall on the text as it is.
#[test]
fn line_ending_variants_of_a_draft() {
    let draft = format!("DRAFT RESOLUTION\n\nTITLE 1/\n\n(Agreed upon by the Council)\n\n{HEAD}1. To ask ;\n\n1.  To urge\n\nFOOTNOTES\n\n1. A note.\n");
    for text in [draft.replace('\n', "\r\n"), draft.replace('\n', "\r"), draft.replace("\n\n", "\n"), draft.replace('\n', "\n\r")] {
        check_text(&text, &Config::default());
        fixes_hold(&text);
    }
    assert_linear("CR line endings", size(200_000, 20), |n| format!("{HEAD}{}", "1. To ask.\r".repeat(n)));
    assert_linear("lines of spaces", size(200_000, 20), |n| format!("{HEAD}1. To ask.\n{}", " \t \n".repeat(n)));
}

// ---------------------------------------------------------------------------------------
// Structures that grow: where per-item work must stay constant.

/// A preamble of many paragraphs (the punctuation chain ";" … "; and" … ","). Counts are
/// linear; the time is quadratic (`rules::preamble::preamble_punctuation::check_chain`
/// looks each paragraph up again with `position` in the whole preamble), see
/// BENCHMARKS.md.
#[test]
fn a_long_preamble() {
    assert_linear("long preamble", size(20_000, 10), |n| format!("THE GENERAL ASSEMBLY,\n\n{}RESOLVES:\n\n1. To ask.\n", "RECALLING the report;\n\n".repeat(n)));
}

/// Many unnumbered operative paragraphs: each one makes the tree builder re-check that
/// all the earlier ones are unnumbered (`parse::build::Builder::text_in_operative`):
/// quadratic time, see BENCHMARKS.md; counts are linear.
#[test]
fn many_unnumbered_operative_paragraphs() {
    assert_linear("unnumbered operative paragraphs", size(8_000, 8), |n| format!("{HEAD}{}", "To ask.\n\n".repeat(n)));
}

/// A title block of many capital lines, one of them with a footnote call, followed by
/// many plain paragraphs: each one re-scans the title (`Builder::title_has_footnote_calls`),
/// quadratic time, see BENCHMARKS.md.
#[test]
fn a_long_title_block() {
    assert_linear("long title block", size(8_000, 8), |n| format!("{}TITLE 1/\n\n{}", "TITLE\n\n".repeat(n), "Hello world.\n\n".repeat(n)));
}

/// A huge title followed by many declaration verbs without keyword: each verb checks
/// whether the title names a declaration, splitting the title's first words
/// (`Body::kind_hint_declaration`): time O(paragraphs × first word), see BENCHMARKS.md.
#[test]
fn a_huge_title_and_many_declaration_verbs() {
    assert_linear("huge title, declaration verbs", size(2_000, 4), |n| format!("{}\n\n{}", "A".repeat(10 * n), "WELCOMES the report;\n\n".repeat(n)));
}

/// Many lines of one paragraph, each with a footnote call and a trailing space: the
/// whitespace rule checks every trailing space against every mark of the paragraph
/// (`rules::text::whitespace::trailing`): quadratic time, see BENCHMARKS.md.
#[test]
fn many_wrapped_lines_with_marks_and_trailing_spaces() {
    assert_linear("wrapped lines with marks", size(8_000, 8), |n| format!("{HEAD}1. To ask\n{}", "a1/ \n".repeat(n)));
}

/// Many paragraphs each with a citation and an acronym: the acronym rules skip capitals
/// inside citations by testing every capital run against every citation of the draft
/// (`rules::text::index`): time O(acronyms × citations), quadratic in the draft — a
/// realistic 40 MB omnibus takes over 30 s; see BENCHMARKS.md. Counts are linear.
#[test]
fn many_citations_and_acronyms() {
    assert_linear("citations and acronyms", size(8_000, 8), |n| {
        format!("THE GENERAL ASSEMBLY,\n\n{}RESOLVES:\n\n1. To ask.\n", "NOTING the OAS report AG/RES. 2958 (L-O/20);\n\n".repeat(n))
    });
}

/// A long list of sub-paragraphs all labelled "a." (or "i."): each one is out of
/// sequence. The expected label used to grow with its position — "aaaa…" (one letter
/// more every 26 items, `rules::operative::subparagraph_sequence::letter`) or "cccc…" in
/// Roman numerals (`parse::label::to_roman`) — so messages and fixes grew quadratically
/// with the list (64 000 items gave 84 MB of messages for a 700 KB draft). This test
/// found it; it guards the fix.
#[test]
fn a_long_list_of_sub_paragraphs_has_linear_output() {
    assert_linear("sub-paragraphs a.", size(16_000, 4), |n| format!("{HEAD}1. To ask:\n\n{}", "a. for x;\n\n".repeat(n)));
    assert_linear("sub-paragraphs i.", size(16_000, 4), |n| format!("{HEAD}1. To ask:\n\n{}", "i. for x;\n\n".repeat(n)));
}

/// The same lists in several label styles, small enough to fix repeatedly: invariants hold.
#[test]
fn a_list_of_sub_paragraphs_keeps_its_invariants() {
    for label in ["a.", "i.", "(a)", "z)", "xl.", "iiii."] {
        let text = format!("{HEAD}1. To ask:\n\n{}", format!("{label} for x;\n\n").repeat(300));
        check_text(&text, &Config::default());
        fixes_hold(&text);
    }
}

/// Many fixable problems in one draft: applying them all must not be quadratic in the
/// number of fixes. It is today in time (`fix::apply_counted` checks each fix against
/// every edit already taken), see BENCHMARKS.md; the counts are linear.
#[test]
fn many_fixes_at_once() {
    let gen = |n: usize| format!("{HEAD}1. To{}ask.\n", "x  y".repeat(n));
    let apply = |n: usize| {
        let text = gen(n);
        let report = validate(&text, &Config::default());
        let (fixed, allocs) = counting(|| resolint::apply_fixes(&text, &report.diagnostics, resolint::Applicability::Safe));
        assert!(fixed.len() < text.len(), "the doubled spaces are fixed");
        check_text(&fixed, &Config::default());
        allocs
    };
    let n = size(20_000, 10);
    let (small, large) = (apply(n), apply(4 * n));
    assert!(large.count <= 5 * small.count + 64, "apply_fixes allocations: {small:?} then {large:?}");
    assert!(large.bytes <= 5 * small.bytes + 65_536, "apply_fixes allocated bytes: {small:?} then {large:?}");
    assert!(large.peak <= 5 * small.peak + 65_536, "apply_fixes peak: {small:?} then {large:?}");
    assert_linear("many fixes (validate)", n, gen);
}

// ---------------------------------------------------------------------------------------
// The paragraphs API.

/// Word's paragraphs, adversarially: empty ones, ones holding line breaks, list strings
/// that are not numbers, huge list numbers, many paragraphs; located offsets must fall
/// inside their paragraph.
#[test]
fn paragraphs_api_adversarial() {
    let p = |t: &str, l: Option<&str>, s: Option<&str>| Paragraph { text: t.to_owned(), list_string: l.map(Into::into), style: s.map(Into::into) };
    let cases: Vec<Vec<Paragraph>> = vec![
        vec![],
        vec![p("", None, None)],
        vec![p("", None, None); 1000],
        vec![p("THE GENERAL ASSEMBLY,\r\nRESOLVES:\n1. To ask\r", None, None), p("\n", Some("1."), None)],
        vec![p("THE GENERAL ASSEMBLY,", None, None), p("RESOLVES:", None, None), p("To ask ;", Some("a)"), Some("Heading 1")), p("To  urge", Some("  "), None)],
        vec![p("THE GENERAL ASSEMBLY,", None, None), p("RESOLVES:", None, None), p("😀 to ask", Some("٣."), Some("Título")), p("é", Some("1.1.1"), None)],
        vec![p("the the", Some("0."), None); 50],
    ];
    for paras in &cases {
        check_paragraphs(paras, &Config::default());
    }
    let n = size(100_000, 20);
    let mut paras = vec![p("THE GENERAL ASSEMBLY,", None, None), p("RESOLVES:", None, None)];
    paras.extend((0..n).map(|i| p("To ask  the the report ;", Some(if i % 3 == 0 { "1." } else { "2)" }), None)));
    let out = check_paragraphs(&paras, &Config::default());
    assert!(out.located().len() >= n, "each paragraph has its diagnostics");
}
