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
        for c in word.chars() {
            let folded = fold_char(c);
            if !folded.is_ascii() || f.len as usize >= f.buf.len() {
                return None;
            }
            f.buf[f.len as usize] = folded as u8;
            f.len += 1;
        }
        Some(f)
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
        entries.iter().any(|e| e.as_bytes() == bytes)
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
#[must_use]
pub fn match_phrase(text: &str, phrase: &str) -> Option<usize> {
    // Most texts differ at the first letter: answer those without decoding anything.
    if let (Some(&t), Some(&p)) = (text.as_bytes().first(), phrase.as_bytes().first()) {
        if t.is_ascii() && t.to_ascii_uppercase() != p {
            return None;
        }
    }
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

/// The first word of `text` (letters, digits, apostrophes, hyphens) and its byte length.
#[must_use]
pub fn first_word(text: &str) -> &str {
    let end = text.char_indices().find(|&(_, c)| !is_word_char(c)).map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// Whether `word` has at least one letter and no lower-case letter.
#[must_use]
pub fn is_upper_word(word: &str) -> bool {
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

    #[test]
    fn should_tell_upper_case_words() {
        assert!(is_upper_word("REAFFIRMING"));
        assert!(is_upper_word("COVID-19"));
        assert!(!is_upper_word("Reaffirming"));
        assert!(!is_upper_word("2021"));
    }
}
