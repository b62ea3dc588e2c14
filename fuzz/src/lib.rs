//! Invariant checks shared by the fuzz targets and the robustness tests.
//!
//! The fuzz targets (`fuzz_targets/*.rs`) call these on every input; `tests/adversarial.rs`
//! and `tests/fuzz_regressions.rs` include this very file with `#[path]`, so that a crash
//! found by the fuzzer and replayed by `cargo test` is judged by the same code. Every
//! check panics with a message that names the broken invariant and the offending span.
//!
//! What is checked (the guarantees promised in the crate docs of `resolint`):
//! - every paragraph range, content range and mark, every tree node range, every
//!   diagnostic, annotation and fix edit lies inside the text and on char boundaries;
//! - the leaves of the tree tile the input exactly (first at 0, each next where the
//!   previous ended, last at the end) and every inner node spans exactly its children;
//! - diagnostics come out sorted; each fix's edits are sorted and do not overlap;
//! - `fix_all` is idempotent and its output parses with the same invariants;
//! - `validate_paragraphs` locates every diagnostic inside one of the given paragraphs.
//!
//! Only `resolint` and `std` are used, so the file compiles in any crate that depends on
//! `resolint`.

#![allow(dead_code)]

use resolint::syntax::{Node, NodeKind};
use resolint::{
    apply_fixes, fix_all, parse, parse_with, validate, validate_paragraphs, Applicability, Config, Diagnostic, Document,
    Lang, Paragraph, ParagraphsReport, Report, TextRange,
};

/// A config chosen by one byte, so that fuzzers and tests cover detection and every
/// fixed language.
#[must_use]
pub fn config_from_byte(b: u8) -> Config {
    match b % 5 {
        0 => Config::default(),
        1 => Config::with_lang(Lang::En),
        2 => Config::with_lang(Lang::Es),
        3 => Config::with_lang(Lang::Fr),
        _ => Config::with_lang(Lang::Pt),
    }
}

/// Panics unless `range` lies in `text` with both ends on char boundaries.
pub fn check_range(text: &str, range: TextRange, what: &str) {
    let (s, e) = (range.start as usize, range.end as usize);
    assert!(s <= e, "{what}: inverted range {s}..{e}");
    assert!(e <= text.len(), "{what}: range {s}..{e} beyond the text ({} bytes)", text.len());
    assert!(text.is_char_boundary(s), "{what}: start {s} is not on a char boundary");
    assert!(text.is_char_boundary(e), "{what}: end {e} is not on a char boundary");
}

/// Panics unless `inner` lies inside `outer`.
fn check_inside(outer: TextRange, inner: TextRange, what: &str) {
    assert!(
        outer.start <= inner.start && inner.end <= outer.end,
        "{what}: {}..{} is not inside {}..{}",
        inner.start,
        inner.end,
        outer.start,
        outer.end
    );
}

/// Statistics of a parsed document, for the scaling checks of the tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DocStats {
    pub paragraphs: usize,
    pub nodes: usize,
    pub leaves: usize,
    pub marks: usize,
}

/// Checks every span of a parsed document and that its tree is lossless.
pub fn check_document(text: &str, doc: &Document<'_>) -> DocStats {
    assert_eq!(doc.text.len(), text.len(), "the document's text is not the input");
    let mut stats = DocStats { paragraphs: doc.paragraphs.len(), ..DocStats::default() };
    let mut prev_end = 0u32;
    for (i, p) in doc.paragraphs.iter().enumerate() {
        check_range(text, p.range, &format!("paragraph {i} range"));
        check_range(text, p.content, &format!("paragraph {i} content"));
        check_inside(p.range, p.content, &format!("paragraph {i} content"));
        assert!(p.range.start >= prev_end, "paragraph {i} ({}..{}) overlaps the one before (ends {prev_end})", p.range.start, p.range.end);
        prev_end = p.range.end;
        for (j, m) in p.marks.iter().enumerate() {
            check_range(text, m.range, &format!("paragraph {i} mark {j}"));
            check_inside(p.range, m.range, &format!("paragraph {i} mark {j}"));
            if let resolint::syntax::MarkKind::FootnoteInline { body, .. } = m.kind {
                check_range(text, body, &format!("paragraph {i} mark {j} inline body"));
                check_inside(m.range, body, &format!("paragraph {i} mark {j} inline body"));
            }
        }
        stats.marks += p.marks.len();
    }
    stats.nodes = doc.tree.nodes().len();
    for (i, n) in doc.tree.nodes().iter().enumerate() {
        check_range(text, n.range, &format!("tree node {i} ({:?})", n.kind));
        if let Some(p) = n.paragraph {
            assert!((p as usize) < doc.paragraphs.len(), "tree node {i} names paragraph {p} of {}", doc.paragraphs.len());
        }
        if !n.kind.is_leaf() {
            check_children(doc, n, i);
        }
    }
    let leaves = doc.tree.leaves();
    stats.leaves = leaves.len();
    check_tiling(text, &leaves);
    if let Some(root) = doc.tree.root() {
        assert_eq!(root.kind, NodeKind::Document, "the root is not the document");
        assert_eq!(root.range, TextRange::new(0, len32(text)), "the root does not span the whole input");
    } else {
        panic!("the tree has no root");
    }
    stats
}

