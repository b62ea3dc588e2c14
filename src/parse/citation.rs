//! nom grammar for OAS document symbols: "AG/RES. 2958 (L-O/20)", "CP/RES. 1117 (2200/19)",
//! "AG/DEC. 52 (XXXVII-O/07)", "CIDI/RES. 4 (I-E/01)", "AG/doc.5240/12".
//!
//! The grammar is deliberately tolerant: it accepts the variants adopted texts contain
//! (missing or doubled dot, missing spaces, spaces around the hyphen, "0" for "O", an
//! en dash, lower-case family) and records each as a [`Slip`], so that
//! `citation-format` can report and normalise them. The scanner visits only `/` bytes.
//! It reads symbols; judging them (session year, number ranges) is the rules' job.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, one_of};
use nom::combinator::opt;
use nom::{IResult, Parser};
use serde::Serialize;

use crate::syntax::{to_u32, TextRange};

/// The body a symbol belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Body {
    /// General Assembly ("AG").
    Assembly,
    /// Permanent Council ("CP").
    Council,
    /// Inter-American Council for Integral Development ("CIDI").
    Cidi,
    /// Inter-American Juridical Committee ("CJI"), CITEL, CICTE: sessions of their own.
    Other,
}

/// What kind of document a symbol names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum DocType {
    Resolution,
    Declaration,
    Document,
}

/// The session part of a resolution symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Session {
    /// "(L-O/20)": a session numeral, regular or special, and the year as written.
    Numbered { numeral: u32, special: bool, year: u32, year_digits: u8 },
    /// "(2200/19)": a Permanent Council meeting and the year.
    Meeting { meeting: u32, year: u32 },
}

/// A way a symbol departs from its standard form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Slip {
    LowerCase,
    MissingDot,
    DoubledDot,
    MissingSpace,
    MissingSpaceBeforeSession,
    SpacesInSession,
    ZeroForO,
    WrongDash,
    MissingHyphen,
}

/// One recognised symbol.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    pub range: TextRange,
    pub body: Body,
    pub doc_type: DocType,
    /// The resolution or declaration number (documents keep theirs in `range`).
    pub number: Option<u32>,
    pub session: Option<Session>,
    pub slips: Vec<Slip>,
    /// The standard spelling, for resolutions and declarations.
    pub normalized: Option<String>,
}

type Res<'a, O> = IResult<&'a str, O>;

/// `word` in any case, ASCII only: symbols are ASCII, and nom's `tag_no_case` compares
/// with Unicode case tables the WebAssembly module would otherwise not need.
fn ascii_no_case(word: &'static str) -> impl Fn(&str) -> Res<'_, &str> {
    move |i: &str| match i.get(..word.len()) {
        Some(head) if crate::scan::eq_ascii_case(head.as_bytes(), word.as_bytes()) => Ok((&i[word.len()..], head)),
        _ => Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag))),
    }
}

fn spaces(i: &str) -> Res<'_, &str> {
    take_while(|c: char| c == ' ' || c == '\u{a0}').parse(i)
}

fn roman(i: &str) -> Res<'_, &str> {
    take_while1(|c: char| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')).parse(i)
}

fn number(i: &str) -> Res<'_, u32> {
    take_while_m_n(1, 5, |c: char| c.is_ascii_digit()).map_opt(crate::scan::number).parse(i)
}

/// "(L-O/20)" and its variants; returns the session and the slips seen.
fn numbered_session(i: &str) -> Res<'_, (Session, Vec<Slip>)> {
    let (i, _) = char('(').parse(i)?;
    let (i, numeral) = roman(i)?;
    let (i, s1) = spaces(i)?;
    let (i, dash) = opt(alt((tag("-"), tag("–"), tag("—"), tag("‑")))).parse(i)?;
    let (i, s2) = spaces(i)?;
    let (i, kind) = one_of("OE0").parse(i)?;
    let (i, s3) = spaces(i)?;
    let (i, _) = char('/').parse(i)?;
    let (i, s4) = spaces(i)?;
    let (i, year_text) = take_while_m_n(2, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    let (i, _) = char(')').parse(i)?;
    let mut slips = Vec::new();
    match dash {
        None => slips.push(Slip::MissingHyphen),
        Some("-") => {}
        Some(_) => slips.push(Slip::WrongDash),
    }
    // With no hyphen, the one space in its place is that slip, not another.
    let spaced = !(s1.is_empty() && s2.is_empty() && s3.is_empty() && s4.is_empty());
    if spaced && !(dash.is_none() && s1.len() + s2.len() == 1 && s3.is_empty() && s4.is_empty()) {
        slips.push(Slip::SpacesInSession);
    }
    if kind == '0' {
        slips.push(Slip::ZeroForO);
    }
    // "XXVC" is no numeral: then this is no session the grammar can vouch for.
    let Some(value) = crate::parse::label::roman_value(numeral) else {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    };
    let year: u32 = year_text.parse().unwrap_or(0);
    let session = Session::Numbered { numeral: value, special: kind == 'E', year, year_digits: crate::syntax::to_u32(year_text.len()) as u8 };
    Ok((i, (session, slips)))
}

