//! Classifying one paragraph on its own: what it looks like, not yet what it is.
//!
//! The classifier reads the paragraph's content (converter marks and surrounding space
//! skipped) and returns a [`Class`]: a number label, a sub-paragraph label, a keyword, an
//! organ line, a lead phrase, a heading-like line in capitals, and so on. Where it
//! stands in the draft is decided later by the tree builder (`parse::build`).

use crate::lang::fold::{self, first_word, is_upper_word, Folded};
use crate::lang::{Lang, Lexicon};
use crate::syntax::{to_u32, Class, Label, Mark, MarkKind, SubLabel, TextRange};

use super::label::{number_label, sub_label};

/// The span of a paragraph's text proper: leading space and bookmarks skipped at the
/// start, space, bookmarks and footnote marks skipped at the end.
#[must_use]
pub fn content_range(text: &str, range: TextRange, marks: &[Mark]) -> TextRange {
    let mut start = range.start;
    let mut end = range.end;
    // Marks are in text order: walk them forwards from the start, backwards from the end.
    let mut next = 0;
    loop {
        let s = TextRange::new(start, end).slice(text);
        start += to_u32(leading_space(s));
        while next < marks.len() && marks[next].range.start < start {
            next += 1;
        }
        match marks.get(next).filter(|m| m.range.start == start && m.kind == MarkKind::Bookmark) {
            Some(m) => {
                start = m.range.end;
                next += 1;
            }
            None => break,
        }
    }
    let mut last = marks.len();
    loop {
        let s = TextRange::new(start, end).slice(text);
        end = start + to_u32(trimmed_len(s));
        while last > 0 && marks[last - 1].range.end > end {
            last -= 1;
        }
        match last.checked_sub(1).map(|k| &marks[k]).filter(|m| m.range.end == end && m.range.start >= start) {
            Some(m) => {
                end = m.range.start;
                last -= 1;
            }
            None => break,
        }
    }
    TextRange::new(start, end.max(start))
}

/// Whether an ASCII byte is white space (as `char::is_whitespace` says).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// `s.len() - s.trim_start().len()`: ASCII space skipped byte by byte, and only from the
/// first other byte on are characters decoded.
fn leading_space(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while bytes.get(i).copied().is_some_and(is_ascii_space) {
        i += 1;
    }
    if bytes.get(i).is_some_and(|b| !b.is_ascii()) {
        i += s[i..].len() - s[i..].trim_start().len();
    }
    i
}

/// `s.trim_end().len()`, ASCII first like [`leading_space`].
fn trimmed_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut n = bytes.len();
    while n > 0 && is_ascii_space(bytes[n - 1]) {
        n -= 1;
    }
    if n > 0 && !bytes[n - 1].is_ascii() {
        n = s[..n].trim_end().len();
    }
    n
}

/// The result of classifying a paragraph.
#[derive(Clone, Copy, Debug)]
pub struct Classified {
    pub class: Class,
    /// An organ line that runs on into the first preambular clause: the offset where the
    /// clause starts, so that the caller can split the paragraph there.
    pub split_at: Option<u32>,
}

