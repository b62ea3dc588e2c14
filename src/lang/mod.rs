//! The four OAS languages: lexicons and language detection.
//!
//! Each language has one [`Lexicon`] of folded entries (see [`fold`]): organ lines,
//! operative keywords, preambular lead words, declaration verbs, draft labels, provenance
//! openers and footnote headers, taken from the observed conventions of adopted OAS
//! texts. [`detect`] picks the language of a draft from its organ line, keyword and lead
//! words (and, when it has none, from the articles and pronouns its paragraphs open
//! with). This module holds words, not grammar: the classifier in [`crate::parse`](mod@crate::parse) uses it.

pub mod case;
pub mod fold;
mod en;
mod es;
mod fr;
mod pt;

use serde::{Deserialize, Serialize};

/// An official language of the OAS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::Pt];

    /// The two-letter code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
        }
    }

    /// Parses a two-letter code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| crate::scan::eq_ascii_case(l.code().as_bytes(), code.as_bytes()))
    }

    #[must_use]
    pub fn lexicon(self) -> &'static Lexicon {
        match self {
            Lang::En => &en::LEXICON,
            Lang::Es => &es::LEXICON,
            Lang::Fr => &fr::LEXICON,
            Lang::Pt => &pt::LEXICON,
        }
    }
}

/// What an operative keyword introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KeywordKind {
    /// "RESOLVES:", "RESUELVE:", "DÉCIDE :", "RESOLVE:": numbered infinitive paragraphs.
    Resolves,
    /// "DECLARES:", "EXPRESSES:", "DECLARA:" …: items may be noun phrases or "That" clauses.
    Declares,
}

/// How operative paragraphs open in a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// English: "To" + verb.
    To,
    /// Spanish and Portuguese: a bare infinitive.
    Infinitive,
    /// French: "De"/"D'" + infinitive.
    De,
}

/// The words of one language, all folded (upper case, no accents, straight apostrophes).
#[derive(Debug)]
pub struct Lexicon {
    pub lang: Lang,
    /// Organ lines without their final punctuation, longest first.
    pub organs: &'static [&'static str],
    /// Operative keywords without the colon.
    pub keywords: &'static [(&'static str, KeywordKind)],
    /// First words of preambular lead phrases.
    pub lead_words: &'static [&'static str],
    /// Lead phrases of several words, all of which are written in capitals
    /// ("BEARING IN MIND", not "BEARING in mind").
    pub lead_phrases: &'static [&'static str],
    /// Third-person verbs that open operative paragraphs of declarations without keyword.
    pub declaration_verbs: &'static [&'static str],
    /// Words that open the sub-clauses of a "CONSIDERING:" block.
    pub that: &'static [&'static str],
    /// The conjunction of "; and" before the last preambular paragraph.
    pub and: &'static str,
    /// Draft labels and label lines above the title.
    pub draft_labels: &'static [&'static str],
    /// Words in a label or title that make the text a declaration.
    pub declaration_words: &'static [&'static str],
    /// Opening words of a provenance line.
    pub provenance_openers: &'static [&'static str],
    /// Headers of a trailing footnote block.
    pub footnote_headers: &'static [&'static str],
    pub opening: Opening,
    /// Whether the preamble is punctuated ";" … "; and" … "," (not French).
    pub and_chain: bool,
    /// Whether a space before ":" ";" "," "." is a slip (not in French).
    pub no_space_before_punctuation: bool,
}

impl Lexicon {
    /// The organ line `text` starts with, and the bytes it covers.
    #[must_use]
    pub fn match_organ(&self, text: &str) -> Option<usize> {
        self.organs.iter().find_map(|o| fold::match_phrase(text, o))
    }

