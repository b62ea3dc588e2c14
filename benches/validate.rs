//! Criterion benchmarks: parse and validate on the seed omnibus draft and on generated
//! drafts of 40 KB, 400 KB, 4 MB and 40 MB in five shapes, plus a scaling group of the
//! adversarial shapes whose time grows faster than their size (see BENCHMARKS.md).
//!
//! ```text
//! cargo bench --bench validate                 # everything (about ten minutes)
//! cargo bench --bench validate -- seed         # one group (Criterion's filter)
//! scripts/bench.sh                             # the same, logged
//! ```
//!
//! An input whose single run takes longer than `RESOLINT_BENCH_MAX_RUN_SECS` (default
//! 3 s) is timed once, reported as "not sampled", and skipped, so that a super-linear
//! spot in the core cannot stretch the run to hours. Throughput is reported in bytes. The generators are deterministic (a fixed xorshift
//! seed, std only): the same shape and size always give the same text. Setting
//! `RESOLINT_WRITE_DRAFT=FILE[:SHAPE[:BYTES]]` writes one generated draft to FILE and
//! exits instead of benchmarking (`scripts/peak-memory.sh` uses it).

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use resolint::{apply_fixes, parse, validate, Applicability, Config};
use std::hint::black_box;
use std::time::Duration;

// ---------------------------------------------------------------------------------------
// Deterministic text.

/// xorshift64*: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "the", "member", "states", "of", "organization", "regional", "cooperation", "democratic", "institutions", "in",
    "accordance", "with", "principles", "rights", "development", "security", "progress", "within", "framework", "inter-American",
    "system", "continue", "support", "efforts", "strengthen", "capacity", "national", "authorities", "civil", "society",
    "and", "to", "report", "General", "Secretariat", "Permanent", "Council", "activities", "resources", "available",
    "consumers", "children", "adolescents", "electoral", "observation", "missions", "corruption", "justice", "public", "management",
    "digital", "government", "cadastre", "registry", "pandemic", "recovery", "women", "participation", "transparency", "Americas",
];

const CITATIONS: &[&str] = &[
    "AG/RES. 2958 (L-O/20)", "AG/RES. 2927 (XLVIII-O/18)", "CP/RES. 1151 (2280/20)", "AG/doc.5720/21", "CIDI/RES. 340 (XXV-O/20)",
    "CP/doc.5676/21 rev. 1", "AG/RES. 1080 (XXI-O/91)", "the Inter-American Democratic Charter",
];

const LEADS: &[&str] = &[
    "REAFFIRMING", "RECALLING", "BEARING IN MIND", "CONSIDERING", "NOTING", "RECOGNIZING", "EMPHASIZING", "TAKING INTO ACCOUNT",
    "UNDERSCORING", "MINDFUL",
];

const VERBS: &[&str] = &["request", "invite", "instruct", "urge", "encourage", "reaffirm", "acknowledge", "call on", "welcome", "support"];

/// Appends about `len` bytes of prose (words, commas, citations when `cite`), never the
/// same word twice in a row, never ending in punctuation.
fn prose(rng: &mut Rng, out: &mut String, len: usize, cite: bool) {
    let start = out.len();
    let mut last = "";
    let mut first = true;
    while out.len() - start < len {
        if !first {
            out.push(if rng.below(12) == 0 { ',' } else { ' ' });
            if out.ends_with(',') {
                out.push(' ');
            }
        }
        first = false;
        if cite && rng.below(10) == 0 {
            out.push_str("resolution ");
            out.push_str(rng.pick(CITATIONS));
            last = "";
            continue;
        }
        let mut w = rng.pick(WORDS);
        while w == last {
            w = rng.pick(WORDS);
        }
        out.push_str(w);
        last = w;
    }
}

/// The shapes of generated drafts.
#[derive(Clone, Copy, Debug)]
enum Shape {
    /// Like the seed: sections with headings, preambles, numbered operative paragraphs of
    /// a few hundred bytes, some sub-paragraphs, footnotes.
    Omnibus,
    /// Many short paragraphs (20–60 bytes).
    Short,
    /// Few long paragraphs (8–16 KB each).
    Long,
    /// One operative paragraph holding almost all of the text.
    Huge,
    /// Citations and footnote calls in every paragraph, a long footnote block.
    Citations,
}

const SHAPES: [Shape; 5] = [Shape::Omnibus, Shape::Short, Shape::Long, Shape::Huge, Shape::Citations];

