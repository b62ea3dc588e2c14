//! Conformance on the two documents the project started from (read from
//! `../shared/seeds/`, never copied into the repo): the real draft omnibus resolution
//! "STRENGTHENING DEMOCRACY" and a report prologue that is not a resolution.

use resolint::{apply_fixes, fix_all, validate, Applicability, Config, DocKind, Severity};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn seed(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

const OMNIBUS: &str = "004_991020ab79cd2c6b.txt";
const PROLOGUE: &str = "000_b2012f5b62b885d8.txt";

fn line_of(text: &str, offset: u32) -> usize {
    text[..offset as usize].matches('\n').count() + 1
}

#[test]
fn omnibus_outline_matches_the_draft() {
    let text = seed(OMNIBUS);
    let outline = validate(&text, &Config::default()).outline;
    assert_eq!(outline.kind, DocKind::Omnibus);
    assert_eq!(outline.title.as_deref(), Some("STRENGTHENING DEMOCRACY"));
    assert_eq!(outline.organ.as_deref(), Some("THE GENERAL ASSEMBLY"));
    assert_eq!(outline.preambular, 5, "general preamble");
    let operative: Vec<usize> = outline.sections.iter().map(|s| s.operative).collect();
    let preambular: Vec<usize> = outline.sections.iter().map(|s| s.preambular).collect();
    assert_eq!(operative, [2, 3, 5, 5, 4, 5, 11, 3, 10, 10]);
    assert_eq!(preambular, [2, 2, 8, 6, 4, 1, 1, 2, 6, 5]);
    assert_eq!(outline.sections[0].heading.as_deref(), Some("Consumer Protection in the Americas"));
    assert_eq!(outline.sections[0].line, 21);
    assert_eq!(
        outline.sections[3].heading.as_deref(),
        Some("Technical cooperation and electoral observation missions"),
        "the footnote call after a heading is not part of it"
    );
    assert_eq!(outline.footnotes, 2);
}

#[test]
fn omnibus_numbering_errors_are_on_the_repeated_ones_with_renumbering_fixes() {
    let text = seed(OMNIBUS);
    let report = validate(&text, &Config::default());
    let numbering: Vec<(usize, String)> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "operative-numbering")
        .map(|d| {
            assert_eq!(d.severity, Severity::Error);
            let fix = d.fix.as_ref().expect("a renumbering fix");
            assert_eq!(fix.applicability, Applicability::Safe);
            (line_of(&text, d.range.start), fix.edits[0].text.to_string())
        })
        .collect();
    let expected: Vec<(usize, String)> =
        [(70, "2"), (72, "3"), (74, "4"), (76, "5"), (119, "2"), (121, "3"), (123, "4")].iter().map(|&(l, n)| (l, n.to_owned())).collect();
    assert_eq!(numbering, expected);
}

#[test]
fn omnibus_reports_the_placeholder_the_doubled_word_and_the_tab_indentation() {
    let text = seed(OMNIBUS);
    let report = validate(&text, &Config::default());
    let find = |rule: &str| report.diagnostics.iter().filter(|d| d.rule == rule).collect::<Vec<_>>();
    let placeholder = find("placeholder");
    assert_eq!(placeholder.len(), 1);
    assert_eq!(placeholder[0].range.slice(&text), "xxxx");
    assert!(text[..placeholder[0].range.end as usize + 3].ends_with("AG/doc.xxxx/21"));
    let doubled = find("doubled-word");
    assert_eq!(doubled.len(), 1);
    assert_eq!(doubled[0].range.slice(&text), "in in");
    assert_eq!(line_of(&text, doubled[0].range.start), 233);
    let tab_lines: BTreeSet<usize> = text.lines().enumerate().filter(|(_, l)| l.starts_with('\t')).map(|(i, _)| i + 1).collect();
    assert_eq!(tab_lines, BTreeSet::from([99, 195]));
    let indentation: BTreeSet<usize> = report
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("indented"))
        .map(|d| line_of(&text, d.range.start))
        .collect();
    assert_eq!(indentation, tab_lines);
}

