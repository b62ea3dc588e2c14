//! Case- and accent-insensitive matching for lexicon look-ups.
//!
//! Lexicon entries are stored folded: upper case, accents removed, apostrophes straight,
//! single spaces. [`fold_char`] folds one input character the same way, so the text is
//! never copied to compare it. This module only compares; it does not classify.

/// Folds a character to the form lexicon entries are written in.
#[must_use]
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'A',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'O',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'ç' | 'Ç' => 'C',
        'ñ' | 'Ñ' => 'N',
        '’' | '‘' | 'ʼ' | '`' => '\'',
        '\u{a0}' | '\u{202f}' | '\t' => ' ',
        _ => super::case::upper(c),
    }
}

/// A word folded once for many lexicon look-ups (ASCII after folding, at most 40 bytes).
#[derive(Clone, Copy)]
pub struct Folded {
    buf: [u8; 40],
    len: u8,
}

impl Folded {
    /// Folds `word`; `None` when it is too long or folds to something outside ASCII
    /// (no lexicon entry is, so such a word matches nothing).
    #[must_use]
    pub fn new(word: &str) -> Option<Folded> {
        let mut f = Folded { buf: [0; 40], len: 0 };
        // ASCII bytes are folded without decoding (and without a call to `fold_char`);
        // only other characters are decoded.
        let bytes = word.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let (folded, len) = if b.is_ascii() {
                (b.to_ascii_uppercase(), 1)
            } else {
                let c = word[i..].chars().next()?;
                let folded = fold_char(c);
                if !folded.is_ascii() {
                    return None;
                }
                (folded as u8, c.len_utf8())
            };
            *f.buf.get_mut(usize::from(f.len))? = folded;
            f.len += 1;
            i += len;
        }
        Some(f)
    }

    /// The folded word's bytes (ASCII).
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len as usize]
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len as usize]).unwrap_or("")
    }

    /// Whether the folded word is one of `entries`.
    #[must_use]
    pub fn is_in(&self, entries: &[&str]) -> bool {
        // Compared as bytes: no UTF-8 check of the folded word for each look-up.
        let bytes = &self.buf[..self.len as usize];
        // Length and first letter before the comparison proper, which is a call.
        entries.iter().any(|e| e.len() == bytes.len() && e.as_bytes().first() == bytes.first() && e.as_bytes() == bytes)
    }
}

/// Whether `c` can be part of a word (letters, apostrophes inside words, hyphens).
#[must_use]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')
}

/// If `text` starts with `phrase` (folded, words separated by single spaces), returns
/// the number of bytes of `text` it covers. Runs of white space in `text` match one
/// space in `phrase`; the match must end at a word boundary.
#[inline]
#[must_use]
pub fn match_phrase(text: &str, phrase: &str) -> Option<usize> {
    // Most texts differ at the first letter: answer those without decoding anything
    // (inlined, so that a look-up through a whole lexicon costs no calls).
    if let (Some(&t), Some(&p)) = (text.as_bytes().first(), phrase.as_bytes().first()) {
        if t.is_ascii() && t.to_ascii_uppercase() != p {
            return None;
        }
    }
    match_phrase_past_first(text, phrase)
}

/// [`match_phrase`] once the first letters agree: out of line, so that each of its
/// callers inlines only the first-letter test.
#[inline(never)]
fn match_phrase_past_first(text: &str, phrase: &str) -> Option<usize> {
    if phrase.is_ascii() {
        match_ascii_phrase(text, phrase)
    } else {
        match_phrase_chars(text, phrase)
    }
}

/// [`match_phrase`] for an ASCII phrase (every lexicon entry): ASCII text is compared
/// byte by byte, and only other characters are decoded.
fn match_ascii_phrase(text: &str, phrase: &str) -> Option<usize> {
    let t = text.as_bytes();
    let mut i = 0;
    let mut end = 0;
    for &p in phrase.as_bytes() {
        if p == b' ' {
            let start = i;
            while let Some(&b) = t.get(i) {
                let len = if b.is_ascii() {
                    if !char::from(b).is_whitespace() {
                        break;
                    }
                    1
                } else {
                    match text[i..].chars().next() {
                        Some(c) if c.is_whitespace() => c.len_utf8(),
                        _ => break,
                    }
                };
                i += len;
            }
            if i == start {
                return None;
            }
            continue;
        }
        let b = *t.get(i)?;
        if b.is_ascii() {
            if b.to_ascii_uppercase() != p {
                return None;
            }
            i += 1;
        } else {
            let c = text[i..].chars().next()?;
            if fold_char(c) != char::from(p) {
                return None;
            }
            i += c.len_utf8();
        }
        end = i;
    }
    // Word boundary: the next character must not continue a word.
    let next_continues = match t.get(end) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[end..].chars().next().is_some_and(char::is_alphanumeric),
    };
    (!next_continues).then_some(end)
}