impl Shape {
    fn name(self) -> &'static str {
        match self {
            Shape::Omnibus => "omnibus",
            Shape::Short => "short-paragraphs",
            Shape::Long => "long-paragraphs",
            Shape::Huge => "one-paragraph",
            Shape::Citations => "citations-footnotes",
        }
    }

    fn from_name(name: &str) -> Option<Shape> {
        SHAPES.into_iter().find(|s| s.name() == name)
    }

    /// (preambular paragraphs, operative paragraphs, paragraph length) of a section.
    fn section(self, rng: &mut Rng) -> (usize, usize, usize) {
        match self {
            Shape::Omnibus => (2 + rng.below(5), 2 + rng.below(9), 120 + rng.below(300)),
            Shape::Short => (2, 40, 10 + rng.below(40)),
            Shape::Long => (1, 2, 8_000 + rng.below(8_000)),
            Shape::Citations => (2 + rng.below(3), 3 + rng.below(6), 200 + rng.below(200)),
            Shape::Huge => (0, 0, 0),
        }
    }
}

const HEAD: &str = "[bookmark: _Hlk77505801]DRAFT OMNIBUS RESOLUTION\n\nSTRENGTHENING DEMOCRACY\n\n\
(Agreed upon by the Permanent Council at the regular meeting held on November 4, 2021 \n\
and referred to the plenary of the General Assembly for consideration)\n\n\n\
THE GENERAL ASSEMBLY,\n\n\
REAFFIRMING the norms and general principles of international law and those contained in the Charter of the Organization of American States (OAS);\n\n\
RECALLING resolution AG/RES. 2958 (L-O/20) and all previous resolutions adopted on this subject; and\n\n\
CONSIDERING that the programs, activities, and tasks set out in the resolutions under the purview of the CAJP help further the essential purposes of the Organization,\n\n";

/// A generated draft of about `size` bytes (a little more: the last section and the
/// footnote block are completed).
fn draft(shape: Shape, size: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ size as u64 ^ (shape as u64) << 56);
    let mut out = String::with_capacity(size + 64 * 1024);
    out.push_str(HEAD);
    if let Shape::Huge = shape {
        out.push_str("RESOLVES:\n\n1.\tTo ");
        out.push_str(rng.pick(VERBS));
        out.push(' ');
        let rest = size.saturating_sub(out.len() + 2);
        prose(&mut rng, &mut out, rest, true);
        out.push_str(".\n");
        return out;
    }
    let mut footnote = 0usize;
    let mut notes = 0usize;
    let mut section = 0usize;
    while out.len() < size {
        section += 1;
        let (pre, ops, len) = shape.section(&mut rng);
        out.push_str(&format!("[bookmark: _Toc{}]Section {section} on ", 86_668_276 + section));
        let heading_len = 30 + rng.below(40);
        prose(&mut rng, &mut out, heading_len, false);
        out.push_str("\n\n");
        for k in 0..pre {
            out.push_str(rng.pick(LEADS));
            out.push(' ');
            prose(&mut rng, &mut out, len, !matches!(shape, Shape::Short));
            if let Shape::Citations = shape {
                footnote = footnote % 60 + 1;
                out.push_str(&format!(" {footnote}/"));
            }
            out.push_str(if k + 2 == pre { "; and\n\n" } else if k + 1 == pre { ",\n\n" } else { ";\n\n" });
        }
        out.push_str("RESOLVES:\n\n");
        for k in 0..ops {
            out.push_str(&format!("{}.\tTo {} ", k + 1, rng.pick(VERBS)));
            prose(&mut rng, &mut out, len, !matches!(shape, Shape::Short));
            let subs = matches!(shape, Shape::Omnibus | Shape::Citations) && rng.below(6) == 0;
            match shape {
                Shape::Citations => {
                    footnote = footnote % 60 + 1;
                    out.push_str(&format!(" [footnoteRef:{footnote}]/ [{footnote}: .\tThe delegation of {} notes ", rng.pick(WORDS)));
                    prose(&mut rng, &mut out, 80, false);
                    out.push_str(".]");
                }
                Shape::Omnibus if rng.below(15) == 0 => {
                    footnote = footnote % 9 + 1;
                    notes = notes.max(footnote);
                    out.push_str(&format!(" {footnote}/"));
                }
                _ => {}
            }
            if subs {
                out.push_str(":\n\n");
                for (j, label) in ["a.", "b.", "c."].iter().enumerate() {
                    out.push_str(label);
                    out.push(' ');
                    prose(&mut rng, &mut out, 60, false);
                    out.push_str(if j == 2 { ".\n\n" } else { ";\n\n" });
                }
            } else {
                out.push_str(".\n\n");
            }
        }
    }
    out.push_str("\nFOOTNOTES\n\n");
    if let Shape::Citations = shape {
        notes = 60;
    }
    for n in 1..=notes {
        out.push_str(&format!("{n}.\tThe delegation of {} ", rng.pick(WORDS)));
        prose(&mut rng, &mut out, 120, true);
        out.push_str(".\n\n");
    }
    out
}

