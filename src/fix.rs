//! Applying fixes safely.
//!
//! Edits are checked (in bounds, on char boundaries), sorted, and applied only when no
//! edit of the same fix overlaps an edit already taken; a fix is taken whole or not at
//! all, so nothing is half-applied and text outside the edits is copied unchanged.
//! [`fix_all`] repeats validate-and-fix until nothing fixable is left, since one fix can
//! uncover another. This module does not decide what to fix: the rules do.

use crate::config::Config;
use crate::diagnostics::{Applicability, Diagnostic, Edit};
use crate::syntax::TextRange;

/// Applies the fixes of `diagnostics` whose applicability is at most `up_to` (`Safe`
/// applies safe fixes; `Unsafe` applies both). Overlapping fixes after the first are
/// skipped; so are fixes with edits out of bounds or off char boundaries.
///
/// ```
/// use resolint::{apply_fixes, validate, Applicability, Config};
/// let text = "THE GENERAL ASSEMBLY,\n\nNOTING the the report,\n\nRESOLVES:\n\n1. To ask.\n";
/// let report = validate(text, &Config::default());
/// assert_eq!(apply_fixes(text, &report.diagnostics, Applicability::Safe),
///            "THE GENERAL ASSEMBLY,\n\nNOTING the report,\n\nRESOLVES:\n\n1. To ask.\n");
/// ```
#[must_use]
pub fn apply_fixes(text: &str, diagnostics: &[Diagnostic], up_to: Applicability) -> String {
    apply_counted(text, diagnostics, up_to).0
}

/// As [`apply_fixes`], also returning how many fixes were applied.
#[must_use]
pub fn apply_counted(text: &str, diagnostics: &[Diagnostic], up_to: Applicability) -> (String, usize) {
    let mut fixes: Vec<&[Edit]> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.applicability <= up_to && !f.edits.is_empty())
        .filter(|f| f.edits.iter().all(|e| valid_edit(text, e)) && sorted_disjoint(&f.edits))
        .map(|f| f.edits.as_slice())
        .collect();
    crate::sort::by_key(&mut fixes, |edits| edits.first().map_or(0, |e| crate::sort::pair(e.range.start, e.range.end)));
    let mut taken = Taken::over(fixes.iter().flat_map(|edits| edits.iter()));
    let mut edits: Vec<&Edit> = Vec::new();
    let mut applied = 0;
    for fix in fixes {
        if fix.iter().all(|e| !taken.conflicts(e.range)) {
            for e in fix {
                taken.take(e.range);
                edits.push(e);
            }
            applied += 1;
        }
    }
    // Taken edits are disjoint, and an insertion sorts before a replacement starting
    // at the same point, as it is applied.
    crate::sort::by_key(&mut edits, |e| crate::sort::pair(e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0usize;
    for e in edits {
        let r = e.range.as_usize();
        out.push_str(&text[pos..r.start]);
        out.push_str(&e.text);
        pos = r.end;
    }
    out.push_str(&text[pos..]);
    (out, applied)
}

fn valid_edit(text: &str, e: &Edit) -> bool {
    let r = e.range.as_usize();
    r.start <= r.end && r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
}

fn sorted_disjoint(edits: &[Edit]) -> bool {
    edits.windows(2).all(|w| w[0].range.end <= w[1].range.start && !(w[0].range.is_empty() && w[0].range == w[1].range))
}

/// The edits taken so far, as three bit sets over the stretch of text the candidate
/// edits touch: the bytes they replace, the points where a replacement starts, and the
/// points where they insert. Checking an edit reads only the bits of its own range, and
/// this is far less code than an ordered map of ranges (which the WebAssembly module
/// paid 6 KB for).
struct Taken {
    /// The first offset the sets cover.
    base: u32,
    replaced: Vec<u64>,
    starts: Vec<u64>,
    inserts: Vec<u64>,
}

impl Taken {
    /// Empty sets covering every point of `edits`.
    fn over<'e>(edits: impl Iterator<Item = &'e Edit> + Clone) -> Taken {
        let base = edits.clone().map(|e| e.range.start).min().unwrap_or(0);
        let top = edits.map(|e| e.range.end).max().unwrap_or(0);
        let words = ((top - base) as usize + 1).div_ceil(64);
        Taken { base, replaced: vec![0; words], starts: vec![0; words], inserts: vec![0; words] }
    }

    fn index(&self, at: u32) -> usize {
        (at - self.base) as usize
    }

    /// Whether an edit of `range` conflicts with one taken: when the ranges overlap, when
    /// both insert at one point, or when one inserts at a point the other replaces across.
    fn conflicts(&self, range: TextRange) -> bool {
        let (start, end) = (self.index(range.start), self.index(range.end));
        if start == end {
            let across = start > 0 && bit(&self.replaced, start - 1) && bit(&self.replaced, start) && !bit(&self.starts, start);
            bit(&self.inserts, start) || across
        } else {
            any(&self.replaced, start, end) || any(&self.inserts, start + 1, end)
        }
    }

    fn take(&mut self, range: TextRange) {
        let (start, end) = (self.index(range.start), self.index(range.end));
        if start == end {
            set(&mut self.inserts, start);
        } else {
            set(&mut self.starts, start);
            (start..end).for_each(|i| set(&mut self.replaced, i));
        }
    }
}

