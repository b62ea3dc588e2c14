//! Fixture tests for every rule in the registry.
//!
//! Layout (`tests/fixtures/`):
//!
//! - `<rule-name>/fail*.txt` — drafts on which that rule must fire at least once;
//! - `<rule-name>/pass*.txt` — clean drafts of the same area: no diagnostic at all, from
//!   any rule;
//! - `conventions/*.txt` — drafts written in the real variants that CONVENTIONS.md says
//!   adopted OAS texts use: no error and no warning (info is allowed).
//!
//! Every fail fixture also gets an insta snapshot (`tests/snapshots/`) of its
//! diagnostics, one per line as `line:col severity[rule] message`, the text after
//! `fix_all` and what is left after fixing; and the fixes are checked: `fix_all` is
//! idempotent, leaves no diagnostic that still offers a safe fix, a rule's own safe fixes
//! make progress on that rule, and no rule declared `FixAvailability::None` offers a
//! fix.
//!
//! Regenerate the snapshots with `INSTA_UPDATE=always cargo test --test rule_fixtures`
//! and read every changed `.snap` before keeping it.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use resolint::rules::FixAvailability;
use resolint::syntax::LineIndex;
use resolint::{apply_fixes, fix_all, validate, Applicability, Config, Diagnostic, Severity, RULES};

/// The directory of the conventions corpus (not a rule).
const CONVENTIONS: &str = "conventions";

/// The corpus must cover the variants listed in the module docs; fewer files than this
/// means some were lost.
const MIN_CONVENTIONS: usize = 20;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

/// `.txt` files of `dir` whose name starts with `prefix`, sorted by name.
fn fixture_files(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt"))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefix)))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// `operative-numbering/fail-omnibus.txt`, for messages.
fn short(path: &Path) -> String {
    path.strip_prefix(fixtures_dir()).unwrap_or(path).display().to_string()
}

fn stem(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned()
}

/// One line per diagnostic: `line:col severity[rule] message` (1-based, columns in chars).
fn render(text: &str, diagnostics: &[Diagnostic]) -> String {
    if diagnostics.is_empty() {
        return "(none)\n".to_owned();
    }
    let index = LineIndex::new(text);
    let mut out = String::new();
    for d in diagnostics {
        let at = index.line_col(text, d.range.start);
        let _ = writeln!(out, "{}:{} {}[{}] {}", at.line, at.column, d.severity.as_str(), d.rule, d.message);
    }
    out
}

/// Diagnostics offering a fix although their rule is declared `FixAvailability::None`.
fn undeclared_fixes(path: &Path, diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut problems = Vec::new();
    for d in diagnostics {
        let Some(rule) = RULES.iter().find(|r| r.meta.name == d.rule) else {
            problems.push(format!("{}: diagnostic of a rule not in RULES: `{}`", short(path), d.rule));
            continue;
        };
        let Some(fix) = &d.fix else { continue };
        // A rule that offers safe fixes may also offer unsafe ones (a fix that would
        // drop a word is only offered); a rule declared without fixes offers none.
        if rule.meta.fix == FixAvailability::None {
            problems.push(format!(
                "{}: `{}` is declared without fixes but offers a {:?} fix: {}",
                short(path),
                d.rule,
                fix.applicability,
                d.message
            ));
        }
    }
    problems
}

fn fail_on(problems: &[String], what: &str) {
    assert!(problems.is_empty(), "{} {what}:\n  - {}\n", problems.len(), problems.join("\n  - "));
}

#[test]
fn every_rule_has_a_fail_and_a_pass_fixture() {
    let root = fixtures_dir();
    let mut problems = Vec::new();
    for rule in RULES {
        let name = rule.meta.name;
        let dir = root.join(name);
        if !dir.is_dir() {
            problems.push(format!("no fixture directory tests/fixtures/{name}/"));
            continue;
        }
        for required in ["fail.txt", "pass.txt"] {
            if !dir.join(required).is_file() {
                problems.push(format!("tests/fixtures/{name}/{required} is missing"));
            }
        }
    }
    fail_on(&problems, "rules without their fixture pair");
}

#[test]
fn fixture_directories_name_known_rules_and_hold_only_fail_and_pass_files() {
    let root = fixtures_dir();
    let known: BTreeSet<&str> = RULES.iter().map(|r| r.meta.name).collect();
    let mut problems = Vec::new();
    for entry in fs::read_dir(&root).expect("tests/fixtures exists").filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !path.is_dir() {
            problems.push(format!("stray file tests/fixtures/{name}: fixtures live in a directory per rule"));
            continue;
        }
        if name == CONVENTIONS {
            continue;
        }
        if !known.contains(name.as_str()) {
            problems.push(format!("tests/fixtures/{name}/ is not the name of a rule in RULES"));
            continue;
        }
        for file in fs::read_dir(&path).expect("readable").filter_map(Result::ok) {
            let f = file.file_name().to_string_lossy().into_owned();
            let is_txt = file.path().extension().is_some_and(|e| e == "txt");
            let ok = is_txt && (f.starts_with("fail") || f.starts_with("pass"));
            if !ok {
                problems.push(format!("tests/fixtures/{name}/{f}: fixture files are named fail*.txt or pass*.txt"));
            }
        }
    }
    fail_on(&problems, "problems in tests/fixtures/");
}