/// An inner node spans exactly its children, which follow one another without gaps.
fn check_children(doc: &Document<'_>, n: &Node, i: usize) {
    let kids: Vec<&Node> = doc.tree.children(n).collect();
    match (kids.first(), kids.last()) {
        (Some(first), Some(last)) => {
            assert_eq!(first.range.start, n.range.start, "inner node {i} ({:?}) starts before its first child", n.kind);
            assert_eq!(last.range.end, n.range.end, "inner node {i} ({:?}) ends after its last child", n.kind);
            for w in kids.windows(2) {
                assert_eq!(
                    w[0].range.end, w[1].range.start,
                    "children of inner node {i} ({:?}) leave a gap or overlap: {:?} then {:?}",
                    n.kind, w[0].range, w[1].range
                );
            }
        }
        _ => assert!(n.range.is_empty(), "inner node {i} ({:?}) has no children but spans {:?}", n.kind, n.range),
    }
}

/// The leaves tile the input: first at 0, each next where the previous ended, last at
/// the end; no leaf is empty.
fn check_tiling(text: &str, leaves: &[&Node]) {
    let mut pos = 0u32;
    for (k, leaf) in leaves.iter().enumerate() {
        assert_eq!(leaf.range.start, pos, "leaf {k} ({:?}) starts at {} but the previous leaf ended at {pos}", leaf.kind, leaf.range.start);
        assert!(!leaf.range.is_empty(), "leaf {k} ({:?}) is empty", leaf.kind);
        pos = leaf.range.end;
    }
    assert_eq!(pos as usize, text.len(), "the leaves end at {pos}, the text at {}", text.len());
}

fn len32(text: &str) -> u32 {
    u32::try_from(text.len()).unwrap_or(u32::MAX)
}

/// Checks a diagnostic's range, annotations and fix against `text`.
pub fn check_diagnostic(text: &str, d: &Diagnostic, k: usize) {
    check_range(text, d.range, &format!("diagnostic {k} ({})", d.rule));
    assert!(resolint::rules::find(d.rule).is_some(), "diagnostic {k} names an unknown rule `{}`", d.rule);
    assert!(!d.message.is_empty(), "diagnostic {k} ({}) has no message", d.rule);
    for (a, ann) in d.annotations.iter().enumerate() {
        check_range(text, ann.range, &format!("diagnostic {k} ({}) annotation {a}", d.rule));
    }
    if let Some(fix) = &d.fix {
        assert!(!fix.edits.is_empty(), "diagnostic {k} ({}) has a fix without edits", d.rule);
        for (e, edit) in fix.edits.iter().enumerate() {
            check_range(text, edit.range, &format!("diagnostic {k} ({}) edit {e}", d.rule));
        }
        for (e, w) in fix.edits.windows(2).enumerate() {
            assert!(
                w[0].range.end <= w[1].range.start,
                "diagnostic {k} ({}): edits {e} ({:?}) and {} ({:?}) are unsorted or overlap",
                d.rule,
                w[0].range,
                e + 1,
                w[1].range
            );
            assert!(
                !(w[0].range.is_empty() && w[0].range == w[1].range),
                "diagnostic {k} ({}): edits {e} and {} insert at the same point {}",
                d.rule,
                e + 1,
                w[0].range.start
            );
        }
    }
}

