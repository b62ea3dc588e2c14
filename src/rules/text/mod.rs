//! Text and typography: doubled words, white space, delimiters, negotiation brackets,
//! acronyms. The acronym index shared by the three acronym rules lives here.

pub mod acronym_before_definition;
pub mod acronym_conflict;
pub mod acronym_undefined;
pub mod doubled_word;
pub mod negotiation_brackets;
pub mod unbalanced_delimiters;
pub mod whitespace;

use crate::syntax::{Class, Document, ParaId, Role, TextRange};

/// Acronyms so well known that drafts use them without spelling them out. (A `match`
/// rather than a list: most capital runs of a draft are these, and it compares by length
/// first.)
fn well_known(acronym: &str) -> bool {
    matches!(
        acronym,
        "OAS" | "OEA" | "UN" | "ONU" | "COVID" | "HIV" | "AIDS" | "SIDA" | "VIH" | "US" | "USA" | "EU" | "UE" | "UK" | "ICT" | "TIC" | "NGO" | "ONG"
            | "SDG" | "ODS" | "IDB" | "BID" | "PAHO" | "OPS" | "WHO" | "OMS" | "UNESCO" | "UNICEF" | "CARICOM" | "MERCOSUR" | "ECLAC" | "CEPAL" | "GDP"
            | "PIB" | "LGBTI" | "LGBTIQ" | "UNHCR" | "ACNUR" | "IMF" | "FMI" | "OECD" | "OCDE" | "SARS" | "TBD" | "TBC"
    )
}

/// Small words that may sit inside a spelled-out name ("Network on Cadastre and
/// Property"). (A `match`, compared by length first: every word before a definition's
/// parenthesis is looked up.)
fn is_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "on" | "and" | "the" | "for" | "in" | "to" | "against" | "de" | "del" | "la" | "las" | "los" | "el" | "y" | "e" | "et" | "des" | "du" | "da" | "do"
            | "dos" | "das" | "para" | "sobre" | "les" | "le" | "pour"
    )
}

/// One spelled-out definition, "Full Name (ACRONYM)".
#[derive(Clone, Debug)]
pub(crate) struct Definition {
    pub acronym: String,
    pub expansion: String,
    pub range: TextRange,
    pub para: ParaId,
}

/// One use of an acronym in running text.
#[derive(Clone, Debug)]
pub(crate) struct Use {
    /// The word as written ("NGOs").
    pub range: TextRange,
    /// The acronym's length in bytes: the word, or the word without a plural "s".
    pub len: u32,
    pub para: ParaId,
    /// The first definition of the acronym (an index into the definitions), if any.
    pub definition: Option<usize>,
}

impl Use {
    /// The acronym ("NGO" of "NGOs").
    pub fn acronym<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range.start as usize..(self.range.start + self.len) as usize).unwrap_or_default()
    }
}

/// The definitions and uses of a draft's acronyms.
pub(crate) type AcronymIndex = (Vec<Definition>, Vec<Use>);

/// Of `uses`, the first use of each acronym, in no particular order (the report is
/// sorted). One stable sort by the acronym's first eight bytes, ties broken by the whole
/// acronym and then by position, keeps no set of strings.
pub(crate) fn first_uses<'u>(text: &str, mut uses: Vec<&'u Use>) -> Vec<&'u Use> {
    let prefix = |u: &&Use| {
        let mut key = [0u8; 8];
        let a = u.acronym(text).as_bytes();
        let n = a.len().min(8);
        key[..n].copy_from_slice(&a[..n]);
        u64::from_be_bytes(key)
    };
    crate::sort::by_key_then(&mut uses, prefix, |a, b| a.acronym(text).cmp(b.acronym(text)).then(a.range.start.cmp(&b.range.start)));
    uses.dedup_by(|later, first| later.acronym(text) == first.acronym(text));
    uses
}