/// Classifies the paragraph whose span is `range` and whose content is `content`.
/// `label` is Word's list number for the paragraph, when the caller has one.
#[must_use]
pub fn classify(text: &str, range: TextRange, content: TextRange, lang: Lang, word_label: Option<&str>) -> Classified {
    let plain = |class| Classified { class, split_at: None };
    let c = content.slice(text);
    let base = content.start;
    let lex = lang.lexicon();

    if let Some(label) = word_label.and_then(|l| virtual_label(l, range.start)) {
        return plain(Class::Numbered { label });
    }
    // The first letter rules most look-ups out: organ lines start with T, L, E, A or O,
    // footnote headers with F or N, draft labels with D, P or R (all folded).
    let initial = c.chars().next().map_or(' ', fold::fold_char);
    if matches!(initial, 'F' | 'N' | '_') && is_footnotes_header(c) {
        return plain(Class::FootnotesHeader);
    }
    // Number labels are parsed from the paragraph start so that indentation is seen, or
    // after a leading bookmark ("[bookmark: _Hlk1]1.\tTo …").
    let found = number_label(range.slice(text)).map(|m| (m, range.start)).or_else(|| number_label(c).map(|m| (m, base)));
    if let Some((m, origin)) = found {
        let at = |n: usize| origin + to_u32(n);
        let label = Label {
            number: m.number,
            digits: TextRange::new(at(m.digits.0), at(m.digits.1)),
            full: TextRange::new(at(m.digits.0), at(m.full_end)),
            separator: TextRange::new(at(m.full_end), at(m.separator_end)),
            indent: TextRange::new(origin, at(m.indent)),
            punct: m.punct,
            is_virtual: false,
        };
        return plain(Class::Numbered { label });
    }
    if let Some(m) = sub_label(c) {
        let at = |n: usize| base + to_u32(n);
        let label = SubLabel {
            range: TextRange::new(at(m.label.0), at(m.label.1)),
            value: TextRange::new(at(m.value.0), at(m.value.1)),
            style: m.style,
        };
        return plain(Class::Sub { label });
    }
    let word = first_word(c);
    let folded = Folded::new(word).filter(|_| !word.is_empty());
    if let Some(class) = folded.as_ref().and_then(|f| keyword(c, word, f, base, lang)) {
        // "RESOLVES: 1. To …": the text after the keyword becomes a paragraph of its own,
        // so that its number counts; the keyword keeps the span of that text as `rest`.
        let split_at = match class {
            Class::Keyword { rest: Some(rest), .. } => Some(rest.start),
            _ => None,
        };
        return Classified { class, split_at };
    }
    if let Some(found) = crate::lang::may_open_organ(initial).then(|| organ(c, base, lang)).flatten() {
        return found;
    }
    if let Some(end) = matches!(initial, 'D' | 'P' | 'R').then(|| lex.match_draft_label(c)).flatten() {
        let rest = c[end..].trim_start();
        if rest.is_empty() || rest.starts_with(['“', '"', '«']) {
            return plain(Class::DraftLabel);
        }
    }
    if c.starts_with('(') {
        return plain(Class::Provenance { parenthesized: true });
    }
    // Judged once for the three tests below.
    let word_upper = is_upper_word(word);
    // The cheap tests first: most paragraphs here open with a word in capitals.
    if c.len() > 30 && c.chars().next().is_some_and(char::is_uppercase) && !word_upper && lex.match_provenance_opener(c).is_some() {
        return plain(Class::Provenance { parenthesized: false });
    }
    if is_header_line(c, folded.as_ref()) {
        return plain(Class::HeaderLine);
    }
    if (folded.is_some_and(|f| f.is_in(lex.that)) || c.starts_with("Qu'") || c.starts_with("Qu’")) && word.starts_with(|ch: char| ch.is_uppercase()) && !word_upper {
        return plain(Class::That);
    }
    // A title in quotation marks on its own line: “SUPPORT FOR THE HEMISPHERE”.
    if c.starts_with(['“', '"', '«']) && c.chars().any(char::is_alphabetic) && !crate::scan::has_lowercase(c) {
        return plain(Class::Caps);
    }
    if let Some(class) = folded.as_ref().and_then(|f| lead_phrase(c, word, word_upper, f, base, lex)) {
        return plain(class);
    }
    plain(Class::Text)
}

fn virtual_label(list_string: &str, at: u32) -> Option<Label> {
    let digits: String = list_string.chars().filter(char::is_ascii_digit).collect();
    let number = crate::scan::number(&digits).filter(|&n| n > 0)?;
    let empty = TextRange::empty(at);
    Some(Label {
        number,
        digits: empty,
        full: empty,
        separator: empty,
        indent: empty,
        punct: if list_string.trim_end().ends_with(')') { crate::syntax::LabelPunct::Paren } else { crate::syntax::LabelPunct::Period },
        is_virtual: true,
    })
}

