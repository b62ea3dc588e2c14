//! Applying fixes safely.
//!
//! Edits are checked (in bounds, on char boundaries), sorted, and applied only when no
//! edit of the same fix overlaps an edit already taken; a fix is taken whole or not at
//! all, so nothing is half-applied and text outside the edits is copied unchanged.
//! [`fix_all`] repeats validate-and-fix until nothing fixable is left, since one fix can
//! uncover another. This module does not decide what to fix: the rules do.

use crate::config::Config;
use crate::diagnostics::{Applicability, Diagnostic, Edit};

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
    // Taken edits by start, so that each new edit is checked against its neighbours only.
    let mut taken: std::collections::BTreeMap<(u32, u32), &Edit> = std::collections::BTreeMap::new();
    let mut applied = 0;
    for edits in fixes {
        if edits.iter().all(|e| !conflicts(&taken, e)) {
            for e in edits {
                taken.insert((e.range.start, e.range.end), e);
            }
            applied += 1;
        }
    }
    let taken: Vec<&Edit> = taken.into_values().collect();
    let mut out = String::with_capacity(text.len());
    let mut pos = 0usize;
    for e in taken {
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

/// Whether `e` conflicts with an edit already taken: only the taken edits starting just
/// before it and those starting inside it can.
fn conflicts(taken: &std::collections::BTreeMap<(u32, u32), &Edit>, e: &Edit) -> bool {
    let before = taken.range(..(e.range.start, u32::MAX)).next_back().map(|(_, t)| *t);
    let inside = taken.range((e.range.start, 0)..(e.range.end.max(e.range.start + 1), 0)).map(|(_, t)| *t);
    before.into_iter().chain(inside).any(|t| overlaps(t, e))
}

/// Two edits conflict when their ranges overlap, or when both insert at one point, or
/// one inserts at a point the other replaces across.
fn overlaps(a: &Edit, b: &Edit) -> bool {
    let (a, b) = (a.range, b.range);
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