/// Every definition and use, in text order. Each stretch of text is read once, sixteen
/// bytes at a time, for its pairs of capitals and its "(": only those are looked at, so
/// ordinary words cost nothing.
pub(crate) fn index(doc: &Document<'_>) -> AcronymIndex {
    let mut defs = Vec::new();
    let mut uses = Vec::new();
    // Reused from stretch to stretch: most stretches have no run and no "(".
    let mut found = Found::default();
    for (i, para) in doc.paragraphs.iter().enumerate() {
        if matches!(para.role, Role::Title | Role::DraftLabel | Role::HeaderLine | Role::Organ | Role::Keyword | Role::FootnotesHeader | Role::Prose | Role::Heading) {
            continue;
        }
        let pid = crate::syntax::to_u32(i);
        let skip_to = match para.class {
            Class::Preambular { lead, .. } => lead.end,
            _ => para.content.start,
        };
        for seg in crate::scan::segments(para) {
            let seg = TextRange::new(seg.start.max(skip_to), seg.end.max(skip_to));
            scan_stretch(doc.text, seg, &mut found);
            if !found.opens.is_empty() {
                definitions(doc, seg, &found.opens, pid, &mut defs);
            }
            for &(word, range) in &found.runs {
                // Citations are in text order: only the last one starting before the run can hold it.
                let before = doc.citations.partition_point(|c| c.range.start <= range.start);
                if before > 0 && doc.citations[before - 1].range.contains_range(range) {
                    continue;
                }
                // Parts of a symbol the citation grammar does not know ("MESICIC/CEP-IV/doc.2/15").
                let touches_slash = |at: u32| doc.text.as_bytes().get(at as usize) == Some(&b'/');
                if touches_slash(range.end) || range.start > 0 && touches_slash(range.start - 1) {
                    continue;
                }
                if let Some(acronym) = acronym_of(word) {
                    uses.push(Use { range, len: crate::syntax::to_u32(acronym.len()), para: pid, definition: None });
                }
            }
        }
    }
    // Each use's definition, looked up once for the three rules: "GEALC Network" defines
    // "GEALC" too, so a definition is known by its first word. (Drafts define a few dozen
    // acronyms: a linear look-up is enough.)
    let first_words: Vec<&str> = defs.iter().map(|d| d.acronym.split(' ').next().unwrap_or_default()).collect();
    for u in &mut uses {
        let acronym = u.acronym(doc.text);
        u.definition = first_words.iter().position(|&w| w == acronym);
    }
    (defs, uses)
}

/// What [`scan_stretch`] finds in one stretch: the capital runs that may be acronyms and
/// the document offsets of its "(".
#[derive(Default)]
struct Found<'t> {
    runs: Vec<(&'t str, TextRange)>,
    opens: Vec<u32>,
    /// Capital runs before the "next to each other" filter (offsets in the stretch).
    raw: Vec<(usize, usize)>,
}

/// Fills `found` for the stretch `seg`: its "(" and the words in it that start with two
/// capitals ("CSHN", "NGOs", "COVID" of "COVID-19"), split at hyphens. Runs of two or
/// more words in capitals next to each other ("BEARING IN MIND", a quoted title in
/// capitals) are text in capitals, not acronyms, and a run glued to a symbol
/// ("RC.23/RES") is part of the symbol.
fn scan_stretch<'t>(text: &'t str, seg: TextRange, found: &mut Found<'t>) {
    use crate::scan::blocks;
    found.runs.clear();
    found.opens.clear();
    found.raw.clear();
    let s = seg.slice(text);
    let bytes = s.as_bytes();
    // Whether a letter or digit stands just before byte `i` (ASCII answered from the byte).
    let letter_before = |i: usize| match i.checked_sub(1).map(|j| bytes[j]) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => s[..i].chars().next_back().is_some_and(char::is_alphanumeric),
    };
    // Where the last run read ends: capitals inside it start no new run.
    let mut run_end = 0;
    let mut base = 0;
    while base < bytes.len() {
        // The padding past the end is no capital and no "(".
        let block = blocks::at(bytes, base);
        let capitals = blocks::capitals(&block);
        let mut opens = blocks::equal(&block, b'(');
        while opens != 0 {
            found.opens.push(seg.start + crate::syntax::to_u32(base + opens.trailing_zeros() as usize));
            opens &= opens - 1;
        }
        // A pair of capitals starts at bit k; the sixteenth byte pairs with the next block's first.
        let next_is_capital = capitals & 0x8000 != 0 && bytes.get(base + 16).is_some_and(u8::is_ascii_uppercase);
        let mut pairs = capitals & ((capitals >> 1) | (u16::from(next_is_capital) << 15));
        while pairs != 0 {
            let i = base + pairs.trailing_zeros() as usize;
            pairs &= pairs - 1;
            if i < run_end || letter_before(i) {
                continue;
            }
            let end = i + bytes[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            run_end = end;
            let glued_to_symbol = matches!(bytes.get(end), Some(b'.' | b'/')) && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
            let runs_into_text = match bytes.get(end) {
                None => false,
                Some(b) if b.is_ascii() => b.is_ascii_alphabetic(),
                Some(_) => s[end..].chars().next().is_some_and(char::is_alphabetic),
            };
            if !glued_to_symbol && !runs_into_text {
                found.raw.push((i, end));
            }
        }
        base += 16;
    }
    let spaced = |a: (usize, usize), b: (usize, usize)| b.0 > a.1 && s[a.1..b.0].chars().all(|c| c == ' ' || c == '\u{a0}');
    let raw = &found.raw;
    for (k, &run) in raw.iter().enumerate() {
        let joined_before = k > 0 && spaced(raw[k - 1], run);
        let joined_after = k + 1 < raw.len() && spaced(run, raw[k + 1]);
        if joined_before || joined_after {
            continue;
        }
        found.runs.push((&s[run.0..run.1], TextRange::new(seg.start + crate::syntax::to_u32(run.0), seg.start + crate::syntax::to_u32(run.1))));
    }
}

