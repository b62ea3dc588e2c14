//! Reports as flat records: numbers in a `Vec<u32>`, every string in one `String`.
//!
//! Building thousands of small JavaScript objects through the boundary one property at a
//! time costs more than the validation itself, so the report crosses as two values (one
//! `Uint32Array` copy, one `TextDecoder` call) and `js/resolint.js` builds the objects.
//! A string is written as its UTF-16 length in the numbers (or [`NONE`] for a missing
//! one) and its text appended to the strings, so the decoder slices them in order.
//! All offsets and columns written here are UTF-16 code units.
//!
//! The layout (the decoder in `js/resolint.js` reads exactly this order):
//!
//! ```text
//! header:     str language, u32 errors, warnings, infos
//! outline:    str kind, optstr title, optstr organ, u32 preambular, footnotes, sections,
//!             then per section: optstr heading, u32 line, preambular, operative
//! diagnostics: u32 count, then per diagnostic:
//!             u32 rule (index in RULES, or NONE followed by str rule), u32 severity
//!             (0 error, 1 warning, 2 info), str message, optstr help,
//!             [paragraph mode: u32 paragraph], u32 line, column, endLine, endColumn,
//!             start, end (in paragraph mode: inside the paragraph),
//!             u32 fix (0 none, 1 safe, 2 unsafe); with a fix: u32 edits, then per edit
//!             [paragraph mode: u32 paragraph] u32 start, end, str text
//! ```

use crate::positions::{utf16_len, Positions};
use std::cell::Cell;
use resolint::diagnostics::{Applicability, Diagnostic, Severity};
use resolint::syntax::{DocKind, LineIndex};
use resolint::{Outline, Report, RULES};

/// Marks a missing string or an unknown rule.
pub const NONE: u32 = u32::MAX;

/// The records being written.
#[derive(Debug, Default)]
pub struct Records {
    pub nums: Vec<u32>,
    pub strs: String,
}

impl Records {
    fn num(&mut self, n: impl TryInto<u32>) {
        self.nums.push(n.try_into().unwrap_or(NONE));
    }

    fn str(&mut self, s: &str) {
        self.nums.push(utf16_len(s.as_bytes()));
        self.strs.push_str(s);
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.nums.push(NONE),
        }
    }
}

/// Paragraph mode: where each paragraph starts in the joined text (bytes).
#[derive(Debug, Clone, Copy)]
pub struct Paragraphs<'a> {
    pub starts: &'a [u32],
}

impl Paragraphs<'_> {
    /// The paragraph holding byte `offset`.
    fn of(self, offset: u32) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    fn start(self, paragraph: usize) -> u32 {
        self.starts.get(paragraph).copied().unwrap_or(0)
    }
}

fn kind_name(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Resolution => "resolution",
        DocKind::Omnibus => "omnibus",
        DocKind::Declaration => "declaration",
        DocKind::None => "none",
    }
}

/// Writes `report` (whose ranges point into `text`) as records; `lines` is the text's
/// line index (the parsed document's, when the caller has it: one pass less).
#[must_use]
pub fn report(text: &str, lines: &LineIndex, report: &Report, paragraphs: Option<Paragraphs<'_>>) -> Records {
    let mut out = Records {
        nums: Vec::with_capacity(32 + report.diagnostics.len() * 20),
        strs: String::new(),
    };
    out.str(report.language.code());
    out.num(report.summary.errors);
    out.num(report.summary.warnings);
    out.num(report.summary.infos);
    outline(&mut out, &report.outline);

    // No checkpoints: the diagnostics come sorted, so each offset converts by counting
    // on (or back) from the one before, and the text is read about once.
    let at = At {
        index: lines,
        map: Positions::new(text, 0),
        paragraphs,
        line: Cell::new((usize::MAX, 0)),
    };
    out.num(report.diagnostics.len());
    for d in &report.diagnostics {
        diagnostic(&mut out, &at, d);
    }
    out
}