fn bit(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
}

fn set(bits: &mut [u64], i: usize) {
    if let Some(w) = bits.get_mut(i / 64) {
        *w |= 1 << (i % 64);
    }
}

/// Whether any bit of `from..to` is set.
fn any(bits: &[u64], from: usize, to: usize) -> bool {
    let mut i = from;
    while i < to {
        let word = bits.get(i / 64).copied().unwrap_or(0) >> (i % 64);
        let width = (to - i).min(64 - i % 64);
        let mask = if width >= 64 { u64::MAX } else { (1 << width) - 1 };
        if word & mask != 0 {
            return true;
        }
        i += width;
    }
    false
}

/// What [`fix_all`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    /// Number of fixes applied over all passes.
    pub applied: usize,
}

/// How many validate-and-fix passes [`fix_all`] makes at most.
const MAX_PASSES: usize = 8;

/// Applies every safe fix, re-validating between passes until no safe fix is left.
///
/// ```
/// use resolint::{fix_all, Config};
/// let fixed = fix_all("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n1. To urge.\n", &Config::default());
/// assert_eq!(fixed.text, "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n2. To urge.\n");
/// ```
#[must_use]
pub fn fix_all(text: &str, config: &Config) -> Fixed {
    let mut current = text.to_owned();
    let mut applied = 0;
    for _ in 0..MAX_PASSES {
        let report = crate::validate(&current, config);
        let (next, n) = apply_counted(&current, &report.diagnostics, Applicability::Safe);
        if n == 0 || next == current {
            break;
        }
        applied += n;
        current = next;
    }
    Fixed { text: current, applied }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::{Fix, Severity};
    use crate::syntax::TextRange;

    fn diag(edits: Vec<Edit>) -> Diagnostic {
        Diagnostic {
            rule: "whitespace",
            severity: Severity::Info,
            message: "".into(),
            range: TextRange::default(),
            annotations: vec![],
            help: None,
            fix: Some(Fix::safe(edits)),
        }
    }

    /// Two edits conflict when their ranges overlap, or when both insert at one point, or
    /// one inserts at a point the other replaces across.
    fn overlaps(a: TextRange, b: TextRange) -> bool {
        if a.is_empty() && b.is_empty() {
            return a.start == b.start;
        }
        if a.is_empty() {
            return b.start < a.start && a.start < b.end;
        }
        if b.is_empty() {
            return a.start < b.start && b.start < a.end;
        }
        a.start < b.end && b.start < a.end
    }

    /// Random edits over a short text: `Taken` agrees with the pairwise definition.
    #[test]
    fn should_find_the_conflicts_the_pairwise_definition_finds() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            u32::try_from(seed % u64::from(n)).unwrap_or(0)
        };
        for _ in 0..2000 {
            let ranges: Vec<TextRange> = (0..12)
                .map(|_| {
                    let start = 60 + next(140);
                    TextRange::new(start, start + [0, 0, 1, 2, 3, 70][next(6) as usize])
                })
                .collect();
            let edits: Vec<Edit> = ranges.iter().map(|&r| Edit::delete(r)).collect();
            let mut taken = Taken::over(edits.iter());
            let mut kept: Vec<TextRange> = Vec::new();
            for &r in &ranges {
                let expected = kept.iter().any(|&k| overlaps(k, r));
                assert_eq!(taken.conflicts(r), expected, "{r:?} after {kept:?}");
                if !expected {
                    taken.take(r);
                    kept.push(r);
                }
            }
        }
    }

    #[test]
    fn should_apply_disjoint_edits_and_keep_the_rest() {
        let d = [diag(vec![Edit::replace(TextRange::new(0, 1), "A")]), diag(vec![Edit::insert(3, "!")])];
        assert_eq!(apply_fixes("abc", &d, Applicability::Safe), "Abc!");
    }

    #[test]
    fn should_skip_a_fix_that_overlaps_an_earlier_one() {
        let d = [diag(vec![Edit::delete(TextRange::new(0, 2))]), diag(vec![Edit::replace(TextRange::new(1, 3), "X")])];
        assert_eq!(apply_fixes("abcd", &d, Applicability::Safe), "cd");
    }

    #[test]
    fn should_refuse_edits_off_char_boundaries_or_out_of_bounds() {
        let d = [diag(vec![Edit::delete(TextRange::new(1, 2))]), diag(vec![Edit::delete(TextRange::new(5, 9))])];
        assert_eq!(apply_fixes("é!", &d, Applicability::Safe), "é!");
    }

    #[test]
    fn should_leave_unsafe_fixes_unless_asked() {
        let mut d = diag(vec![Edit::delete(TextRange::new(0, 1))]);
        d.fix.as_mut().unwrap().applicability = Applicability::Unsafe;
        assert_eq!(apply_fixes("ab", std::slice::from_ref(&d), Applicability::Safe), "ab");
        assert_eq!(apply_fixes("ab", &[d], Applicability::Unsafe), "b");
    }
}