/// The acronym a word is ("CSHN", "NGOs" → "NGO"), if it is one.
fn acronym_of(word: &str) -> Option<&str> {
    let core = word.strip_suffix('s').filter(|c| c.len() >= 2 && c.chars().all(|ch| ch.is_uppercase())).unwrap_or(word);
    let letters = core.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || !core.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) || !core.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    if well_known(core) || crate::parse::label::roman_value(core).is_some() {
        return None;
    }
    Some(core)
}

/// Definitions "Full Name (ACRONYM)", "Full Name (ACRONYM Network)" and "Full Name
/// (hereinafter “ACRONYM”)" in a stretch, whose "(" are at document offsets `opens`.
fn definitions(doc: &Document<'_>, seg: TextRange, opens: &[u32], para: ParaId, out: &mut Vec<Definition>) {
    let text = seg.slice(doc.text);
    for open in opens.iter().map(|&o| (o - seg.start) as usize) {
        // A definition's parenthesis closes within a few words: look no further.
        let window = &text.as_bytes()[open..text.len().min(open + 65)];
        let Some(close) = crate::scan::memchr(b')', window).map(|c| open + c) else { continue };
        let inner = &text[open + 1..close];
        // Most parentheses hold no acronym: no capital pair, a symbol, a year, a clause.
        let has_capitals = inner.as_bytes().windows(2).any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase());
        if !has_capitals || inner.contains(['/', '.', ',', '(']) || inner.len() > 60 {
            continue;
        }
        const LEAD_INS: [&str; 8] = ["hereinafter", "en", "adelante", "the", "el", "la", "le", "les"];
        let words: Vec<&str> = inner
            .split(' ')
            .map(|w| w.trim_matches(|c| matches!(c, '“' | '”' | '"')))
            .filter(|w| !w.is_empty() && !LEAD_INS.iter().any(|l| crate::scan::eq_ascii_case(l.as_bytes(), w.as_bytes())))
            .collect();
        let Some(acronym) = words.first().and_then(|w| acronym_of(w)) else { continue };
        let label = if words.len() > 1 { words.join(" ") } else { acronym.to_owned() };
        let expansion = expansion_before(&text[..open]);
        if expansion.is_empty() {
            continue;
        }
        let range = TextRange::new(seg.start + crate::syntax::to_u32(open + 1), seg.start + crate::syntax::to_u32(close));
        out.push(Definition { acronym: label, expansion, range, para });
    }
}