    /// Whether `text` is a proper beginning of an organ line (a wrapped organ line).
    #[must_use]
    pub fn is_organ_prefix(&self, text: &str) -> bool {
        let t = text.trim();
        if t.len() < 8 {
            return false;
        }
        self.organs.iter().any(|o| {
            let mut oc = o.chars();
            let mut last_space = true;
            for c in t.chars() {
                let f = if c.is_whitespace() { ' ' } else { fold::fold_char(c) };
                if f == ' ' && last_space {
                    continue;
                }
                last_space = f == ' ';
                if oc.next() != Some(f) {
                    return false;
                }
            }
            oc.next() == Some(' ')
        })
    }

    #[must_use]
    pub fn keyword(&self, word: &str) -> Option<KeywordKind> {
        fold::Folded::new(word).and_then(|f| self.keyword_folded(&f))
    }

    /// [`Lexicon::keyword`] for a word already folded.
    #[must_use]
    pub fn keyword_folded(&self, word: &fold::Folded) -> Option<KeywordKind> {
        // Compared as bytes: no UTF-8 check of the folded word for each look-up.
        let w = word.as_bytes();
        self.keywords.iter().find(|(k, _)| k.as_bytes() == w).map(|&(_, kind)| kind)
    }

    #[must_use]
    pub fn is_lead_word(&self, word: &str) -> bool {
        fold::Folded::new(word).is_some_and(|f| f.is_in(self.lead_words))
    }

    /// The multi-word lead phrase `text` starts with (in any case), and its length.
    #[must_use]
    pub fn match_lead_phrase(&self, text: &str) -> Option<usize> {
        self.lead_phrases.iter().filter_map(|p| fold::match_phrase(text, p)).max()
    }

    #[must_use]
    pub fn is_declaration_verb(&self, word: &str) -> bool {
        fold::Folded::new(word).is_some_and(|f| f.is_in(self.declaration_verbs))
    }

    #[must_use]
    pub fn is_that(&self, word: &str) -> bool {
        fold::Folded::new(word).is_some_and(|f| f.is_in(self.that))
    }

    /// Whether `text` is exactly a draft label (ignoring case, accents and spacing).
    #[must_use]
    pub fn match_draft_label(&self, text: &str) -> Option<usize> {
        self.draft_labels.iter().filter_map(|l| fold::match_phrase(text, l)).max()
    }

    #[must_use]
    pub fn match_provenance_opener(&self, text: &str) -> Option<usize> {
        self.provenance_openers.iter().find_map(|o| fold::match_phrase(text, o))
    }

    #[must_use]
    pub fn is_footnote_header(&self, text: &str) -> bool {
        self.footnote_headers.iter().any(|h| fold::match_phrase(text, h) == Some(text.len()))
    }

    /// Whether `text` names a declaration ("DRAFT DECLARATION", "DECLARATION ON …").
    #[must_use]
    pub fn mentions_declaration(&self, text: &str) -> bool {
        text.split(|c: char| !fold::is_word_char(c))
            .take(4)
            .any(|w| self.declaration_words.iter().any(|d| fold::eq_folded(w, d)))
    }
}

/// The organs of specialized organizations (the Inter-American Children's Institute's
/// Directing Council), as the lexicons spell them. Their texts keep their own punctuation:
/// no "and" before the last preambular clause, clauses ending with "." or ";", operative
/// paragraphs ending with ";" and the last with "." (CONVENTIONS §4.2, §6).
const SPECIALIZED_ORGANS: [&str; 4] = ["THE DIRECTING COUNCIL", "EL CONSEJO DIRECTIVO", "LE CONSEIL DE DIRECTION", "O CONSELHO DIRETOR"];

/// Whether the organ line `name` (its words, without the final comma) is that of a
/// specialized organization rather than of the General Assembly or a council of the OAS.
#[must_use]
pub fn is_specialized_organ(name: &str) -> bool {
    let name = name.trim();
    SPECIALIZED_ORGANS.iter().any(|o| fold::match_phrase(name, o) == Some(name.len()))
}

