//! `session-ordinal`: an operative paragraph sends something to "the fifty-first regular
//! session" in a draft for that same session or a later one, where it can no longer be
//! a future session.
//!
//! The draft's session comes from the configured session year, else from the year of
//! its provenance line ("Agreed upon … on November 4, 2021": session 51), else from a
//! General Assembly symbol in its title block. Ordinals are read in English ("fifty-first
//! regular session"), Spanish and Portuguese ("quincuagésimo primer período ordinario",
//! "quinquagésimo primeiro período ordinário"), and only where the clause sends
//! something there ("to report … at its", "to be held", "before the"): "commitments made
//! at its forty-fourth regular session" is history, not a slip. Information only.

use crate::diagnostics::Severity;
use crate::lang::fold::{eq_folded, fold_char};
use crate::parse::citation::{Body, Session};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{Document, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "session-ordinal",
        group: Group::Citations,
        default_severity: Severity::Info,
        fix: FixAvailability::None,
        summary: "A session named as future in a draft for that same session or later.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let Some(draft_session) = draft_session(doc, cx.config().session_year) else { return };
    // Only paragraphs that name a session are read word by word.
    // "regular session", "session ordinaire"; "período ordinario", "período ordinário".
    // One search for both "ssion" forms ("Commission" and "mission" are dropped here).
    let mut named = crate::scan::occurrences(doc.text, crate::scan::operative_spans(doc), &["ssion", "odo ordin"]);
    let bytes = doc.text.as_bytes();
    named.retain(|&p| {
        let p = p as usize;
        !bytes[p..].starts_with(b"ssion") || bytes[..p].ends_with(b"regular se") || bytes[p + 5..].starts_with(b" ordin")
    });
    for op in doc.body.sections.iter().flat_map(|s| &s.operative) {
        let para = doc.para(op.para);
        if crate::scan::within(&named, para.content).is_empty() {
            continue;
        }
        let text = doc.slice(para.content);
        for (session, range) in mentions_near(text, para.content.start, crate::scan::within(&named, para.content)) {
            if session <= draft_session && looks_ahead(text, (range.start - para.content.start) as usize) {
                let d = cx.diagnostic(
                    range,
                    format!(
                        "This draft is for the {} regular session ({}), so the {} session ({}) is not a future one.",
                        crate::scan::ordinal(draft_session as usize),
                        1970 + draft_session,
                        crate::scan::ordinal(session as usize),
                        1970 + session
                    ),
                );
                cx.report(d);
            }
        }
    }
}

/// Words that send something to a session to come ("to report … at its", "to be held",
/// "before the"), looked for in the clause just before the mention. A session named
/// after "made at its" or "adopted at its" is a past one and is not reported.
const FUTURE_CUES: [&str; 16] = [
    "report", "submit", "present", "inform", "consider", "convene", "to be held", "before the", "until the", "next",
    "informe", "presentar", "someter", "antes del", "apresentar", "antes do",
];

fn looks_ahead(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = crate::lang::case::to_lower(&text[from..at]);
    let clause = window.rsplit([';', '.']).next().unwrap_or(&window);
    FUTURE_CUES.iter().any(|c| crate::scan::find(clause, c).is_some())
}

/// The regular session a draft is for.
fn draft_session(doc: &Document<'_>, configured_year: Option<u32>) -> Option<u32> {
    if let Some(year) = configured_year {
        return year.checked_sub(1970);
    }
    let provenance_year = doc.body.provenance.iter().find_map(|&p| {
        let text = doc.content(p);
        text.split(|c: char| !c.is_ascii_digit()).filter(|w| w.len() == 4).filter_map(crate::scan::number).find(|y| (1971..2100).contains(y))
    });
    if let Some(year) = provenance_year {
        return Some(year - 1970);
    }
    let title = doc.body.title_block.iter().map(|&p| doc.para(p).range).reduce(TextRange::cover)?;
    doc.citations.iter().filter(|c| c.body == Body::Assembly && title.contains_range(c.range)).find_map(|c| match c.session {
        Some(Session::Numbered { numeral, special: false, .. }) => Some(numeral),
        _ => None,
    })
}

const UNITS: [&str; 9] = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEENS: [&str; 10] = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENTHS: [&str; 8] = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
/// Spanish and Portuguese ordinals, folded as lexicon entries are (capitals, no accents).
const ES_TENS: [&str; 8] = ["VIGESIMO", "TRIGESIMO", "CUADRAGESIMO", "QUINCUAGESIMO", "SEXAGESIMO", "SEPTUAGESIMO", "OCTOGESIMO", "NONAGESIMO"];
const PT_TENS: [&str; 8] = ["VIGESIMO", "TRIGESIMO", "QUADRAGESIMO", "QUINQUAGESIMO", "SEXAGESIMO", "SEPTUAGESIMO", "OCTOGESIMO", "NONAGESIMO"];
const ES_UNITS: [&[&str]; 9] = [
    &["PRIMER", "PRIMERO", "PRIMEIRO"],
    &["SEGUNDO"],
    &["TERCER", "TERCERO", "TERCEIRO"],
    &["CUARTO", "QUARTO"],
    &["QUINTO"],
    &["SEXTO"],
    &["SEPTIMO", "SETIMO"],
    &["OCTAVO", "OITAVO"],
    &["NOVENO", "NONO"],
];