fn is_footnotes_header(c: &str) -> bool {
    if c.len() >= 5 && c.bytes().all(|b| b == b'_') {
        return true;
    }
    Lang::ALL.iter().any(|l| l.lexicon().is_footnote_header(c))
}

/// "RESOLVES:", "DÉCIDE :", "Resuelve", "RESOLVES: 1. To …".
fn keyword(c: &str, word: &str, folded: &Folded, base: u32, lang: Lang) -> Option<Class> {
    let after = &c[word.len()..];
    let spaces = after.len() - after.trim_start_matches([' ', '\u{a0}', '\u{202f}', '\t']).len();
    let rest_start = word.len() + spaces;
    // A keyword stands alone or before a colon: other paragraphs (most) are ruled out
    // before any lexicon is read.
    let colon_next = c[rest_start..].starts_with(':');
    if !colon_next && rest_start != c.len() {
        return None;
    }
    let found = std::iter::once(lang)
        .chain(Lang::ALL.into_iter().filter(|&l| l != lang))
        .find_map(|l| l.lexicon().keyword_folded(folded).map(|kind| (l, kind)))?;
    let at = |n: usize| base + to_u32(n);
    let (colon, rest) = if colon_next {
        let after_colon = rest_start + 1;
        let tail = c[after_colon..].trim_start();
        let rest = (!tail.is_empty()).then(|| TextRange::new(at(c.len() - tail.len()), at(c.len())));
        (Some(TextRange::new(at(rest_start), at(after_colon))), rest)
    } else {
        (None, None)
    };
    Some(Class::Keyword { kind: found.1, lang: found.0, word: TextRange::new(base, at(word.len())), colon, rest })
}

/// "THE GENERAL ASSEMBLY," with its variants; and the run-on form
/// "THE GENERAL ASSEMBLY, CONSIDERING its …", which is split in two.
fn organ(c: &str, base: u32, lang: Lang) -> Option<Classified> {
    let Some((l, end)) = std::iter::once(lang)
        .chain(Lang::ALL.into_iter().filter(|&l| l != lang))
        .find_map(|l| l.lexicon().match_organ(c).map(|end| (l, end)))
    else {
        return unknown_organ(c, base, lang);
    };
    let name = TextRange::new(base, base + to_u32(end));
    let upper = !crate::scan::has_lowercase(&c[..end]);
    let class = Class::Organ { lang: l, name, upper, known: true };
    let after = c[end..].trim_start();
    let (punct, rest) = match after.chars().next() {
        Some(p @ (',' | ':' | ';')) => (Some(p), after[1..].trim_start()),
        _ => (None, after),
    };
    if rest.is_empty() {
        return Some(Classified { class, split_at: None });
    }
    let next = first_word(rest);
    if punct == Some(',') && is_upper_word(next) && next.chars().count() > 2 {
        let split_at = base + to_u32(c.len() - rest.len());
        return Some(Classified { class, split_at: Some(split_at) });
    }
    None
}

/// A line shaped like an organ line but naming no known organ ("THE GENERAL ASEMBLY,"):
/// an article, capitals only, a closing comma or colon.
fn unknown_organ(c: &str, base: u32, lang: Lang) -> Option<Classified> {
    const ARTICLES: [&str; 9] = ["THE", "LA", "EL", "LE", "L'", "L’", "A", "O", "LOS"];
    let trimmed = c.trim_end();
    let name = trimmed.strip_suffix([',', ':'])?.trim_end();
    let first = name.split(' ').next()?;
    let article = ARTICLES.contains(&first) || first.starts_with("L'") || first.starts_with("L’");
    if !article || name.split(' ').count() < 3 || name.len() > 150 || crate::scan::has_lowercase(name) {
        return None;
    }
    let class = Class::Organ { lang, name: TextRange::new(base, base + to_u32(name.len())), upper: true, known: false };
    Some(Classified { class, split_at: None })
}