/// A Spanish or Portuguese infinitive, with or without an enclitic pronoun.
#[must_use]
pub fn is_infinitive(word: &str) -> bool {
    let w = case::to_lower(word);
    let w = w.split('-').next().unwrap_or(&w);
    let stem_ok = w.chars().count() > 3;
    let base = ["se", "le", "les", "lo", "los", "la", "las"].iter().find_map(|p| w.strip_suffix(p)).filter(|b| b.ends_with(['r'])).unwrap_or(w);
    stem_ok && (base.ends_with("ar") || base.ends_with("er") || base.ends_with("ir") || base.ends_with("ír") || base.ends_with("ór") || base.ends_with("pôr"))
}

/// Whether a paragraph whose first character folds to `initial` may open with an organ
/// line: every organ of every lexicon starts with one of these letters (tested), so
/// the others are spared a look-up through the lexicons.
#[must_use]
pub fn may_open_organ(initial: char) -> bool {
    matches!(initial, 'T' | 'L' | 'E' | 'A' | 'O')
}

/// Scores how strongly `text` (an organ line, keyword or lead word) belongs to each
/// language; used to detect the language of a whole draft.
#[derive(Clone, Copy, Debug, Default)]
pub struct LangVotes([u32; 4]);

impl LangVotes {
    pub fn add(&mut self, lang: Lang, weight: u32) {
        self.0[lang as usize] += weight;
    }

    /// The language with most votes; English when there are none or on a tie with it.
    #[must_use]
    pub fn winner(&self) -> Lang {
        let mut best = Lang::En;
        for lang in Lang::ALL {
            if self.0[lang as usize] > self.0[best as usize] {
                best = lang;
            }
        }
        best
    }
}

/// Votes enough to stop reading: an organ line and a keyword agree.
const DECISIVE: u32 = 20;

/// Detects the language of a draft from the starts of its paragraphs; stops reading as
/// soon as one language has both an organ line and a keyword.
#[must_use]
pub fn detect<'a>(paragraph_starts: impl Iterator<Item = &'a str>) -> Lang {
    let mut votes = LangVotes::default();
    // Paragraphs that open with an article or a pronoun of one language: counted only
    // when nothing else voted (a prose or first-person declaration: "Nosotros, los
    // Ministros …", "Le Conseil permanent …", CONVENTIONS §3).
    let mut prose = LangVotes::default();
    for text in paragraph_starts {
        let word = fold::first_word(text);
        let folded = fold::Folded::new(word).filter(|_| !word.is_empty());
        let organ_possible = may_open_organ(text.chars().next().map_or(' ', fold::fold_char));
        // The cheap tests before the look-ups: a keyword is at most a few bytes from the end.
        let keyword_possible = text.len() < word.len() + 4;
        for lang in Lang::ALL {
            let lex = lang.lexicon();
            if organ_possible && lex.match_organ(text).is_some() {
                votes.add(lang, 10);
            }
            if let Some(f) = &folded {
                if keyword_possible && lex.keyword_folded(f).is_some() {
                    votes.add(lang, 10);
                }
                if f.is_in(lex.lead_words) {
                    votes.add(lang, 1);
                }
                if f.is_in(prose_openers(lang)) {
                    prose.add(lang, 1);
                }
            }
        }
        if votes.0.iter().any(|&v| v >= DECISIVE) {
            break;
        }
    }
    if votes.0.iter().all(|&v| v == 0) {
        return prose.winner();
    }
    votes.winner()
}