/// [`match_phrase`] character by character, for any phrase.
fn match_phrase_chars(text: &str, phrase: &str) -> Option<usize> {
    let mut chars = text.char_indices().peekable();
    let mut end = 0;
    for p in phrase.chars() {
        if p == ' ' {
            let mut saw_space = false;
            while let Some(&(_, c)) = chars.peek() {
                if c.is_whitespace() {
                    saw_space = true;
                    chars.next();
                } else {
                    break;
                }
            }
            if !saw_space {
                return None;
            }
            continue;
        }
        let (i, c) = chars.next()?;
        if fold_char(c) != p {
            return None;
        }
        end = i + c.len_utf8();
    }
    // Word boundary: the next character must not continue a word.
    match text[end..].chars().next() {
        Some(c) if c.is_alphanumeric() => None,
        _ => Some(end),
    }
}

/// Whether the whole of `word` equals the folded `entry`.
// Not inlined: six callers each carried two UTF-8 decoders of it.
#[inline(never)]
#[must_use]
pub fn eq_folded(word: &str, entry: &str) -> bool {
    let mut a = word.chars().map(fold_char);
    let mut b = entry.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

/// For each byte: [`WORD`] if it is an ASCII [`is_word_char`], [`NOT_ASCII`] if it
/// starts or continues a multi-byte character, 0 otherwise.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if b >= 128 {
            NOT_ASCII
        } else if (b as u8).is_ascii_alphanumeric() || b == b'\'' as usize || b == b'-' as usize {
            WORD
        } else {
            0
        };
        b += 1;
    }
    table
};
const WORD: u8 = 1;
const NOT_ASCII: u8 = 2;

/// The first word of `text` (letters, digits, apostrophes, hyphens) and its byte length.
#[must_use]
pub fn first_word(text: &str) -> &str {
    // ASCII bytes are told apart without decoding; from the first other byte on
    // (an accent, a curly apostrophe), characters are decoded.
    let bytes = text.as_bytes();
    match bytes.iter().position(|&b| BYTE_CLASS[usize::from(b)] != WORD) {
        None => text,
        Some(i) if BYTE_CLASS[usize::from(bytes[i])] == NOT_ASCII => {
            let end = text[i..].char_indices().find(|&(_, c)| !is_word_char(c)).map_or(text.len(), |(j, _)| i + j);
            &text[..end]
        }
        Some(i) => &text[..i],
    }
}