/// Checks a report: every diagnostic, their order, and the summary counts.
pub fn check_report(text: &str, report: &Report) {
    for (k, d) in report.diagnostics.iter().enumerate() {
        check_diagnostic(text, d, k);
    }
    for (k, w) in report.diagnostics.windows(2).enumerate() {
        assert!(
            (w[0].range.start, w[0].range.end) <= (w[1].range.start, w[1].range.end),
            "diagnostics {k} and {} are out of order: {:?} then {:?}",
            k + 1,
            w[0].range,
            w[1].range
        );
    }
    let s = report.summary;
    assert_eq!(s.errors + s.warnings + s.infos, report.diagnostics.len(), "the summary does not count every diagnostic");
}

/// Parses and validates `text` under `config`, checking everything; returns the stats
/// and the report.
pub fn check_text(text: &str, config: &Config) -> (DocStats, Report) {
    let doc = parse_with(text, config.lang);
    let stats = check_document(text, &doc);
    let report = validate(text, config);
    check_report(text, &report);
    (stats, report)
}

/// Fixing: applying the report's fixes never panics (safe and unsafe), the result
/// parses cleanly, and `fix_all` is idempotent.
pub fn check_fixes(text: &str, config: &Config) {
    let report = validate(text, config);
    for up_to in [Applicability::Safe, Applicability::Unsafe] {
        let fixed = apply_fixes(text, &report.diagnostics, up_to);
        check_document(&fixed, &parse(&fixed));
    }
    let once = fix_all(text, config);
    let (_, after) = check_text(&once.text, config);
    let twice = fix_all(&once.text, config);
    assert!(
        twice.text == once.text,
        "fix_all is not idempotent: a second run applied {} more fix(es); remaining safe fixes: {:?}",
        twice.applied,
        after
            .diagnostics
            .iter()
            .filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability == Applicability::Safe))
            .map(|d| (d.rule, d.range))
            .collect::<Vec<_>>()
    );
}

/// The paragraphs API: the joined text is the paragraphs joined with line breaks, every
/// report span is valid in it, and each located diagnostic lies inside its paragraph.
pub fn check_paragraphs(paragraphs: &[Paragraph], config: &Config) -> ParagraphsReport {
    let out = validate_paragraphs(paragraphs, config);
    check_report(&out.text, &out.report);
    assert_eq!(out.starts.len(), paragraphs.len(), "one start per paragraph");
    assert_eq!(out.located().len(), out.report.diagnostics.len(), "one located diagnostic per diagnostic");
    for (i, p) in paragraphs.iter().enumerate() {
        let start = out.starts[i] as usize;
        let end = start + p.text.len();
        assert!(end <= out.text.len(), "paragraph {i} ends beyond the joined text");
        let joined = &out.text[start..end];
        let expected: String = p.text.chars().map(|c| if matches!(c, '\n' | '\r') { '\u{b}' } else { c }).collect();
        assert_eq!(joined, expected, "paragraph {i} is not where `starts` says");
    }
    for (k, l) in out.located().iter().enumerate() {
        assert!(l.paragraph < paragraphs.len().max(1), "located diagnostic {k} names paragraph {} of {}", l.paragraph, paragraphs.len());
        let Some(p) = paragraphs.get(l.paragraph) else { continue };
        let (s, e) = (l.start as usize, l.end as usize);
        assert!(
            s <= e && e <= p.text.len(),
            "located diagnostic {k} ({}) spans {s}..{e}, outside paragraph {} ({} bytes)",
            l.diagnostic.rule,
            l.paragraph,
            p.text.len()
        );
        assert!(
            p.text.is_char_boundary(s) && p.text.is_char_boundary(e),
            "located diagnostic {k} ({}) {s}..{e} is off char boundaries in paragraph {}",
            l.diagnostic.rule,
            l.paragraph
        );
        assert_eq!(
            out.starts[l.paragraph] + l.start,
            l.diagnostic.range.start,
            "located diagnostic {k} does not map back to its range"
        );
    }
    out
}