/// The adversarial shapes of `tests/adversarial.rs` whose time grows faster than their
/// size, at `n` repetitions of their unit.
fn adversarial(name: &str, n: usize) -> String {
    let head = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n";
    match name {
        "long-preamble" => format!("THE GENERAL ASSEMBLY,\n\n{}RESOLVES:\n\n1. To ask.\n", "RECALLING the report;\n\n".repeat(n)),
        "unnumbered-operative" => format!("{head}{}", "To ask.\n\n".repeat(n)),
        "long-title-block" => format!("{}TITLE 1/\n\n{}", "TITLE\n\n".repeat(n / 2), "Hello world.\n\n".repeat(n / 2)),
        "unclosed-inline-footnotes" => format!("{head}1. To ask {}.\n", "x[1: y ".repeat(n)),
        "unclosed-bookmarks" => format!("{head}1. To ask {}.\n", "[bookmark: y ".repeat(n)),
        "leading-bookmarks" => format!("{head}{}1. To ask.\n", "[bookmark: _T]".repeat(n)),
        "wrapped-lines-marks" => format!("{head}1. To ask\n{}", "a1/ \n".repeat(n)),
        "sub-paragraph-list" => format!("{head}1. To ask:\n\n{}", "a. for x;\n\n".repeat(n)),
        "nested-parentheses" => format!("{head}1. To {}ask.\n", "(".repeat(n)),
        "one-word-paragraphs" => "word\n\n".repeat(n),
        "citations-acronyms" => format!("THE GENERAL ASSEMBLY,\n\n{}RESOLVES:\n\n1. To ask.\n", "NOTING the OAS report AG/RES. 2958 (L-O/20);\n\n".repeat(n)),
        _ => unreachable!("unknown adversarial shape {name}"),
    }
}

const ADVERSARIAL: [&str; 11] = [
    "long-preamble",
    "unnumbered-operative",
    "long-title-block",
    "unclosed-inline-footnotes",
    "unclosed-bookmarks",
    "leading-bookmarks",
    "wrapped-lines-marks",
    "sub-paragraph-list",
    "nested-parentheses",
    "one-word-paragraphs",
    "citations-acronyms",
];

/// The longest a single run may take before an input is reported instead of sampled
/// (Criterion needs at least eleven runs): `RESOLINT_BENCH_MAX_RUN_SECS`, default 3.
fn max_run() -> Duration {
    let secs = std::env::var("RESOLINT_BENCH_MAX_RUN_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    Duration::from_secs_f64(secs)
}

/// Times one run of `f`; when it exceeds [`max_run`], prints the figure and returns
/// false so that the caller skips sampling it (the input is super-linear somewhere).
fn fits(id: &str, bytes: usize, f: impl FnOnce()) -> bool {
    let start = std::time::Instant::now();
    f();
    let took = start.elapsed();
    if took <= max_run() {
        return true;
    }
    let mbs = bytes as f64 / took.as_secs_f64() / 1e6;
    println!("{id}: one run took {:.2} s ({mbs:.1} MB/s for {bytes} bytes), over the {:.1} s limit: not sampled", took.as_secs_f64(), max_run().as_secs_f64());
    false
}

fn seed() -> Option<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/004_991020ab79cd2c6b.txt");
    std::fs::read_to_string(path).ok()
}

// ---------------------------------------------------------------------------------------
// Benchmarks.