fn outline(out: &mut Records, outline: &Outline) {
    out.str(kind_name(outline.kind));
    out.opt_str(outline.title.as_deref());
    out.opt_str(outline.organ.as_deref());
    out.num(outline.preambular);
    out.num(outline.footnotes);
    out.num(outline.sections.len());
    for s in &outline.sections {
        out.opt_str(s.heading.as_deref());
        out.num(s.line);
        out.num(s.preambular);
        out.num(s.operative);
    }
}

/// Where byte offsets are, in the terms that cross the boundary.
struct At<'t> {
    index: &'t LineIndex,
    map: Positions<'t>,
    paragraphs: Option<Paragraphs<'t>>,
    /// The last line a position was on, and the UTF-16 offset of its start
    /// (`usize::MAX`: none yet). Diagnostics come sorted, so most positions are on the
    /// line of the one before: no search, no conversion.
    line: Cell<(usize, u32)>,
}

impl At<'_> {
    /// 1-based line and UTF-16 column of byte `offset`, whose UTF-16 offset is `units`.
    fn line_col(&self, offset: u32, units: u32) -> (usize, u32) {
        let (last, last_units) = self.line.get();
        let on_last = last != usize::MAX
            && self.index.line_start(last) <= offset
            && offset < self.index.line_start(last + 1);
        let (line, start_units) = if on_last {
            (last, last_units)
        } else {
            let line = self.index.line_of(offset);
            let start_units = self.map.utf16(self.index.line_start(line));
            self.line.set((line, start_units));
            (line, start_units)
        };
        (line + 1, units - start_units.min(units) + 1)
    }

    /// The UTF-16 offsets of a byte range, and the same made relative for the output:
    /// whole-text offsets, or, in paragraph mode, the paragraph the range starts in and
    /// offsets from that paragraph's start (a range that runs on into later paragraphs
    /// keeps counting, one unit per paragraph break).
    fn range(&self, start: u32, end: u32) -> Range {
        let s = self.map.utf16(start);
        let e = self.map.utf16(end).max(s);
        let (paragraph, base) = match self.paragraphs {
            None => (None, 0),
            Some(p) => {
                let para = p.of(start);
                (Some(para), self.map.utf16(p.start(para)).min(s))
            }
        };
        Range {
            s,
            e,
            paragraph,
            start: s - base,
            end: e - base,
        }
    }
}

/// A range as [`At::range`] converts it.
#[derive(Clone, Copy)]
struct Range {
    s: u32,
    e: u32,
    paragraph: Option<usize>,
    start: u32,
    end: u32,
}

fn diagnostic(out: &mut Records, at: &At<'_>, d: &Diagnostic) {
    // Diagnostics carry the registry's own `&'static str`: compare pointers first.
    let rule = RULES
        .iter()
        .position(|r| std::ptr::eq(r.meta.name, d.rule))
        .or_else(|| RULES.iter().position(|r| r.meta.name == d.rule));
    if let Some(i) = rule {
        out.num(i);
    } else {
        out.num(NONE);
        out.str(d.rule);
    }
    out.num(match d.severity {
        Severity::Error => 0u32,
        Severity::Warning => 1,
        Severity::Info => 2,
    });
    out.str(&d.message);
    out.opt_str(d.help.as_deref());
    let r = at.range(d.range.start, d.range.end);
    if let Some(p) = r.paragraph {
        out.num(p);
    }
    let (line, column) = at.line_col(d.range.start, r.s);
    let (end_line, end_column) = at.line_col(d.range.end, r.e);
    out.num(line);
    out.num(column);
    out.num(end_line);
    out.num(end_column);
    out.num(r.start);
    out.num(r.end);
    let Some(fix) = &d.fix else {
        out.num(0u32);
        return;
    };
    out.num(match fix.applicability {
        Applicability::Safe => 1u32,
        Applicability::Unsafe => 2,
    });
    out.num(fix.edits.len());
    for e in &fix.edits {
        // Most fixes edit exactly the flagged range: converted once.
        let r = if e.range == d.range { r } else { at.range(e.range.start, e.range.end) };
        if let Some(p) = r.paragraph {
            out.num(p);
        }
        out.num(r.start);
        out.num(r.end);
        out.str(&e.text);
    }
}