/// Folded words that open prose in one of the languages and in no other: articles and
/// the first-person pronoun ("LA" and "A" are left out, being two languages' article).
fn prose_openers(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["THE", "WE"],
        Lang::Es => &["EL", "LOS", "LAS", "NOSOTROS", "NOSOTRAS"],
        Lang::Fr => &["LE", "LES", "NOUS"],
        Lang::Pt => &["OS", "NOS"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_detect_a_prose_declaration_from_its_openers_when_nothing_else_votes() {
        assert_eq!(detect(["Nosotros, los Ministros de Relaciones Exteriores, declaramos:", "Que la democracia es esencial."].into_iter()), Lang::Es);
        assert_eq!(detect(["Le Conseil permanent félicite le peuple."].into_iter()), Lang::Fr);
        assert_eq!(detect(["Os Estados membros reafirmam o compromisso."].into_iter()), Lang::Pt);
        assert_eq!(detect(["The Permanent Council congratulates the people."].into_iter()), Lang::En);
        // An organ line or a keyword outweighs any number of them.
        assert_eq!(detect(["Le texte.", "Les Etats.", "THE GENERAL ASSEMBLY,"].into_iter()), Lang::En);
    }

    #[test]
    fn should_detect_each_language_from_organ_line_and_keyword() {
        assert_eq!(detect(["THE GENERAL ASSEMBLY,", "RESOLVES:"].into_iter()), Lang::En);
        assert_eq!(detect(["LA ASAMBLEA GENERAL,", "RESUELVE:"].into_iter()), Lang::Es);
        assert_eq!(detect(["L’ASSEMBLÉE GÉNÉRALE,", "DÉCIDE :"].into_iter()), Lang::Fr);
        assert_eq!(detect(["A ASSEMBLEIA GERAL,", "RESOLVE:"].into_iter()), Lang::Pt);
    }

    #[test]
    fn should_know_the_specialized_organs_in_every_language() {
        for name in SPECIALIZED_ORGANS {
            assert!(Lang::ALL.iter().any(|l| l.lexicon().organs.contains(&name)), "{name} is in a lexicon");
            assert!(is_specialized_organ(name));
        }
        assert!(is_specialized_organ("The Directing Council"));
        assert!(is_specialized_organ("EL CONSEJO DIRECTIVO "));
        assert!(!is_specialized_organ("THE GENERAL ASSEMBLY"));
        assert!(!is_specialized_organ("THE DIRECTING COUNCIL OF SOMETHING ELSE"));
    }

    #[test]
    fn should_open_every_organ_with_a_letter_may_open_organ_allows() {
        for lang in Lang::ALL {
            for organ in lang.lexicon().organs {
                assert!(organ.chars().next().is_some_and(may_open_organ), "{organ}");
            }
        }
        // And every text an organ matches starts with one (accents, case, spaces).
        for text in ["THE GENERAL ASSEMBLY,", "the general assembly", "LA ASAMBLEA GENERAL,", "L’ASSEMBLÉE GÉNÉRALE,", "Él", "A ASSEMBLEIA GERAL", "O CONSELHO PERMANENTE", "EL CONSEJO PERMANENTE", "Ó", "  THE GENERAL ASSEMBLY", "RESOLVES:", ""] {
            let initial = text.chars().next().map_or(' ', fold::fold_char);
            for lang in Lang::ALL {
                if lang.lexicon().match_organ(text).is_some() {
                    assert!(may_open_organ(initial), "{text}");
                }
            }
        }
    }

    #[test]
    fn should_give_each_lexicon_its_own_language() {
        // The classifier skips a lexicon by its `lang` once it has tried it.
        for lang in Lang::ALL {
            assert_eq!(lang.lexicon().lang, lang);
        }
    }

    #[test]
    fn should_recognise_a_wrapped_organ_line_beginning() {
        assert!(Lang::En.lexicon().is_organ_prefix("THE PERMANENT COUNCIL OF THE"));
        assert!(!Lang::En.lexicon().is_organ_prefix("THE GENERAL ASSEMBLY,"));
    }

    #[test]
    fn should_find_keywords_and_lead_words_in_every_language() {
        for lang in Lang::ALL {
            let lex = lang.lexicon();
            assert!(!lex.organs.is_empty() && !lex.keywords.is_empty() && !lex.lead_words.is_empty());
        }
        assert_eq!(Lang::Fr.lexicon().keyword("Décide"), Some(KeywordKind::Resolves));
        assert!(Lang::Es.lexicon().is_lead_word("CONSIDERANDO"));
    }
}
