//! `operative-opening`: how an operative paragraph opens.
//!
//! English: "To" + verb ("To request …"); Spanish and Portuguese: an infinitive
//! ("Solicitar …", among the first words: "Ad referendum da Assembleia Geral, voltar …");
//! French: "De"/"D'" + infinitive. "That …"/"Que …" paragraphs are valid everywhere, and
//! the items of declarations ("EXPRESSES:" + noun phrases, verb-led paragraphs) and
//! numbered headings in the operative part ("4. Establishment of …", CONVENTIONS §6) are
//! not checked. Information only.

use crate::diagnostics::Severity;
use crate::lang::Opening;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::opening_word;
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "operative-opening",
        group: Group::Operative,
        default_severity: Severity::Info,
        fix: FixAvailability::None,
        summary: "Operative paragraphs open with “To” + verb (en), an infinitive (es, pt), “De” + infinitive (fr).",
    },
    check,
};

/// How many words may precede the infinitive in Spanish and Portuguese.
const INFINITIVE_WINDOW: usize = 6;

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let opening = doc.lang.lexicon().opening;
    for section in doc.body.sections.iter().filter(|s| super::is_resolves_part(doc, s)) {
        for op in section.operative.iter().filter(|op| !super::is_numbered_heading(doc, op)) {
            let para = doc.para(op.para);
            let Some((word, range)) = opening_word(doc, para) else { continue };
            if matches!(word, "That" | "Que" | "Qu" | "THAT" | "QUE") || word.starts_with("Qu'") || word.starts_with("Qu’") {
                continue;
            }
            let ok = match opening {
                Opening::To => word == "To",
                Opening::De => matches!(word, "De" | "D" ) || word.starts_with("D'") || word.starts_with("D’"),
                // A finite verb first ("Exorta …") is the declaration style, not an
                // infinitive further on.
                Opening::Infinitive if doc.lang.lexicon().is_declaration_verb(word) => false,
                Opening::Infinitive => {
                    let from = para.label().filter(|l| !l.is_virtual).map_or(para.content.start, |l| l.separator.end);
                    let span = crate::TextRange::new(from, para.content.end.max(from));
                    crate::scan::words(doc.text, span).take(INFINITIVE_WINDOW).any(|(w, _)| crate::lang::is_infinitive(w))
                }
            };
            if ok {
                continue;
            }
            let expected = match opening {
                Opening::To => "“To” and a verb (“To request …”)",
                Opening::De => "“De” or “D'” and an infinitive (“De demander …”)",
                Opening::Infinitive => "an infinitive (“Solicitar …”, “Exortar …”)",
            };
            let d = cx.diagnostic(range, format!("Operative paragraphs usually open with {expected}; this one opens with “{word}”."));
            cx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Config, Lang};

    fn count(text: &str, lang: Lang) -> usize {
        crate::rules::testing::hits_with(text, &Config::with_lang(lang), "operative-opening").len()
    }

    #[test]
    fn should_accept_the_opening_of_each_language() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n2. That the rules apply.\n", Lang::En), 0);
        assert_eq!(count("LA ASAMBLEA GENERAL,\n\nRESUELVE:\n\n1. Solicitar un informe.\n\n2. Encomendarle la tarea.\n", Lang::Es), 0);
        assert_eq!(count("L'ASSEMBLÉE GÉNÉRALE,\n\nDÉCIDE :\n\n1. D'adopter le texte.\n\n2. De demander un rapport.\n", Lang::Fr), 0);
        assert_eq!(count("A ASSEMBLEIA GERAL,\n\nRESOLVE:\n\n1. Ad referendum da Assembleia Geral, voltar à data.\n", Lang::Pt), 0);
    }

    #[test]
    fn should_inform_on_another_opening() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. Requests a report.\n", Lang::En), 1);
    }
}
