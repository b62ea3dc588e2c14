//! `paragraph-reference`: "paragraph 8", "operative paragraph 3", "preambular paragraph
//! 2" pointing at a paragraph that does not exist in the same resolution or section.
//!
//! References followed by "of"/"de"/"du"/"da" ("paragraph 3 of resolution …", "Article
//! 17, paragraph 2 of the Charter") point at another document and are left alone; so
//! are references in the preamble to other texts' paragraphs. Read in English, Spanish
//! ("párrafo resolutivo 3"), French ("paragraphe 3") and Portuguese ("parágrafo 3").

use crate::diagnostics::Severity;
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
const ELSEWHERE: [&str; 8] = ["of", "de", "du", "da", "do", "del", "in", "en"];

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for section in &doc.body.sections {
        let operative = section.operative.len();
        let preamble = section.preamble.len();
        for op in &section.operative {
            let content = doc.para(op.para).content;
            // Most paragraphs mention no paragraph at all: skip them without splitting words.
            let bytes = doc.slice(content).as_bytes();
            if memchr::memmem::find(bytes, b"aragra").is_none() && memchr::memmem::find(bytes, "árrafo".as_bytes()).is_none() {
                continue;
            }
            let words: Vec<(&str, TextRange)> = crate::scan::words(doc.text, content).collect();
            for (k, &(w, r)) in words.iter().enumerate() {
                if !PARAGRAPH.iter().any(|p| p.eq_ignore_ascii_case(w) || *p == w.to_lowercase()) {
                    continue;
                }
                let before = k.checked_sub(1).map(|j| words[j].0.to_lowercase());
                let after = words.get(k + 1).map(|x| x.0.to_lowercase());
                let preambular = before.as_deref().is_some_and(|b| PREAMBULAR.contains(&b)) || after.as_deref().is_some_and(|a| PREAMBULAR.contains(&a));
                let qualifier = usize::from(after.as_deref().is_some_and(|a| OPERATIVE.contains(&a) || PREAMBULAR.contains(&a)));
                let Some(&(num, num_range)) = words.get(k + 1 + qualifier) else { continue };
                let Ok(n) = num.parse::<usize>() else { continue };
                // "paragraph 3 of resolution …" points elsewhere.
                let next = words.get(k + 2 + qualifier).map(|x| x.0.to_lowercase());
                let gap = TextRange::new(num_range.end, words.get(k + 2 + qualifier).map_or(num_range.end, |x| x.1.start));
                if next.as_deref().is_some_and(|x| ELSEWHERE.contains(&x)) && !doc.slice(gap).contains([';', '.']) {
                    continue;
                }
                if before.as_deref().is_some_and(|b| b == "article" || b == "artículo" || b == "artigo") {
                    continue;
                }
                let (count, what) = if preambular { (preamble, "preambular") } else { (operative, "operative") };
                if n == 0 || n > count {
                    let d = cx.diagnostic(
                        TextRange::new(r.start, num_range.end),
                        format!("This {} has {count} {what} paragraph{}: there is no {what} paragraph {n}.", part(doc), if count == 1 { "" } else { "s" }),
                    );
                    cx.report(d);
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
    use crate::{validate, Config};

    fn count(text: &str) -> usize {
        validate(text, &Config::default()).diagnostics.iter().filter(|d| d.rule == "paragraph-reference").count()
    }

    #[test]
    fn should_flag_a_reference_past_the_last_paragraph() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n2. To report on the mandates in paragraph 8.\n"), 1);
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nNOTING it,\n\nRESOLVES:\n\n1. To recall preambular paragraph 3.\n"), 1);
    }

    #[test]
    fn should_accept_existing_paragraphs_and_other_documents() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n2. To report on operative paragraph 1.\n"), 0);
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To implement paragraph 12 of resolution AG/RES. 2958 (L-O/20).\n"), 0);
    }
}
