//! The rule pages in `docs/rules/` are tested: every rule in the registry has a page
//! whose metadata agrees with the registry, and the page's examples run.
//!
//! A page holds at least one block fenced as ```` ```text fail ```` (it must make the
//! rule fire) and one fenced as ```` ```text pass ```` (the rule must stay quiet on it;
//! other rules may speak). `docs/rules/README.md` is the index: it links every page.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use resolint::rules::FixAvailability;
use resolint::{validate, Config, RULES};

fn docs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs").join("rules")
}

#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Fail,
    Pass,
}

/// A fenced example: what it must do, where it starts (1-based line) and its text.
struct Example {
    kind: Kind,
    line: usize,
    text: String,
}

/// The ```` ```text fail ```` and ```` ```text pass ```` blocks of a page.
fn examples(page: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut open: Option<(Kind, usize, Vec<&str>)> = None;
    for (i, line) in page.lines().enumerate() {
        match open.take() {
            Some((kind, start, body)) if line.trim_end() == "```" => {
                let mut text = body.join("\n");
                text.push('\n');
                out.push(Example { kind, line: start, text });
            }
            Some((kind, start, mut body)) => {
                body.push(line);
                open = Some((kind, start, body));
            }
            None => {
                let fence = line.trim_end();
                if fence == "```text fail" {
                    open = Some((Kind::Fail, i + 1, Vec::new()));
                } else if fence == "```text pass" {
                    open = Some((Kind::Pass, i + 1, Vec::new()));
                }
            }
        }
    }
    assert!(open.is_none(), "an example block is not closed");
    out
}

fn fix_word(fix: FixAvailability) -> &'static str {
    match fix {
        FixAvailability::None => "none",
        FixAvailability::Safe => "safe",
        FixAvailability::Unsafe => "unsafe",
    }
}

fn fail_on(problems: &[String], what: &str) {
    assert!(problems.is_empty(), "{} {what}:\n  - {}\n", problems.len(), problems.join("\n  - "));
}

#[test]
fn every_rule_has_a_page_with_registry_metadata_and_both_kinds_of_example() {
    let mut problems = Vec::new();
    for rule in RULES {
        let meta = &rule.meta;
        let path = docs_dir().join(format!("{}.md", meta.name));
        let Ok(page) = fs::read_to_string(&path) else {
            problems.push(format!("docs/rules/{}.md is missing", meta.name));
            continue;
        };
        let expected = [
            format!("# `{}`", meta.name),
            format!("- **Group:** {}", meta.group.as_str()),
            format!("- **Default severity:** {}", meta.default_severity.as_str()),
            format!("- **Fix:** {}", fix_word(meta.fix)),
        ];
        for line in &expected {
            if !page.lines().any(|l| l.trim_end() == line) {
                problems.push(format!("docs/rules/{}.md lacks the line `{line}` (as in the registry)", meta.name));
            }
        }
        for heading in ["## What it checks", "## Why", "## What it tolerates", "## Fix"] {
            if !page.lines().any(|l| l.trim_end() == heading) {
                problems.push(format!("docs/rules/{}.md lacks the section `{heading}`", meta.name));
            }
        }
        let found = examples(&page);
        for kind in [Kind::Fail, Kind::Pass] {
            if !found.iter().any(|e| e.kind == kind) {
                problems.push(format!("docs/rules/{}.md has no `text {}` example", meta.name, if kind == Kind::Fail { "fail" } else { "pass" }));
            }
        }
    }
    fail_on(&problems, "problems with rule pages");
}

#[test]
fn page_examples_behave_as_labelled() {
    let config = Config::default();
    let mut problems = Vec::new();
    let mut run = 0;
    for rule in RULES {
        let name = rule.meta.name;
        let Ok(page) = fs::read_to_string(docs_dir().join(format!("{name}.md"))) else { continue };
        for example in examples(&page) {
            run += 1;
            let report = validate(&example.text, &config);
            let own: Vec<_> = report.diagnostics.iter().filter(|d| d.rule == name).collect();
            match example.kind {
                Kind::Fail if own.is_empty() => {
                    let others: Vec<_> = report.diagnostics.iter().map(|d| format!("{}: {}", d.rule, d.message)).collect();
                    problems.push(format!("docs/rules/{name}.md:{}: the `text fail` example does not fire `{name}` (got: {others:?})", example.line));
                }
                Kind::Pass if !own.is_empty() => {
                    let messages: Vec<_> = own.iter().map(|d| &*d.message).collect();
                    problems.push(format!("docs/rules/{name}.md:{}: the `text pass` example fires `{name}`: {messages:?}", example.line));
                }
                _ => {}
            }
        }
    }
    assert!(run >= 2 * RULES.len(), "only {run} examples ran for {} rules", RULES.len());
    fail_on(&problems, "examples that do not behave as labelled");
}

#[test]
fn index_links_every_rule_and_no_page_is_orphaned() {
    let index = fs::read_to_string(docs_dir().join("README.md")).expect("docs/rules/README.md exists");
    let known: BTreeSet<&str> = RULES.iter().map(|r| r.meta.name).collect();
    let mut problems = Vec::new();
    for rule in RULES {
        let meta = &rule.meta;
        let link = format!("[`{}`]({}.md)", meta.name, meta.name);
        let Some(row) = index.lines().find(|l| l.contains(&link)) else {
            problems.push(format!("docs/rules/README.md has no row linking {link}"));
            continue;
        };
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let want = [meta.group.as_str(), meta.default_severity.as_str(), fix_word(meta.fix)];
        for w in want {
            if !cells.contains(&w) {
                problems.push(format!("docs/rules/README.md: the row of `{}` does not say `{w}`", meta.name));
            }
        }
    }
    for entry in fs::read_dir(docs_dir()).expect("docs/rules exists").filter_map(Result::ok) {
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = file.strip_suffix(".md") {
            if stem != "README" && !known.contains(stem) {
                problems.push(format!("docs/rules/{file} documents no rule in RULES"));
            }
        }
    }
    fail_on(&problems, "problems with the rule index");
}