#[test]
fn omnibus_has_no_error_anywhere_else() {
    let text = seed(OMNIBUS);
    let report = validate(&text, &Config::default());
    let errors: BTreeSet<&str> = report.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(|d| d.rule).collect();
    assert_eq!(errors, BTreeSet::from(["operative-numbering", "placeholder"]));
    assert_eq!(report.summary.errors, 8);
    let warnings: Vec<(&str, usize)> =
        report.diagnostics.iter().filter(|d| d.severity == Severity::Warning).map(|d| (d.rule, line_of(&text, d.range.start))).collect();
    assert_eq!(warnings, [("operative-number-format", 99), ("doubled-word", 233), ("acronym-conflict", 235), ("citation-number-range", 239)]);
}

#[test]
fn omnibus_citations_and_acronyms() {
    let text = seed(OMNIBUS);
    let report = validate(&text, &Config::default());
    let hits = |rule: &str| report.diagnostics.iter().filter(|d| d.rule == rule).map(|d| d.range.slice(&text).to_owned()).collect::<Vec<_>>();
    // The one impossible number; the correct citations of the same sessions pass.
    assert_eq!(hits("citation-number-range"), ["AG/RES. 2391 (XLIX-O/19)"]);
    assert!(hits("citation-session-year").is_empty());
    assert!(hits("citation-format").is_empty());
    // "MECIGEP" is used before the paragraph that spells it out; "GEALC Network" is
    // spelled out two ways.
    assert_eq!(hits("acronym-before-definition"), ["MECIGEP"]);
    assert_eq!(hits("acronym-conflict"), ["GEALC Network"]);
    // "at its fifty-first regular session" in a draft agreed in November 2021.
    assert_eq!(hits("session-ordinal"), ["fifty-first regular session"]);
}

#[test]
fn omnibus_safe_fixes_leave_nothing_fixable_and_change_only_their_spans() {
    let text = seed(OMNIBUS);
    let config = Config::default();
    let fixed = fix_all(&text, &config);
    assert!(fixed.applied > 0);
    let after = validate(&fixed.text, &config);
    assert!(after.diagnostics.iter().all(|d| d.fix.is_none()), "left fixable: {:?}", after.diagnostics);
    assert_eq!(after.outline, validate(&text, &config).outline, "fixing keeps the structure");
    // One pass already reaches the fixed point: every fix was independent.
    let one_pass = apply_fixes(&text, &validate(&text, &config).diagnostics, Applicability::Safe);
    assert_eq!(one_pass, fixed.text);
    // Word by word, only the repeated numbers change and one doubled "in" goes.
    let before: Vec<&str> = text.split_whitespace().collect();
    let mut after_words: Vec<&str> = fixed.text.split_whitespace().collect();
    assert_eq!(before.len(), after_words.len() + 1);
    let doubled = before.windows(2).position(|w| w == ["in", "in"]).unwrap();
    after_words.insert(doubled, "in");
    let changed: Vec<(&str, &str)> = before.iter().zip(&after_words).filter(|(a, b)| a != b).map(|(a, b)| (*a, *b)).collect();
    assert_eq!(changed, [("1.", "2."), ("1.", "3."), ("1.", "4."), ("1.", "5."), ("1.", "2."), ("1.", "3."), ("1.", "4.")]);
}

#[test]
fn omnibus_tree_covers_the_input_exactly() {
    let text = seed(OMNIBUS);
    let doc = resolint::parse(&text);
    let mut pos = 0;
    for leaf in doc.tree.leaves() {
        assert_eq!(leaf.range.start, pos);
        pos = leaf.range.end;
    }
    assert_eq!(pos as usize, text.len());
}

#[test]
fn prologue_is_not_a_resolution_and_gets_exactly_one_diagnostic() {
    let text = seed(PROLOGUE);
    let report = validate(&text, &Config::default());
    assert_eq!(report.outline.kind, DocKind::None);
    let rules: Vec<&str> = report.diagnostics.iter().map(|d| d.rule).collect();
    assert_eq!(rules, ["not-a-resolution"]);
}
