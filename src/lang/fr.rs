//! French lexicon (from adopted General Assembly and Permanent Council texts).

use super::{KeywordKind, Lang, Lexicon, Opening};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Fr,
    organs: &[
        "LE CONSEIL PERMANENT DE L'ORGANISATION DES ETATS AMERICAINS",
        "L'ASSEMBLEE GENERALE",
        "LE CONSEIL PERMANENT",
        "LE CONSEIL DE DIRECTION",
    ],
    keywords: &[
        ("DECIDE", KeywordKind::Resolves),
        ("RESOUT", KeywordKind::Resolves),
        ("RECOMMANDE", KeywordKind::Resolves),
        ("DECLARE", KeywordKind::Declares),
        ("EXPRIME", KeywordKind::Declares),
    ],
    lead_words: &[
        "AFFIRMANT", "AYANT", "CONSCIENT", "CONSCIENTE", "CONSIDERANT", "CONSTATANT", "CONVAINCU",
        "CONVAINCUE", "EXPRIMANT", "GARDANT", "NOTANT", "PRENANT", "PREOCCUPE", "PREOCCUPEE",
        "PROFONDEMENT", "RAPPELANT", "REAFFIRMANT", "RECONNAISSANT", "REITERANT", "RELEVANT",
        "SALUANT", "SOULIGNANT", "TENANT", "VU",
    ],
    lead_phrases: &["TENANT COMPTE", "PRENANT NOTE", "AYANT EXAMINE", "AYANT RECU", "AYANT ECOUTE", "AYANT PRIS NOTE"],
    declaration_verbs: &[
        "AFFIRME", "CONDAMNE", "DECIDE", "DECLARE", "EXHORTE", "EXPRIME", "FELICITE", "REAFFIRME",
        "RECONNAIT", "REITERE",
    ],
    that: &["QUE", "QU"],
    and: "et",
    draft_labels: &[
        "PROJET DE RESOLUTION OMNIBUS",
        "PROJET DE RESOLUTION",
        "PROJET DE DECLARATION",
        "RESOLUTION",
        "DECLARATION",
    ],
    declaration_words: &["DECLARATION"],
    provenance_openers: &[
        "ADOPTEE",
        "ADOPTE",
        "APPROUVEE",
        "APPROUVE",
        "CETTE RESOLUTION",
        "PRESENTE PAR",
        "CONVENU PAR",
        "VERSION PROVISOIRE",
    ],
    footnote_headers: &["NOTES", "NOTES DE BAS DE PAGE"],
    opening: Opening::De,
    and_chain: false,
    no_space_before_punctuation: false,
};
