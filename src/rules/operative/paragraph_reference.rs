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
const ELSEWHERE: [&str; 6] = ["of", "de", "du", "da", "do", "del"];
/// After "of"/"de": the resolution itself ("of this resolution", "de la presente resolución").
const SELF: [&str; 6] = ["this", "the present", "esta", "la presente", "la présente", "da presente"];

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for section in &doc.body.sections {
        let operative = section.operative.len();
        let preamble = section.preamble.len();
        for op in &section.operative {
            let content = doc.para(op.para).content;
            // Most paragraphs mention no paragraph at all: skip them without splitting words.
            static FINDERS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 2]> = std::sync::OnceLock::new();
            let finders = FINDERS.get_or_init(|| [memchr::memmem::Finder::new("aragra"), memchr::memmem::Finder::new("árrafo")]);
            if finders.iter().all(|f| f.find(doc.slice(content).as_bytes()).is_none()) {
                continue;
            }
            let words: Vec<(&str, TextRange)> = crate::scan::words(doc.text, content).collect();
            let lower = |j: usize| words.get(j).map(|x| x.0.to_lowercase());
            for (k, &(w, r)) in words.iter().enumerate() {
                if !PARAGRAPH.iter().any(|p| *p == w.to_lowercase()) {
                    continue;
                }
                // "Article 17, paragraph 2": a paragraph of an article.
                if (1..=3).any(|back| k >= back && lower(k - back).is_some_and(|b| matches!(b.as_str(), "article" | "artículo" | "artigo"))) {
                    continue;
                }
                let before = k.checked_sub(1).and_then(lower);
                let after = lower(k + 1);
                let preambular = [&before, &after].iter().any(|x| x.as_deref().is_some_and(|x| PREAMBULAR.contains(&x)));
                let qualified_before = before.as_deref().is_some_and(|b| OPERATIVE.contains(&b) || PREAMBULAR.contains(&b));
                let qualifier = usize::from(after.as_deref().is_some_and(|a| OPERATIVE.contains(&a) || PREAMBULAR.contains(&a)));
                // The numbers: "8", "2 and 6", "2, 3 and 5".
                let mut numbers = Vec::new();
                let mut j = k + 1 + qualifier;
                while let Some(&(num, num_range)) = words.get(j) {
                    let Ok(n) = num.parse::<usize>() else { break };
                    numbers.push((n, num_range));
                    j += 1;
                    if !lower(j).is_some_and(|c| matches!(c.as_str(), "and" | "y" | "et" | "e" | "to" | "a")) && !doc.slice(TextRange::new(num_range.end, words.get(j).map_or(num_range.end, |x| x.1.start))).trim().starts_with(',') {
                        break;
                    }
                    if lower(j).is_some_and(|c| matches!(c.as_str(), "and" | "y" | "et" | "e" | "to" | "a")) {
                        j += 1;
                    }
                }
                let Some(&(_, last_range)) = numbers.last() else { continue };
                // "… of resolution …" points elsewhere; "… of this resolution" does not.
                let next = lower(j);
                let gap = doc.slice(TextRange::new(last_range.end, words.get(j).map_or(last_range.end, |x| x.1.start)));
                if next.as_deref() == Some("thereof") {
                    continue;
                }
                if next.as_deref().is_some_and(|x| ELSEWHERE.contains(&x)) && !gap.contains([';', '.']) {
                    let tail = doc.slice(TextRange::new(words[j].1.end, content.end)).trim_start().to_lowercase();
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
    fn should_accept_existing_paragraphs_and_other_documents() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n2. To report on operative paragraph 1.\n"), 0);
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To implement paragraph 12 of resolution AG/RES. 2958 (L-O/20).\n"), 0);
    }
}