/// Symbol, series, date, "Original:" and agenda lines; `folded` is the first word folded.
fn is_header_line(c: &str, folded: Option<&Folded>) -> bool {
    if c.len() > 200 {
        return false;
    }
    if c.starts_with("OEA/Ser") || fold::match_phrase(c, "ORIGINAL").is_some_and(|end| c[end..].trim_start().starts_with(':')) {
        return true;
    }
    // An OAS symbol first: "AG/RES. 2958 (L-O/20)", "CP/doc.4218", "RC.31/RES. 1/24".
    if c.len() < 120 && is_symbol_like(c) {
        return true;
    }
    // Compilation headers: "GENERAL ASSEMBLY", "FIFTY-FOURTH REGULAR SESSION".
    if c.len() < 120 && !crate::scan::has_lowercase(c) {
        const HEADERS: [&str; 8] = ["GENERAL ASSEMBLY", "PERMANENT COUNCIL", "ASAMBLEA GENERAL", "CONSEJO PERMANENTE", "ASSEMBLEE GENERALE", "CONSEIL PERMANENT", "ASSEMBLEIA GERAL", "CONSELHO PERMANENTE"];
        const SESSIONS: [&str; 5] = ["REGULAR SESSION", "SPECIAL SESSION", "PERIODO ORDINARIO", "PERIODO EXTRAORDINARIO", "SESSION ORDINAIRE"];
        // Folded into a buffer on the stack: at most 119 chars of at most 4 bytes each.
        let mut buf = [0u8; 480];
        let mut len = 0;
        for ch in c.chars() {
            len += fold::fold_char(ch).encode_utf8(&mut buf[len..]).len();
        }
        let folded = std::str::from_utf8(&buf[..len]).unwrap_or_default();
        // The session line opens with its ordinal ("FIFTY-FOURTH REGULAR SESSION",
        // "QUINCUAGÉSIMO CUARTO PERÍODO ORDINARIO"): a title that names a session further
        // on ("PLACE AND DATE OF THE FIFTY-FIFTH REGULAR SESSION") is no header line.
        let opens_session = |h: &str| crate::scan::find(folded, h).is_some_and(|at| folded[..at].split_whitespace().count() <= 2);
        if HEADERS.contains(&folded.trim()) || SESSIONS.iter().any(|h| opens_session(h)) {
            return true;
        }
    }
    if c.len() < 80 && folded.is_some_and(|f| f.is_in(&["ITEM", "ITEMS", "TEMA", "PUNTO", "POINT"])) {
        return true;
    }
    is_date_line(c)
}

/// Whether the text before the first space is shaped like an OAS symbol: at most 30
/// bytes, an ASCII capital first, a "/" somewhere, only letters, digits, "/", "." and "-".
fn is_symbol_like(c: &str) -> bool {
    let bytes = c.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let mut slash = false;
    for &b in bytes.iter().take(31) {
        match b {
            b' ' => return slash,
            b'/' => slash = true,
            b'.' | b'-' => {}
            _ if b.is_ascii_alphanumeric() => {}
            _ => return false,
        }
    }
    // No space within 31 bytes: the token is short enough only if the text ends first.
    slash && bytes.len() <= 30
}

const MONTHS: [&str; 48] = [
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
    "ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE",
    "JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE",
    "JANEIRO", "FEVEREIRO", "MARCO", "ABRIL", "MAIO", "JUNHO", "JULHO", "AGOSTO", "SETEMBRO", "OUTUBRO", "NOVEMBRO", "DEZEMBRO",
];