/// "(2200/19)": a Council meeting number and year.
fn meeting_session(i: &str) -> Res<'_, Session> {
    (char('('), number, spaces, char('/'), spaces, take_while_m_n(2, 4, |c: char| c.is_ascii_digit()), char(')'))
        .map(|(_, meeting, _, _, _, year, _): (_, u32, _, _, _, &str, _)| Session::Meeting { meeting, year: year.parse().unwrap_or(0) })
        .parse(i)
}

/// The family prefix "AG/RES", "cp/dec", "AG/doc", …; returns body, type and whether it
/// was written in the standard case.
fn family(i: &str) -> Res<'_, (Body, DocType, bool)> {
    let (rest, (body_text, _, kind_text)) = (
        alt((ascii_no_case("CIDI"), ascii_no_case("CITEL"), ascii_no_case("CICTE"), ascii_no_case("CJI"), ascii_no_case("AG"), ascii_no_case("CP"))),
        char('/'),
        alt((ascii_no_case("RES"), ascii_no_case("DEC"), ascii_no_case("doc"))),
    )
        .parse(i)?;
    // Compared in place: no upper-case copy of each.
    let body = if crate::scan::eq_ascii_case(body_text.as_bytes(), b"AG") {
        Body::Assembly
    } else if crate::scan::eq_ascii_case(body_text.as_bytes(), b"CP") {
        Body::Council
    } else if crate::scan::eq_ascii_case(body_text.as_bytes(), b"CIDI") {
        Body::Cidi
    } else {
        Body::Other
    };
    let doc_type = if crate::scan::eq_ascii_case(kind_text.as_bytes(), b"RES") {
        DocType::Resolution
    } else if crate::scan::eq_ascii_case(kind_text.as_bytes(), b"DEC") {
        DocType::Declaration
    } else {
        DocType::Document
    };
    let standard_case = body_text.bytes().all(|b| b.is_ascii_uppercase())
        && (doc_type == DocType::Document || kind_text.bytes().all(|b| b.is_ascii_uppercase()));
    Ok((rest, (body, doc_type, standard_case)))
}

/// What [`resolution`] reads: body, type, number, session and slips.
type Parsed = (Body, DocType, u32, Option<Session>, Vec<Slip>);

/// Parses a resolution or declaration symbol at the start of `i`.
fn resolution(i: &str) -> Res<'_, Parsed> {
    let (i, (body, doc_type, standard_case)) = family(i)?;
    if doc_type == DocType::Document {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)));
    }
    let (i, dots) = take_while(|c| c == '.').parse(i)?;
    let (i, gap) = spaces(i)?;
    let (i, n) = number(i)?;
    // "CJI/RES.9/LI/97", "RES.1/01": symbol forms of other series, not this grammar's.
    if i.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '/') {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)));
    }
    let mut slips = Vec::new();
    if !standard_case {
        slips.push(Slip::LowerCase);
    }
    match dots.len() {
        0 => slips.push(Slip::MissingDot),
        1 => {}
        _ => slips.push(Slip::DoubledDot),
    }
    if gap.is_empty() {
        slips.push(Slip::MissingSpace);
    }
    let (after_space, before_paren) = spaces(i)?;
    let session = if body == Body::Council {
        meeting_session(after_space).ok().map(|(rest, s)| (rest, s, Vec::new()))
    } else {
        numbered_session(after_space).ok().map(|(rest, (s, sl))| (rest, s, sl))
    };
    match session {
        Some((rest, session, more)) => {
            if before_paren.is_empty() {
                slips.push(Slip::MissingSpaceBeforeSession);
            }
            slips.extend(more);
            Ok((rest, (body, doc_type, n, Some(session), slips)))
        }
        None => Ok((i, (body, doc_type, n, None, slips))),
    }
}

