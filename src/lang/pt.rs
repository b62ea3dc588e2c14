//! Portuguese lexicon (from adopted General Assembly and Permanent Council texts).

use super::{KeywordKind, Lang, Lexicon, Opening};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Pt,
    organs: &[
        "O CONSELHO PERMANENTE DA ORGANIZACAO DOS ESTADOS AMERICANOS",
        "A ASSEMBLEIA GERAL",
        "O CONSELHO PERMANENTE",
        "O CONSELHO DIRETOR",
    ],
    keywords: &[
        ("RESOLVE", KeywordKind::Resolves),
        ("DECIDE", KeywordKind::Resolves),
        ("RECOMENDA", KeywordKind::Resolves),
        ("DECLARA", KeywordKind::Declares),
        ("EXPRESSA", KeywordKind::Declares),
    ],
    lead_words: &[
        "ACOLHENDO", "AGRADECENDO", "CIENTE", "CONSIDERANDO", "CONSTATANDO", "CONVENCIDA",
        "CONVENCIDO", "DESTACANDO", "ENFATIZANDO", "EXPRESSANDO", "LEVANDO", "OBSERVANDO",
        "PREOCUPADA", "PREOCUPADO", "PROFUNDAMENTE", "REAFIRMANDO", "RECONHECENDO", "RECORDANDO",
        "REITERANDO", "RESSALTANDO", "SALIENTANDO", "SUBLINHANDO", "TENDO", "TOMANDO", "VISTO",
    ],
    lead_phrases: &["LEVANDO EM CONTA", "LEVANDO EM CONSIDERACAO", "TENDO PRESENTE", "TENDO EM VISTA", "TOMANDO NOTA", "TENDO VISTO", "TENDO OUVIDO", "TENDO RECEBIDO"],
    declaration_verbs: &[
        "ACOLHE", "AFIRMA", "CONDENA", "DECIDE", "DECLARA", "EXORTA", "EXPRESSA", "FELICITA",
        "REAFIRMA", "RECONHECE", "REITERA", "SOLICITA",
    ],
    that: &["QUE"],
    and: "e",
    draft_labels: &[
        "PROJETO DE RESOLUCAO OMNIBUS",
        "PROJETO DE RESOLUCAO",
        "PROJETO DE DECLARACAO",
        "RESOLUCAO",
        "DECLARACAO",
    ],
    declaration_words: &["DECLARACAO"],
    provenance_openers: &[
        "APROVADA",
        "APROVADO",
        "ACORDADO PELO",
        "ACORDADA PELO",
        "APRESENTADO POR",
        "APRESENTADA POR",
        "VERSAO PROVISORIA",
    ],
    footnote_headers: &["NOTAS", "NOTAS DE RODAPE"],
    opening: Opening::Infinitive,
    and_chain: true,
    no_space_before_punctuation: true,
};