/// "5 June 2001", "June 5, 2001", "27 septiembre 2000", "5 de junho de 2001".
fn is_date_line(c: &str) -> bool {
    if c.len() > 40 {
        return false;
    }
    let words: Vec<&str> = c.split(|ch: char| ch.is_whitespace() || ch == ',').filter(|w| !w.is_empty()).collect();
    if !(2..=5).contains(&words.len()) {
        return false;
    }
    // The year first: short headings have none, and the month test folds every word
    // against 48 names.
    let has_year = words.iter().any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    has_year && words.iter().any(|w| MONTHS.iter().any(|m| fold::eq_folded(w, m)))
}

/// A paragraph opening with a lead phrase ("REAFFIRMING", "TAKING NOTE OF"), a paragraph
/// all in capitals, or a lead word in the wrong case ("Reaffirming").
/// `word_upper`: whether `word` is an upper-case word.
fn lead_phrase(c: &str, word: &str, word_upper: bool, folded: &Folded, base: u32, lex: &Lexicon) -> Option<Class> {
    let in_lexicon = folded.is_in(lex.lead_words);
    // The draft's own language was just tried: only the other three are left.
    let known = in_lexicon || Lang::ALL.iter().any(|&l| l != lex.lang && folded.is_in(l.lexicon().lead_words));
    // "BEARING IN MIND" is one lead: all its words go in capitals.
    if known {
        if let Some(end) = lex.match_lead_phrase(c) {
            let upper = !crate::scan::has_lowercase(&c[..end]);
            let trimmed = c.trim_end_matches(['”', '"', '’', '\'', ')', '»']);
            return Some(Class::Preambular {
                lead: TextRange::new(base, base + to_u32(if upper { lead_len(c).max(end) } else { end })),
                upper,
                known: true,
                colon_block: trimmed.ends_with(':'),
                declaration_verb: false,
            });
        }
    }
    if word_upper && word.chars().filter(|ch| ch.is_alphabetic()).count() >= 2 {
        let has_lower = crate::scan::has_lowercase(c);
        let last = c.trim_end_matches(['”', '"', '’', '\'', ')', '»']).chars().last();
        if !has_lower && !matches!(last, Some(';' | ',' | ':')) {
            return Some(Class::Caps);
        }
        let lead_len = lead_len(c);
        return Some(Class::Preambular {
            lead: TextRange::new(base, base + to_u32(lead_len)),
            upper: true,
            known,
            colon_block: matches!(last, Some(':')),
            declaration_verb: folded.is_in(lex.declaration_verbs) && !in_lexicon,
        });
    }
    if known {
        return Some(Class::Preambular {
            lead: TextRange::new(base, base + to_u32(word.len())),
            upper: false,
            known: true,
            colon_block: c.trim_end().ends_with(':'),
            declaration_verb: false,
        });
    }
    None
}