/// The name just before "(": its capitalised words ("Inter-American Network on
/// Cadastre"), or, when it is written in lower case ("micro, small and medium-sized
/// enterprises"), the few words before the parenthesis. It never runs back over an
/// earlier parenthesis or a clause mark.
fn expansion_before(text: &str) -> String {
    let mut words: Vec<&str> = Vec::new();
    for word in words_back(text.trim_end()) {
        let bare = word.trim_matches(|c: char| c == '“' || c == '”' || c == '"');
        if bare.is_empty() || bare.ends_with([',', ';', ':', '.', ')']) || words.len() > 14 {
            break;
        }
        if bare.chars().any(char::is_uppercase) || is_connector(bare) {
            words.push(bare);
        } else {
            break;
        }
    }
    while words.last().is_some_and(|w| is_connector(w)) {
        words.pop();
    }
    if words.is_empty() {
        // A name in lower case: the last few words, up to a clause mark.
        words = words_back(text.trim_end()).take_while(|w| !w.is_empty() && !w.ends_with([';', ':', '.', ')'])).take(6).collect();
    }
    words.reverse();
    words.join(" ")
}

/// `text.rsplit(' ')`, read byte by byte: the words before a parenthesis are short, and
/// a search per word cost more than the words themselves.
fn words_back(text: &str) -> impl Iterator<Item = &str> {
    let mut end = Some(text.len());
    std::iter::from_fn(move || {
        let stop = end?;
        let start = text.as_bytes()[..stop].iter().rposition(|&b| b == b' ').map(|i| i + 1);
        end = start.map(|s| s - 1);
        text.get(start.unwrap_or(0)..stop)
    })
}


#[cfg(test)]
mod tests {
    use super::*;

    /// The capital runs of `s` found byte by byte, as the block scan must find them.
    fn runs_one_by_one(s: &str) -> Vec<(usize, usize)> {
        let b = s.as_bytes();
        let word_char_before = |i: usize| i > 0 && s[..i].chars().next_back().is_some_and(char::is_alphanumeric);
        let mut raw = Vec::new();
        let mut i = 0;
        while i + 1 < b.len() {
            if !(b[i].is_ascii_uppercase() && b[i + 1].is_ascii_uppercase()) || word_char_before(i) {
                i += 1;
                continue;
            }
            let end = i + b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            let glued = matches!(b.get(end), Some(b'.' | b'/')) && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
            if !glued && !s[end..].chars().next().is_some_and(char::is_alphabetic) {
                raw.push((i, end));
            }
            i = end;
        }
        let spaced = |a: (usize, usize), c: (usize, usize)| c.0 > a.1 && s[a.1..c.0].chars().all(|ch| ch == ' ' || ch == '\u{a0}');
        let joined = |k: usize| (k > 0 && spaced(raw[k - 1], raw[k])) || (k + 1 < raw.len() && spaced(raw[k], raw[k + 1]));
        (0..raw.len()).filter(|&k| !joined(k)).map(|k| raw[k]).collect()
    }

    #[test]
    fn should_split_words_back_as_rsplit_does() {
        for text in ["", " ", "a", "a b", " a  b ", "Network on Cadastre", "“GEALC” Network", "é ñ  ü", "  "] {
            assert_eq!(words_back(text).collect::<Vec<_>>(), text.rsplit(' ').collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn should_find_capital_runs_and_parentheses_across_block_edges() {
        let pieces = ["the ", "OAS", " (", "NGOs", "é", "COVID-19", ") ", "RC.23/RES", "BEARING IN MIND", "aBC", "XX", "“CSHN”", "\u{a0}", "ÉCLAC", "x"];
        // Every mix of pieces, shifted by 0..16 bytes so that each lands on every block edge.
        let mut state = 7u64;
        for shift in 0..16 {
            for _ in 0..60 {
                let mut s = "y".repeat(shift);
                for _ in 0..12 {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    s.push_str(pieces[(state % pieces.len() as u64) as usize]);
                }
                let mut found = Found::default();
                scan_stretch(&s, TextRange::from_usize(0, s.len()), &mut found);
                let runs: Vec<(usize, usize)> = found.runs.iter().map(|&(_, r)| (r.start as usize, r.end as usize)).collect();
                assert_eq!(runs, runs_one_by_one(&s), "{s:?}");
                let opens: Vec<u32> = s.match_indices('(').map(|(i, _)| i as u32).collect();
                assert_eq!(found.opens, opens, "{s:?}");
            }
        }
    }
}