/// Whether `word` has at least one letter and no lower-case letter.
#[must_use]
pub fn is_upper_word(word: &str) -> bool {
    // Words are short: one branch-free pass beats stopping early, and tells ASCII words
    // (judged by bytes) from the others (judged by characters).
    let (mut lower, mut upper, mut other) = (false, false, false);
    for &b in word.as_bytes() {
        lower |= b.is_ascii_lowercase();
        upper |= b.is_ascii_uppercase();
        other |= !b.is_ascii();
    }
    if !other {
        return upper && !lower;
    }
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_match_phrases_ignoring_case_accents_and_spacing() {
        assert_eq!(match_phrase("L’Assemblée  générale, x", "L'ASSEMBLEE GENERALE"), Some(26));
        assert_eq!(match_phrase("THE GENERAL ASSEMBLYMAN", "THE GENERAL ASSEMBLY"), None);
        assert_eq!(match_phrase("THE GENERAL", "THE GENERAL ASSEMBLY"), None);
    }

    #[test]
    fn should_compare_whole_words_folded() {
        assert!(eq_folded("Considérant", "CONSIDERANT"));
        assert!(!eq_folded("Considérants", "CONSIDERANT"));
    }

    /// Texts in the four languages, with accents, curly quotes, odd spaces and case.
    const SAMPLES: &[&str] = &[
        "", " ", "a", "É", "THE GENERAL ASSEMBLY,", "The General  Assembly, CONSIDERING", "THE GENERAL ASSEMBLYMAN",
        "THE\u{a0}GENERAL\tASSEMBLY:", "THE\u{b}GENERAL\u{2003}ASSEMBLY", "LA ASAMBLEA GENERAL,", "la asamblea general",
        "L’ASSEMBLÉE GÉNÉRALE,", "L'Assemblée  générale", "L‘ASSEMBLEE GENERALE", "A ASSEMBLEIA GERAL,", "A ASSEMBLÉIA GERAL",
        "O CONSELHO PERMANENTE,", "EL CONSEJO PERMANENTE DE LA ORGANIZACIÓN DE LOS ESTADOS AMERICANOS,",
        "LE CONSEIL PERMANENT DE L’ORGANISATION DES ÉTATS AMÉRICAINS,", "BEARING IN MIND the report;", "Bearing in\nmind",
        "TENIENDO EN CUENTA que", "TENIENDO EN CUENTAS", "AYANT À L’ESPRIT", "TOMANDO NOTA", "Agreed upon by the Council",
        "(Aprobado por el Consejo)", "Aprobada por la Comisión", "Adoptée par le Conseil", "DRAFT RESOLUTION “TITLE”",
        "PROYECTO DE RESOLUCIÓN", "PROJET DE RÉSOLUTION", "PROJETO DE RESOLUÇÃO", "FOOTNOTES", "NOTAS", "Notes de bas de page",
        "ORIGINAL: SPANISH", "Original : français", "REAFFIRMING", "Reafirmando", "RÉAFFIRMANT", "REAFIRMANDO,", "Vu",
        "ÑANDÚ", "ÇA", "ß", "ǅ", "Ωμέγα", "1. To request", "a) To report", "RESOLVES:", "RESUELVE:", "DÉCIDE :", "RESOLVE:",
        "COVID-19", "2021", "x-1", "’quoted’", "“QUOTED”", "ÉTATS-UNIS", "états", "İSTANBUL", "ﬁne", "\u{feff}THE",
    ];

    fn all_phrases() -> Vec<&'static str> {
        let mut phrases = vec!["ORIGINAL", " A", "A ", "A  B", "", "É", "ÉTAT"];
        for lang in crate::lang::Lang::ALL {
            let lex = lang.lexicon();
            for list in [lex.organs, lex.lead_phrases, lex.draft_labels, lex.provenance_openers, lex.footnote_headers, lex.lead_words] {
                phrases.extend_from_slice(list);
            }
        }
        phrases
    }

    #[test]
    fn should_match_phrases_as_the_character_by_character_matcher_does() {
        for text in SAMPLES {
            for phrase in all_phrases() {
                assert_eq!(match_phrase(text, phrase), match_phrase_chars(text, phrase), "{text:?} / {phrase:?}");
                // And at every character boundary, for matches that do not start the text.
                for (i, _) in text.char_indices() {
                    assert_eq!(match_phrase(&text[i..], phrase), match_phrase_chars(&text[i..], phrase), "{:?} / {phrase:?}", &text[i..]);
                }
            }
        }
    }

    #[test]
    fn should_fold_words_as_character_by_character_folding_does() {
        let slow = |word: &str| -> Option<String> {
            let folded: String = word.chars().map(fold_char).collect();
            (folded.is_ascii() && folded.len() <= 40).then_some(folded)
        };
        let long = "A".repeat(40);
        let longer = "É".repeat(41);
        for text in SAMPLES.iter().copied().chain([long.as_str(), longer.as_str(), "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ", "ß", "ǆ", "Ω", "L’ESPRIT", "CONSIDÉRANT"]) {
            for (i, _) in text.char_indices() {
                for word in [&text[i..], first_word(&text[i..])] {
                    assert_eq!(Folded::new(word).map(|f| f.as_str().to_owned()), slow(word), "{word:?}");
                }
            }
        }
    }

    #[test]
    fn should_find_first_words_and_upper_case_words_as_by_characters() {
        for text in SAMPLES {
            for (i, _) in text.char_indices() {
                let t = &text[i..];
                let end = t.char_indices().find(|&(_, c)| !is_word_char(c)).map_or(t.len(), |(j, _)| j);
                assert_eq!(first_word(t), &t[..end], "{t:?}");
                let expected = !t.chars().any(char::is_lowercase) && t.chars().any(char::is_alphabetic);
                assert_eq!(is_upper_word(t), expected, "{t:?}");
                let word = first_word(t);
                let expected = !word.chars().any(char::is_lowercase) && word.chars().any(char::is_alphabetic);
                assert_eq!(is_upper_word(word), expected, "{word:?}");
            }
        }
    }

    #[test]
    fn should_tell_upper_case_words() {
        assert!(is_upper_word("REAFFIRMING"));
        assert!(is_upper_word("COVID-19"));
        assert!(!is_upper_word("Reaffirming"));
        assert!(!is_upper_word("2021"));
    }
}