/// The length of the run of upper-case words at the start of `c`.
fn lead_len(c: &str) -> usize {
    let mut end = 0;
    let mut pos = 0;
    // Words split at single spaces, found byte by byte: the run is short.
    loop {
        let word_end = c.as_bytes()[pos..].iter().position(|&b| b == b' ').map_or(c.len(), |n| pos + n);
        let w = c[pos..word_end].trim_end_matches([':', ',', ';']);
        if w.is_empty() || !is_upper_word(w) {
            break;
        }
        end = pos + w.len();
        if word_end == c.len() {
            break;
        }
        pos = word_end + 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_take_a_session_line_for_a_header_but_not_a_title_naming_a_session() {
        for line in ["FIFTY-FOURTH REGULAR SESSION", "QUINCUAGÉSIMO CUARTO PERÍODO ORDINARIO DE SESIONES", "CINQUANTE-QUATRIÈME SESSION ORDINAIRE", "FORTY-EIGHTH SPECIAL SESSION"] {
            assert!(is_header_line(line, None), "{line}");
        }
        for title in ["PLACE AND DATE OF THE FIFTY-FIFTH REGULAR SESSION", "DATA DO QUINQUAGÉSIMO QUINTO PERÍODO ORDINÁRIO DE SESSÕES DA ASSEMBLÉIA GERAL"] {
            assert!(!is_header_line(title, None), "{title}");
        }
    }

    #[test]
    fn should_rule_out_keywords_by_their_shape_as_the_look_up_would() {
        // The shape test comes before the look-up: a keyword word followed by anything
        // but a colon is no keyword, whichever way round the two are asked.
        for (text, keyword) in [("RESOLVES:", true), ("RESOLVES", true), ("RESOLVES :", true), ("RESOLVES:\u{a0}1. To", true), ("RESOLVES to", false), ("RESOLVES,", false), ("DÉCIDE :", true), ("Resuelve", true), ("CONSIDERING that", false), ("CONSIDERING:", false), ("RESUELVE\t:", true)] {
            let range = TextRange::new(0, to_u32(text.len()));
            let found = classify(text, range, range, Lang::En, None).class;
            assert_eq!(matches!(found, Class::Keyword { .. }), keyword, "{text:?}");
        }
    }
    use crate::lang::KeywordKind;

    fn class_of(text: &str) -> Class {
        let range = TextRange::from_usize(0, text.len());
        let marks = super::super::marks::scan(text, 0);
        let content = content_range(text, range, &marks);
        classify(text, range, content, Lang::En, None).class
    }

    #[test]
    fn should_tell_symbol_like_first_tokens_as_by_splitting() {
        let texts = [
            "", " ", "AG/RES. 2958 (L-O/20)", "CP/doc.4218", "RC.31/RES. 1/24", "OEA/Ser.P", "AG/RES.", "ag/res. 1", "AGRES 1",
            "A/", "/A", "A/B/C/D/E/F/G/H/I/J/K/L/M/N/OPQ", "A/B/C/D/E/F/G/H/I/J/K/L/M/N/OPQR", "A/B/C/D/E/F/G/H/I/J/K/L/M/N/OP Q",
            "A/B/C/D/E/F/G/H/I/J/K/L/M/N/OPQ R", "A/B/C/D/E/F/G/H/I/J/K/L/M/N/OPQ,", "A/B,C", "Á/B", "A/É", "A/B\tC", "A/B\u{a0}C",
            "THE GENERAL ASSEMBLY", "CP/RES. 1117 (2200/19)",
        ];
        for c in texts {
            let token = c.split(' ').next().unwrap_or("");
            let expected = token.contains('/')
                && token.len() <= 30
                && token.starts_with(|ch: char| ch.is_ascii_uppercase())
                && token.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-'));
            assert_eq!(is_symbol_like(c), expected, "{c:?}");
        }
    }

    #[test]
    fn should_trim_space_as_the_standard_library_does() {
        for s in ["", " ", "a", " a ", "\t\u{b}\x0c\r\n a \n", "\u{a0}a\u{a0}", " \u{2003} é \u{3000}", "\u{85}x\u{85}", "é", " ’x’ ", "\u{1c}a\u{1f}"] {
            assert_eq!(leading_space(s), s.len() - s.trim_start().len(), "{s:?}");
            assert_eq!(trimmed_len(s), s.trim_end().len(), "{s:?}");
        }
    }

    #[test]
    fn should_skip_bookmarks_and_trailing_footnotes_in_the_content() {
        let text = " [bookmark: _Hlk1]Heading here [footnoteRef:2]/ [2: text] ";
        let range = TextRange::from_usize(0, text.len());
        let marks = super::super::marks::scan(text, 0);
        assert_eq!(content_range(text, range, &marks).slice(text), "Heading here");
    }

    #[test]
    fn should_classify_keywords_with_their_slips() {
        assert!(matches!(class_of("RESOLVES:"), Class::Keyword { kind: KeywordKind::Resolves, colon: Some(_), rest: None, .. }));
        assert!(matches!(class_of("Resolves"), Class::Keyword { colon: None, .. }));
        assert!(matches!(class_of("RESOLVES: 1. To ask."), Class::Keyword { rest: Some(_), .. }));
        assert!(matches!(class_of("DÉCIDE :"), Class::Keyword { colon: Some(_), rest: None, .. }));
    }

    #[test]
    fn should_classify_organ_lines_in_all_languages() {
        for line in ["THE GENERAL ASSEMBLY,", "LA ASAMBLEA GENERAL:", "L’ASSEMBLÉE GÉNÉRALE,", "A ASSEMBLÉIA GERAL,", "THE GENERAL ASSEMBLY"] {
            assert!(matches!(class_of(line), Class::Organ { .. }), "{line}");
        }
        assert!(matches!(class_of("The General Assembly,"), Class::Organ { upper: false, known: true, .. }));
        assert!(matches!(class_of("THE GENERAL ASEMBLY,"), Class::Organ { known: false, .. }));
        assert!(matches!(class_of("THE GENERAL ASSEMBLY OF THE UNITED NATIONS"), Class::Caps));
    }

    #[test]
    fn should_split_an_organ_line_running_into_its_first_clause() {
        let text = "THE GENERAL ASSEMBLY, CONSIDERING its repeated statements;";
        let range = TextRange::from_usize(0, text.len());
        let found = classify(text, range, range, Lang::En, None);
        assert_eq!(found.split_at, Some(22));
    }

    #[test]
    fn should_classify_lead_phrases_and_capital_lines() {
        assert!(matches!(class_of("TAKING NOTE OF the report;"), Class::Preambular { upper: true, known: true, .. }));
        assert!(matches!(class_of("Reaffirming the principles;"), Class::Preambular { upper: false, .. }));
        assert!(matches!(class_of("BEARING in mind the report;"), Class::Preambular { upper: false, .. }));
        assert!(matches!(class_of("BEARING IN MIND the report;"), Class::Preambular { upper: true, .. }));
        assert!(matches!(class_of("CONSIDERING:"), Class::Preambular { colon_block: true, .. }));
        assert!(matches!(class_of("STRENGTHENING DEMOCRACY"), Class::Caps));
        assert!(matches!(class_of("WELCOMES the report;"), Class::Preambular { declaration_verb: true, .. }));
    }

    #[test]
    fn should_classify_title_block_lines() {
        assert_eq!(class_of("DRAFT OMNIBUS RESOLUTION"), Class::DraftLabel);
        assert_eq!(class_of("(Agreed upon by the Permanent Council)"), Class::Provenance { parenthesized: true });
        assert_eq!(class_of("AG/RES. 2958 (L-O/20)"), Class::HeaderLine);
        assert_eq!(class_of("OEA/Ser.P"), Class::HeaderLine);
        assert_eq!(class_of("RC.31/RES. 1/24"), Class::HeaderLine);
        assert_eq!(class_of("FIFTY-FOURTH REGULAR SESSION"), Class::HeaderLine);
        assert_eq!(class_of("GENERAL ASSEMBLY"), Class::HeaderLine);
        assert_eq!(class_of("5 June 2001"), Class::HeaderLine);
        assert_eq!(class_of("Original: Spanish"), Class::HeaderLine);
    }

    #[test]
    fn should_classify_numbered_and_sub_paragraphs_and_clauses() {
        assert!(matches!(class_of("1.\tTo request."), Class::Numbered { .. }));
        assert!(matches!(class_of("1. [bookmark: _Hlk8]To reaffirm."), Class::Numbered { .. }));
        assert!(matches!(class_of("b) To report;"), Class::Sub { .. }));
        assert_eq!(class_of("That the Council shall meet;"), Class::That);
        assert_eq!(class_of("FOOTNOTES"), Class::FootnotesHeader);
        assert_eq!(class_of("Consumer Protection in the Americas"), Class::Text);
    }
}
