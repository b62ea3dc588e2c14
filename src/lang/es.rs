//! Spanish lexicon (from adopted General Assembly and Permanent Council texts).

use super::{KeywordKind, Lang, Lexicon, Opening};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Es,
    organs: &[
        "LA REUNION DE CONSULTA DE MINISTROS DE RELACIONES EXTERIORES",
        "EL CONSEJO PERMANENTE DE LA ORGANIZACION DE LOS ESTADOS AMERICANOS",
        "EL CONSEJO INTERAMERICANO PARA EL DESARROLLO INTEGRAL",
        "LA ASAMBLEA GENERAL",
        "EL CONSEJO PERMANENTE",
        "EL CONSEJO DIRECTIVO",
    ],
    keywords: &[
        ("RESUELVE", KeywordKind::Resolves),
        ("DECIDE", KeywordKind::Resolves),
        ("RECOMIENDA", KeywordKind::Resolves),
        ("DECLARA", KeywordKind::Declares),
        ("EXPRESA", KeywordKind::Declares),
    ],
    lead_words: &[
        "ACOGIENDO", "AFIRMANDO", "AGRADECIENDO", "CONSCIENTE", "CONSCIENTES", "CONSIDERANDO",
        "CONSTATANDO", "CONVENCIDA", "CONVENCIDO", "DESTACANDO", "ELOGIANDO", "ENFATIZANDO",
        "EXPRESANDO", "GUIADA", "GUIADO", "HABIENDO", "NOTANDO", "OBSERVANDO", "PREOCUPADA",
        "PREOCUPADO", "PROFUNDAMENTE", "REAFIRMANDO", "RECONOCIENDO", "RECORDANDO", "REITERANDO",
        "RESALTANDO", "SENALANDO", "SUBRAYANDO", "TENIENDO", "TOMANDO", "VISTA", "VISTAS", "VISTO",
        "VISTOS",
    ],
    lead_phrases: &["TENIENDO PRESENTE", "TENIENDO EN CUENTA", "TOMANDO NOTA", "TOMANDO EN CUENTA", "HABIENDO VISTO", "HABIENDO RECIBIDO", "HABIENDO CONSIDERADO", "HABIENDO EXAMINADO"],
    declaration_verbs: &[
        "ACOGE", "AFIRMA", "CONDENA", "DECIDE", "DECLARA", "ENCOMIENDA", "EXHORTA", "EXPRESA",
        "FELICITA", "INSTA", "REAFIRMA", "RECONOCE", "REITERA", "SOLICITA",
    ],
    that: &["QUE"],
    and: "y",
    draft_labels: &[
        "PROYECTO DE RESOLUCION OMNIBUS",
        "PROYECTO DE RESOLUCION",
        "PROYECTO DE DECLARACION",
        "RESOLUCION",
        "DECLARACION",
    ],
    declaration_words: &["DECLARACION"],
    provenance_openers: &[
        "ACORDADO POR",
        "ACORDADA POR",
        "APROBADA",
        "APROBADO",
        "RESOLUCION APROBADA",
        "DECLARACION APROBADA",
        "PRESENTADO POR",
        "PRESENTADA POR",
        "CONSIDERADO POR",
        "VERSION PROVISIONAL",
        "REVISADA POR",
    ],
    footnote_headers: &["NOTAS", "NOTAS AL PIE", "NOTAS DE PIE DE PAGINA"],
    opening: Opening::Infinitive,
    and_chain: true,
    no_space_before_punctuation: true,
};