/// The standard spelling of a resolution or declaration symbol.
fn normalize(body: Body, doc_type: DocType, original_family: &str, n: u32, session: Option<Session>) -> String {
    let _ = (body, doc_type);
    // Written piece by piece into one String: `format!` cost more than the parse.
    let mut out = String::with_capacity(original_family.len() + 24);
    out.extend(original_family.chars().map(|c| c.to_ascii_uppercase()));
    out.push_str(". ");
    push_decimal(&mut out, n, 1);
    match session {
        Some(Session::Numbered { numeral, special, year, year_digits }) => {
            out.push_str(" (");
            crate::parse::label::push_roman(&mut out, numeral);
            out.push_str(if special { "-E/" } else { "-O/" });
            push_decimal(&mut out, year, if year_digits == 4 { 4 } else { 2 });
            out.push(')');
        }
        Some(Session::Meeting { meeting, year }) => {
            out.push_str(" (");
            push_decimal(&mut out, meeting, 1);
            out.push('/');
            push_decimal(&mut out, year, 2);
            out.push(')');
        }
        None => {}
    }
    out
}

/// Appends `n` in decimal, padded with zeros to `width` digits (as `{n:0width$}`).
fn push_decimal(out: &mut String, mut n: u32, width: usize) {
    let mut digits = [b'0'; 10];
    let mut len = 0;
    loop {
        digits[len] += u8::try_from(n % 10).unwrap_or(0);
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    out.extend(digits[..len].iter().rev().map(|&d| char::from(d)));
}

/// Every symbol in `text` (a stretch of a paragraph starting at document byte `base`).
#[must_use]
pub fn scan(text: &str, base: u32) -> Vec<Citation> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut done = 0;
    for slash in crate::scan::memchr_iter(b'/', bytes) {
        let letters = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
        if !(2..=5).contains(&letters) || slash < done {
            continue;
        }
        let start = slash - letters;
        if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'/') {
            continue;
        }
        let at = |s: usize, e: usize| TextRange::new(base + to_u32(s), base + to_u32(e));
        let rest = &text[start..];
        if let Ok((after, (body, doc_type, n, session, slips))) = resolution(rest) {
            let end = start + rest.len() - after.len();
            let family_end = start + rest.find(['.', ' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']).unwrap_or(0);
            let normalized = normalize(body, doc_type, &text[start..family_end.max(start)], n, session);
            out.push(Citation { range: at(start, end), body, doc_type, number: Some(n), session, slips, normalized: Some(normalized) });
            done = end;
        } else if let Ok((after, (body, DocType::Document, _))) = family(rest) {
            // "AG/doc.5240/12 rev. 1": recognised (so other rules skip it), not normalised.
            let lead = after.len() - after.trim_start_matches(['.', ' ']).len();
            let body_len = after[lead..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '.')).unwrap_or(after.len() - lead);
            let len = after[..lead + body_len].trim_end_matches('.').len();
            let end = start + rest.len() - after.len() + len;
            out.push(Citation { range: at(start, end), body, doc_type: DocType::Document, number: None, session: None, slips: Vec::new(), normalized: None });
            done = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_write_numbers_as_format_does() {
        for n in [0, 1, 7, 9, 10, 19, 99, 100, 2001, 12345, u32::MAX] {
            for width in [1, 2, 4] {
                let mut out = String::from("x");
                push_decimal(&mut out, n, width);
                assert_eq!(out, format!("x{n:0width$}"));
            }
        }
    }

    #[test]
    fn should_normalize_as_format_does() {
        fn by_format(family: &str, n: u32, session: Option<Session>) -> String {
            let family = family.to_ascii_uppercase();
            match session {
                Some(Session::Numbered { numeral, special, year, year_digits }) => {
                    let year = if year_digits == 4 { format!("{year:04}") } else { format!("{year:02}") };
                    format!("{family}. {n} ({}-{}/{year})", crate::parse::label::to_roman(numeral), if special { 'E' } else { 'O' })
                }
                Some(Session::Meeting { meeting, year }) => format!("{family}. {n} ({meeting}/{year:02})"),
                None => format!("{family}. {n}"),
            }
        }
        let sessions = [
            None,
            Some(Session::Numbered { numeral: 50, special: false, year: 20, year_digits: 2 }),
            Some(Session::Numbered { numeral: 37, special: true, year: 7, year_digits: 2 }),
            Some(Session::Numbered { numeral: 4, special: false, year: 2001, year_digits: 4 }),
            Some(Session::Numbered { numeral: 1, special: true, year: 95, year_digits: 4 }),
            Some(Session::Numbered { numeral: 9, special: false, year: 123, year_digits: 3 }),
            Some(Session::Meeting { meeting: 2200, year: 19 }),
            Some(Session::Meeting { meeting: 5, year: 3 }),
            Some(Session::Meeting { meeting: 1117, year: 2019 }),
        ];
        for family in ["AG/RES", "cp/res", "Cidi/Dec", "CJI/RES"] {
            for n in [0, 1, 2958, 99_999] {
                for session in sessions {
                    assert_eq!(normalize(Body::Assembly, DocType::Resolution, family, n, session), by_format(family, n, session));
                }
            }
        }
    }

    fn one(text: &str) -> Citation {
        let found = scan(text, 0);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn should_read_a_standard_assembly_symbol() {
        let c = one("resolution AG/RES. 2958 (L-O/20) and");
        assert_eq!(c.range, TextRange::new(11, 32));
        assert_eq!(c.number, Some(2958));
        assert_eq!(c.session, Some(Session::Numbered { numeral: 50, special: false, year: 20, year_digits: 2 }));
        assert!(c.slips.is_empty());
        assert_eq!(c.normalized.as_deref(), Some("AG/RES. 2958 (L-O/20)"));
    }

    #[test]
    fn should_record_each_slip_and_normalise() {
        let cases = [
            ("AG/RES 1 (XXXVII-E/09)", vec![Slip::MissingDot], "AG/RES. 1 (XXXVII-E/09)"),
            ("AG/RES.50 (I-O/71)", vec![Slip::MissingSpace], "AG/RES. 50 (I-O/71)"),
            ("AG/DEC. 5(XXIII-O/93)", vec![Slip::MissingSpaceBeforeSession], "AG/DEC. 5 (XXIII-O/93)"),
            ("AG/RES. 2031 (XXXIV - O/04)", vec![Slip::SpacesInSession], "AG/RES. 2031 (XXXIV-O/04)"),
            ("AG/RES. 85 (II-0/72)", vec![Slip::ZeroForO], "AG/RES. 85 (II-O/72)"),
            ("AG/RES.. 2438 (XXXIX-O/09)", vec![Slip::DoubledDot], "AG/RES. 2438 (XXXIX-O/09)"),
            ("ag/res. 2438 (XXXIX–O/09)", vec![Slip::LowerCase, Slip::WrongDash], "AG/RES. 2438 (XXXIX-O/09)"),
            ("AG/DEC. 52 (XXXVII O/07)", vec![Slip::MissingHyphen], "AG/DEC. 52 (XXXVII-O/07)"),
        ];
        for (text, slips, normalized) in cases {
            let c = one(text);
            assert_eq!(c.slips, slips, "{text}");
            assert_eq!(c.normalized.as_deref(), Some(normalized), "{text}");
            assert_eq!(c.range.slice(text), text);
        }
    }

    #[test]
    fn should_read_council_and_document_symbols() {
        let c = one("CP/RES. 1117 (2200/19)");
        assert_eq!(c.session, Some(Session::Meeting { meeting: 2200, year: 19 }));
        let d = one("(AG/doc.5240/12 rev. 1)");
        assert_eq!((d.doc_type, d.range.slice("(AG/doc.5240/12 rev. 1)")), (DocType::Document, "AG/doc.5240/12"));
        assert!(scan("and/or 1/2 km/h", 0).is_empty());
        // Regression (proptest): "XXVC" is no numeral, so there is no session to normalise.
        assert_eq!(one("AG/RES. 1507 (XXVCO/97)").session, None);
    }
}
