//! `paragraph-reference`: "paragraph 8", "operative paragraph 3", "preambular paragraph
//! 2" pointing at a paragraph that does not exist in the same resolution or section.
//!
//! References followed by "of"/"de"/"du"/"da" ("paragraph 3 of resolution …") point at
//! another document and are left alone, unless they say "of this resolution" / "of the
//! present resolution"; so are paragraphs of an article ("Article 17, paragraph 2"),
//! "paragraph 4 thereof", and references in the preamble. Every number of a list
//! ("paragraphs 2 and 6") is checked. Read in English, Spanish
//! ("párrafo resolutivo 3"), French ("paragraphe 3") and Portuguese ("parágrafo 3").

use crate::diagnostics::Severity;
use crate::scan::eq_ignore_case;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{Document, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "paragraph-reference",
        group: Group::Operative,
        default_severity: Severity::Warning,
        fix: FixAvailability::None,
        summary: "A reference to a paragraph that does not exist in that resolution or section.",
    },
    check,
};

const PARAGRAPH: [&str; 6] = ["paragraph", "paragraphs", "párrafo", "párrafos", "paragraphe", "parágrafo"];
const OPERATIVE: [&str; 5] = ["operative", "resolutivo", "resolutive", "dispositif", "operativo"];
const PREAMBULAR: [&str; 4] = ["preambular", "preambular", "préambule", "preambular"];
const ARTICLE: [&str; 3] = ["article", "artículo", "artigo"];
/// Between the numbers of a list ("2 and 6", "2 to 5").
const LINKS: [&str; 6] = ["and", "y", "et", "e", "to", "a"];
const ELSEWHERE: [&str; 6] = ["of", "de", "du", "da", "do", "del"];
/// After "of"/"de": the resolution itself ("of this resolution", "de la presente resolución").
const SELF: [&str; 6] = ["this", "the present", "esta", "la presente", "la présente", "da presente"];

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    // Most paragraphs mention no paragraph at all: skip them without splitting words.
    // "paragraph", "paragraphe"; "párrafo", "parágrafo".
    let mentions = crate::scan::occurrences(doc.text, crate::scan::operative_spans(doc), &["aragra", "rafo"]);
    for section in &doc.body.sections {
        let operative = section.operative.len();
        let preamble = section.preamble.len();
        for op in &section.operative {
            let content = doc.para(op.para).content;
            if crate::scan::within(&mentions, content).is_empty() {
                continue;
            }
            let words: Vec<(&str, TextRange)> = crate::scan::words(doc.text, content).collect();
            // Whether word `j` is one of `set`, ignoring case (no copy of the word).
            let is_in = |j: usize, set: &[&str]| words.get(j).is_some_and(|x| set.iter().any(|s| eq_ignore_case(x.0, s)));
            for (k, &(w, r)) in words.iter().enumerate() {
                // Every form starts with "p": most words are rejected on their first byte.
                if !w.starts_with(['p', 'P']) || !PARAGRAPH.iter().any(|p| eq_ignore_case(w, p)) {
                    continue;
                }
                // "Article 17, paragraph 2": a paragraph of an article.
                if (1..=3).any(|back| k >= back && is_in(k - back, &ARTICLE)) {
                    continue;
                }
                let before = k.checked_sub(1);
                let preambular = before.is_some_and(|b| is_in(b, &PREAMBULAR)) || is_in(k + 1, &PREAMBULAR);
                let qualified_before = before.is_some_and(|b| is_in(b, &OPERATIVE) || is_in(b, &PREAMBULAR));
                let qualifier = usize::from(is_in(k + 1, &OPERATIVE) || is_in(k + 1, &PREAMBULAR));
                // The numbers: "8", "2 and 6", "2, 3 and 5".
                let mut numbers = Vec::new();
                let mut j = k + 1 + qualifier;
                while let Some(&(num, num_range)) = words.get(j) {
                    let Ok(n) = num.parse::<usize>() else { break };
                    numbers.push((n, num_range));
                    j += 1;
                    if !is_in(j, &LINKS) && !doc.slice(TextRange::new(num_range.end, words.get(j).map_or(num_range.end, |x| x.1.start))).trim().starts_with(',') {
                        break;
                    }
                    if is_in(j, &LINKS) {
                        j += 1;
                    }
                }
                let Some(&(_, last_range)) = numbers.last() else { continue };
                // "… of resolution …" points elsewhere; "… of this resolution" does not.
                let gap = doc.slice(TextRange::new(last_range.end, words.get(j).map_or(last_range.end, |x| x.1.start)));
                if is_in(j, &["thereof"]) {
                    continue;
                }
                if is_in(j, &ELSEWHERE) && !gap.contains([';', '.']) {
                    let tail = crate::lang::case::to_lower(doc.slice(TextRange::new(words[j].1.end, content.end)).trim_start());
                    if !SELF.iter().any(|s| tail.starts_with(s)) {
                        continue;
                    }
                }
                let (count, what) = if preambular { (preamble, "preambular") } else { (operative, "operative") };
                let start = if qualified_before { words[k - 1].1.start } else { r.start };
                for (n, num_range) in numbers {
                    if n == 0 || n > count {
                        let d = cx.diagnostic(
                            TextRange::new(start, num_range.end),
                            format!("This {} has {count} {what} paragraph{}: there is no {what} paragraph {n}.", part(doc), if count == 1 { "" } else { "s" }),
                        );
                        cx.report(d);
                    }
                }
            }
        }
    }
}

fn part(doc: &Document<'_>) -> &'static str {
    if doc.body.kind == crate::DocKind::Omnibus { "section" } else { "resolution" }
}

#[cfg(test)]
mod tests {
    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "paragraph-reference")
    }

    #[test]
    fn should_flag_a_reference_past_the_last_paragraph() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n2. To report on the mandates in paragraph 8.\n"), 1);
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nNOTING it,\n\nRESOLVES:\n\n1. To recall preambular paragraph 3.\n"), 1);
    }

    #[test]
    fn should_read_references_in_every_language() {
        assert_eq!(count("LA ASAMBLEA GENERAL,\n\nRESUELVE:\n\n1. Solicitar.\n\n2. Aplicar el párrafo resolutivo 5.\n"), 1);
        assert_eq!(count("A ASSEMBLEIA GERAL,\n\nRESOLVE:\n\n1. Solicitar.\n\n2. Aplicar o parágrafo 5.\n"), 1);
        assert_eq!(count("L’ASSEMBLÉE GÉNÉRALE,\n\nDÉCIDE :\n\n1. De demander.\n\n2. D’appliquer le paragraphe 5.\n"), 1);
    }

    #[test]
    fn should_accept_existing_paragraphs_and_other_documents() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n2. To report on operative paragraph 1.\n"), 0);
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To implement paragraph 12 of resolution AG/RES. 2958 (L-O/20).\n"), 0);
    }
}