fn bench_seed(c: &mut Criterion) {
    let Some(text) = seed() else {
        eprintln!("../shared/seeds/004_991020ab79cd2c6b.txt not found: seed benchmarks skipped");
        return;
    };
    let config = Config::default();
    let mut g = c.benchmark_group("seed-omnibus-42KB");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    g.bench_function("parse", |b| b.iter(|| parse(black_box(&text)).paragraphs.len()));
    g.bench_function("validate", |b| b.iter(|| validate(black_box(&text), &config).diagnostics.len()));
    let report = validate(&text, &config);
    g.bench_function("apply-safe-fixes", |b| b.iter(|| apply_fixes(black_box(&text), &report.diagnostics, Applicability::Safe).len()));
    g.bench_function("fix-all", |b| b.iter(|| resolint::fix_all(black_box(&text), &config).applied));
    g.finish();
}

const SIZES: [(usize, &str); 4] = [(40_000, "40KB"), (400_000, "400KB"), (4_000_000, "4MB"), (40_000_000, "40MB")];

fn bench_generated(c: &mut Criterion) {
    let config = Config::default();
    for (size, label) in SIZES {
        let mut g = c.benchmark_group(format!("generated-{label}"));
        // Few samples for large inputs: Criterion needs at least ten, one run each.
        match size {
            s if s >= 40_000_000 => {
                g.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(1)).measurement_time(Duration::from_secs(1));
            }
            s if s >= 4_000_000 => {
                g.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
            }
            s if s >= 400_000 => {
                g.sample_size(20).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
            }
            _ => {
                g.sample_size(30).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(1));
            }
        }
        for shape in SHAPES {
            let text = draft(shape, size);
            g.throughput(Throughput::Bytes(text.len() as u64));
            // At 40 MB parsing is measured inside validation only, to keep the run short.
            let id = |op: &str| format!("generated-{label}/{op}/{}", shape.name());
            if size < 40_000_000 && fits(&id("parse"), text.len(), || drop(parse(&text))) {
                g.bench_with_input(BenchmarkId::new("parse", shape.name()), &text, |b, t| b.iter(|| parse(black_box(t)).paragraphs.len()));
            }
            if fits(&id("validate"), text.len(), || drop(validate(&text, &config))) {
                g.bench_with_input(BenchmarkId::new("validate", shape.name()), &text, |b, t| b.iter(|| validate(black_box(t), &config).diagnostics.len()));
            }
        }
        g.finish();
    }
}

/// The shapes whose time grows faster than their size, at three sizes ×4 apart: the
/// time per byte (shown as throughput) should stay flat; where it falls, the work is
/// super-linear. Kept small: at 24 000 repetitions some already take seconds per run.
fn bench_scaling(c: &mut Criterion) {
    let config = Config::default();
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(1)).measurement_time(Duration::from_millis(500));
    for name in ADVERSARIAL {
        for n in [1_500usize, 6_000, 24_000] {
            let text = adversarial(name, n);
            g.throughput(Throughput::Bytes(text.len() as u64));
            if !fits(&format!("scaling/{name}/{n}"), text.len(), || drop(validate(&text, &config))) {
                continue;
            }
            g.bench_with_input(BenchmarkId::new(name, n), &text, |b, t| b.iter(|| validate(black_box(t), &config).diagnostics.len()));
        }
    }
    // Applying many fixes at once (one doubled space every four bytes).
    for n in [1_500usize, 6_000, 24_000] {
        let text = format!("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To{}ask.\n", "x  y".repeat(n));
        let report = validate(&text, &config);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("apply-fixes-many", n), &text, |b, t| {
            b.iter(|| apply_fixes(black_box(t), &report.diagnostics, Applicability::Safe).len());
        });
    }
    g.finish();
}

fn write_draft(spec: &str) {
    let mut parts = spec.splitn(3, ':');
    let path = parts.next().unwrap_or("draft.txt");
    let shape = parts.next().map_or(Shape::Omnibus, |s| Shape::from_name(s).unwrap_or_else(|| panic!("unknown shape {s}")));
    let size = parts.next().map_or(40_000_000, |s| s.parse().unwrap_or_else(|_| panic!("not a size: {s}")));
    let text = draft(shape, size);
    std::fs::write(path, &text).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    eprintln!("wrote {path}: {} bytes, shape {}", text.len(), shape.name());
}

fn main() {
    if let Ok(spec) = std::env::var("RESOLINT_WRITE_DRAFT") {
        write_draft(&spec);
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    bench_seed(&mut c);
    bench_generated(&mut c);
    bench_scaling(&mut c);
    c.final_summary();
}