/// An English ordinal word ("fifty-first", "twentieth", "twelfth") as a number.
fn english(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as u32 + 1);
    }
    if let Some(i) = TEENS.iter().position(|u| *u == w) {
        return Some(i as u32 + 10);
    }
    if let Some(i) = TENTHS.iter().position(|u| *u == w) {
        return Some((i as u32 + 2) * 10);
    }
    let (tens, unit) = w.split_once('-')?;
    let t = TENS.iter().position(|x| *x == tens)? as u32 + 2;
    let u = UNITS.iter().position(|x| *x == unit)? as u32 + 1;
    Some(t * 10 + u)
}

/// Whether `word`, folded (capitals, no accents), is the folded `entry`.
fn is(word: Option<&str>, entry: &str) -> bool {
    word.is_some_and(|w| w.len() >= entry.len() && eq_folded(w, entry))
}

/// Whether `word`, folded, starts with the folded `prefix`.
fn starts(word: Option<&str>, prefix: &str) -> bool {
    word.is_some_and(|w| {
        let mut folded = w.chars().map(fold_char);
        prefix.chars().all(|p| folded.next() == Some(p))
    })
}

/// The mentions of sessions around the cue words at document offsets `cues` of the
/// paragraph `text` (starting at document byte `base`): only the few words before and
/// after each cue are read, not the whole paragraph.
fn mentions_near(text: &str, base: u32, cues: &[u32]) -> Vec<(u32, TextRange)> {
    let mut out: Vec<(u32, TextRange)> = Vec::new();
    for &cue in cues {
        let at = (cue - base) as usize;
        // Back to a word start at most 80 bytes before ("quincuagésimo primer período"),
        // on to a word end at least 30 bytes after.
        let mut from = at.saturating_sub(80);
        while from > 0 && !(text.is_char_boundary(from) && (text.as_bytes()[from - 1] == b' ' || at - from >= 160)) {
            from -= 1;
        }
        let mut to = (at + 30).min(text.len());
        while to < text.len() && !(text.is_char_boundary(to) && (text.as_bytes()[to] == b' ' || to - at >= 110)) {
            to += 1;
        }
        for mention in session_mentions(&text[from..to], base + crate::syntax::to_u32(from)) {
            if !out.iter().any(|m| m.1 == mention.1) {
                out.push(mention);
            }
        }
    }
    out
}

/// Mentions of regular sessions in `text` (starting at document byte `base`).
fn session_mentions(text: &str, base: u32) -> Vec<(u32, TextRange)> {
    let words: Vec<(&str, TextRange)> = crate::scan::words(text, TextRange::new(0, crate::syntax::to_u32(text.len()))).collect();
    let at = |a: TextRange, b: TextRange| TextRange::new(base + a.start, base + b.end);
    let mut out = Vec::new();
    for (k, &(w, r)) in words.iter().enumerate() {
        let next = |j: usize| words.get(k + j).map(|x| x.0);
        // English: "<ordinal> regular session".
        if is(next(1), "REGULAR") && is(next(2), "SESSION") {
            if let Some(n) = english(w) {
                out.push((n, at(r, words[k + 2].1)));
            }
            continue;
        }
        // Spanish and Portuguese: "<tens> <unit> período ordinario/ordinário". Every tens
        // word ends in "simo": other words are rejected on their last four bytes.
        if w.len() < 8 || !crate::scan::eq_ascii_case(&w.as_bytes()[w.len() - 4..], b"simo") {
            continue;
        }
        let tens = ES_TENS.iter().position(|t| is(Some(w), t)).or_else(|| PT_TENS.iter().position(|t| is(Some(w), t)));
        if let Some(t) = tens {
            let unit = next(1).and_then(|u| ES_UNITS.iter().position(|forms| forms.iter().any(|f| is(Some(u), f))));
            let (value, periodo_at) = match unit {
                Some(u) => ((t as u32 + 2) * 10 + u as u32 + 1, 2),
                None => ((t as u32 + 2) * 10, 1),
            };
            if is(next(periodo_at), "PERIODO") && starts(next(periodo_at + 1), "ORDINARI") {
                out.push((value, at(r, words[k + periodo_at + 1].1)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{english, session_mentions};

    #[test]
    fn should_read_ordinals() {
        assert_eq!([english("fifty-first"), english("twelfth"), english("fortieth"), english("first")], [Some(51), Some(12), Some(40), Some(1)]);
        let text = "en su quincuagésimo primer período ordinario de sesiones y al quinquagésimo segundo período ordinário";
        let found: Vec<u32> = session_mentions(text, 0).into_iter().map(|(n, _)| n).collect();
        assert_eq!(found, [51, 52]);
    }

    #[test]
    fn should_flag_the_current_session_named_as_future() {
        let text = "DRAFT RESOLUTION\n\nTITLE\n\n(Agreed upon by the Permanent Council on November 4, 2021)\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To report to the General Assembly at its fifty-first regular session.\n\n2. To report again at its fifty-second regular session.\n";
        let found: Vec<String> = crate::rules::testing::hits(text, "session-ordinal");
        assert_eq!(found, ["fifty-first regular session"]);
    }

    #[test]
    fn should_find_mentions_anywhere_in_a_long_paragraph() {
        let long = "and to coordinate the work of the Commission and its mission with the other organs, ".repeat(12);
        let text = format!(
            "DRAFT RESOLUTION\n\nTITLE\n\n(Agreed upon by the Permanent Council on November 4, 2021)\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask the Council, {long}to report to the General Assembly at its fifty-first regular session, {long}and to report at its fifty-first regular session.\n\n2. Presentar un informe a la Asamblea en su quincuagésimo primer período ordinario de sesiones.\n"
        );
        let found: Vec<String> = crate::rules::testing::hits(&text, "session-ordinal");
        assert_eq!(found, ["fifty-first regular session", "fifty-first regular session", "quincuagésimo primer período ordinario"]);
    }
}