#[test]
fn fail_fixtures_fire_their_rule_and_fix_cleanly() {
    let config = Config::default();
    let mut problems = Vec::new();
    let mut snapshot_failures = Vec::new();
    let mut seen = 0;
    for rule in RULES {
        let name = rule.meta.name;
        for path in fixture_files(&fixtures_dir().join(name), "fail") {
            seen += 1;
            let text = read(&path);
            let report = validate(&text, &config);
            let own: Vec<Diagnostic> = report.diagnostics.iter().filter(|d| d.rule == name).cloned().collect();
            if own.is_empty() {
                problems.push(format!(
                    "{}: `{name}` did not fire; diagnostics were:\n{}",
                    short(&path),
                    render(&text, &report.diagnostics)
                ));
            }
            problems.extend(undeclared_fixes(&path, &report.diagnostics));

            // A rule's own safe fixes, applied alone, make progress on that rule.
            if own.iter().any(|d| d.fix.as_ref().is_some_and(|f| f.applicability == Applicability::Safe)) {
                let partly = apply_fixes(&text, &own, Applicability::Safe);
                let left = validate(&partly, &config).diagnostics.iter().filter(|d| d.rule == name).count();
                if partly == text || left >= own.len() {
                    problems.push(format!(
                        "{}: applying the safe fixes of `{name}` alone did not reduce its diagnostics ({} before, {left} after)",
                        short(&path),
                        own.len()
                    ));
                }
            }

            let fixed = fix_all(&text, &config);
            let again = fix_all(&fixed.text, &config);
            if again.text != fixed.text {
                problems.push(format!("{}: fix_all is not idempotent (a second run changed the text again)", short(&path)));
            }
            let after = validate(&fixed.text, &config);
            let still_fixable: Vec<Diagnostic> = after
                .diagnostics
                .iter()
                .filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability == Applicability::Safe))
                .cloned()
                .collect();
            if !still_fixable.is_empty() {
                problems.push(format!(
                    "{}: after fix_all, diagnostics still offer a safe fix:\n{}",
                    short(&path),
                    render(&fixed.text, &still_fixable)
                ));
            }
            problems.extend(undeclared_fixes(&path, &after.diagnostics));

            let mut snap = String::new();
            let _ = writeln!(snap, "-- diagnostics --");
            snap.push_str(&render(&text, &report.diagnostics));
            let _ = writeln!(snap, "-- text after fix_all ({} fixes applied) --", fixed.applied);
            snap.push_str(&fixed.text);
            if !fixed.text.ends_with('\n') {
                snap.push('\n');
            }
            let _ = writeln!(snap, "-- diagnostics left after fix_all --");
            snap.push_str(&render(&fixed.text, &after.diagnostics));

            let snapshot_name = format!("{name}__{}", stem(&path));
            let mut settings = insta::Settings::clone_current();
            settings.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("snapshots"));
            settings.set_omit_expression(true);
            settings.set_description(format!("tests/fixtures/{}", short(&path)));
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                settings.bind(|| insta::assert_snapshot!(snapshot_name.clone(), snap));
            }));
            if outcome.is_err() {
                snapshot_failures.push(snapshot_name);
            }
        }
    }
    assert!(seen >= RULES.len(), "only {seen} fail fixtures for {} rules", RULES.len());
    if !snapshot_failures.is_empty() {
        problems.push(format!("snapshots differ (review them, then INSTA_UPDATE=always): {}", snapshot_failures.join(", ")));
    }
    fail_on(&problems, "problems with fail fixtures");
}

#[test]
fn pass_fixtures_produce_no_diagnostic_at_all() {
    let config = Config::default();
    let mut problems = Vec::new();
    let mut seen = 0;
    for rule in RULES {
        for path in fixture_files(&fixtures_dir().join(rule.meta.name), "pass") {
            seen += 1;
            let text = read(&path);
            let report = validate(&text, &config);
            if !report.diagnostics.is_empty() {
                problems.push(format!("{}: expected no diagnostic, got:\n{}", short(&path), render(&text, &report.diagnostics)));
            }
            problems.extend(undeclared_fixes(&path, &report.diagnostics));
            let fixed = fix_all(&text, &config);
            if fixed.text != text {
                problems.push(format!("{}: fix_all changed a clean draft", short(&path)));
            }
        }
    }
    assert!(seen >= RULES.len(), "only {seen} pass fixtures for {} rules", RULES.len());
    fail_on(&problems, "pass fixtures with diagnostics");
}

#[test]
fn conventions_corpus_has_no_error_or_warning() {
    let config = Config::default();
    let files = fixture_files(&fixtures_dir().join(CONVENTIONS), "");
    assert!(files.len() >= MIN_CONVENTIONS, "the conventions corpus has {} files, expected at least {MIN_CONVENTIONS}", files.len());
    let mut problems = Vec::new();
    for path in &files {
        let text = read(path);
        let report = validate(&text, &config);
        let serious: Vec<Diagnostic> = report.diagnostics.iter().filter(|d| d.severity != Severity::Info).cloned().collect();
        if !serious.is_empty() {
            problems.push(format!("{}: a conforming variant got errors or warnings:\n{}", short(path), render(&text, &serious)));
        }
        if report.outline.kind == resolint::DocKind::None {
            problems.push(format!("{}: not recognised as a resolution or declaration", short(path)));
        }
        problems.extend(undeclared_fixes(path, &report.diagnostics));
    }
    fail_on(&problems, "conventions files with errors or warnings");
}

#[test]
fn every_fixture_snapshot_belongs_to_a_fail_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("snapshots");
    let Ok(entries) = fs::read_dir(&dir) else { return };
    let mut problems = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(name) = file.strip_prefix("rule_fixtures__").and_then(|f| f.strip_suffix(".snap")) else { continue };
        let fixture = name.split_once("__").map(|(rule, stem)| fixtures_dir().join(rule).join(format!("{stem}.txt")));
        if !fixture.is_some_and(|f| f.is_file() && stem(&f).starts_with("fail")) {
            problems.push(format!("tests/snapshots/{file} has no fail fixture: delete it"));
        }
    }
    fail_on(&problems, "stale snapshots");
}
