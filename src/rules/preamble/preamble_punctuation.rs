//! `preamble-punctuation`: the punctuation chain of a preamble.
//!
//! English, Spanish and Portuguese: every preambular paragraph ends with ";", the one
//! before the last with "; and" ("; y", "; e"), the last with ",". The "That …" clauses of
//! a "CONSIDERING:" block follow the same chain, and "; and" may also close such a block
//! or stand before one. Tolerated because adopted texts use them: "; and," and ", y" for
//! "; and"; in Spanish and Portuguese a last paragraph ending in ";" or ".". French has no
//! "et" and may end every clause with ",": only a missing mark is reported there. Each
//! preamble (the general one and each section's) is its own chain. Fixes replace or add
//! the one mark that is wrong; a fix that would drop the word "and" is unsafe (offered,
//! not applied by "fix all"), since safe fixes never delete words. A specialized
//! organization's texts (the Directing Council's) are not checked: they have no "and"
//! before the last clause and end clauses with "." or ";" (CONVENTIONS §4.2, which has
//! the chain checked on General Assembly and Council texts only).

use crate::diagnostics::{Applicability, Edit, Fix, Severity};
use crate::lang::Lang;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::{tail, Ending};
use crate::syntax::{Class, Document, ParaId};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "preamble-punctuation",
        group: Group::Preamble,
        default_severity: Severity::Warning,
        fix: FixAvailability::Safe,
        summary: "Preambular paragraphs end with “;”, the one before the last with “; and”, the last with “,”.",
    },
    check,
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Position {
    Middle,
    BeforeLast,
    Last,
}

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    if doc.by_specialized_organ() {
        return;
    }
    for preamble in doc.body.preambles() {
        check_chain(doc, cx, preamble);
    }
}

fn is_block_header(doc: &Document<'_>, p: ParaId) -> bool {
    matches!(doc.para(p).class, Class::Preambular { colon_block: true, .. })
}

/// Where a paragraph holds two clauses ("…; and BEARING IN MIND …", CONVENTIONS §4.1),
/// the span of the inner "; and" that links them.
fn inner_link(doc: &Document<'_>, p: ParaId, and: &str) -> Option<crate::TextRange> {
    let content = doc.para(p).content;
    let text = content.slice(doc.text);
    crate::scan::memchr_iter(b';', text.as_bytes()).find_map(|i| {
        let after = text[i + 1..].trim_start();
        let rest = after.strip_prefix(and)?;
        let next = rest.strip_prefix(' ')?;
        let word = crate::lang::fold::first_word(next);
        let lead = crate::lang::fold::is_upper_word(word) && word.chars().count() > 2 && Lang::ALL.iter().any(|l| l.lexicon().is_lead_word(word));
        let end = text.len() - rest.len();
        lead.then(|| crate::TextRange::new(content.start + crate::syntax::to_u32(i), content.start + crate::syntax::to_u32(end)))
    })
}

fn check_chain(doc: &Document<'_>, cx: &mut Context<'_>, preamble: &[ParaId]) {
    let lex = doc.lang.lexicon();
    // Each clause is an item; a paragraph with two clauses gives two, the first ending
    // with its inner "; and".
    let mut items: Vec<(ParaId, Option<crate::TextRange>)> = Vec::new();
    for &p in preamble.iter().filter(|&&p| !is_block_header(doc, p)) {
        if let Some(link) = inner_link(doc, p, lex.and) {
            items.push((p, Some(link)));
        }
        items.push((p, None));
    }
    let n = items.len();
    for (k, &(p, inner)) in items.iter().enumerate() {
        let position = if k + 1 == n {
            Position::Last
        } else if k + 2 == n {
            Position::BeforeLast
        } else {
            Position::Middle
        };
        let para = doc.para(p);
        let t = match inner {
            Some(span) => crate::scan::Tail { ending: Ending::SemicolonAnd, span },
            None => tail(doc.text, para.content, lex.and),
        };
        // The paragraph after this one (paragraph ids ascend along the preamble).
        let next_para = preamble.get(preamble.partition_point(|&q| q <= p)).copied();
        let closes_block = para.class == Class::That && next_para.is_some_and(|q| doc.para(q).class != Class::That);
        let opens_block = next_para.is_some_and(|q| is_block_header(doc, q));
        let and_ok_here = closes_block || opens_block;
        let semicolon_and = format!("; {}", lex.and);
        let (problem, edit) = if lex.and_chain {
            match (position, t.ending) {
                (Position::Middle, Ending::Semicolon) | (Position::BeforeLast, Ending::SemicolonAnd | Ending::CommaAnd) | (Position::Last, Ending::Comma) => continue,
                (Position::Middle, Ending::SemicolonAnd | Ending::CommaAnd) if and_ok_here => continue,
                (Position::Last, Ending::Semicolon | Ending::Period) if doc.lang != Lang::En => continue,
                (Position::Middle, Ending::SemicolonAnd | Ending::CommaAnd) => {
                    (format!("“{semicolon_and}” belongs only to the paragraph before the last; this one ends with “;”."), Edit::replace(t.span, ";"))
                }
                (Position::Middle, _) => ("A preambular paragraph ends with “;”.".to_owned(), Edit::replace(t.span, ";")),
                (Position::BeforeLast, Ending::Semicolon) => {
                    (format!("The paragraph before the last preambular paragraph ends with “{semicolon_and}”."), Edit::insert(t.span.end, format!(" {}", lex.and)))
                }
                (Position::BeforeLast, _) => {
                    (format!("The paragraph before the last preambular paragraph ends with “{semicolon_and}”."), Edit::replace(t.span, semicolon_and.clone()))
                }
                (Position::Last, _) => (
                    "The last preambular paragraph, before the operative keyword, ends with “,”.".to_owned(),
                    Edit::replace(t.span, ","),
                ),
            }
        } else {
            match (position, t.ending) {
                (Position::Last, _) | (_, Ending::Semicolon | Ending::Comma | Ending::SemicolonAnd | Ending::CommaAnd) => continue,
                _ => ("A preambular paragraph ends with “,” or “;”.".to_owned(), Edit::replace(t.span, ",")),
            }
        };
        let range = if t.span.is_empty() { last_word(doc, para.content) } else { t.span };
        // Dropping the conjunction deletes a word: offered, but not applied unasked.
        let drops_word = matches!(t.ending, Ending::SemicolonAnd | Ending::CommaAnd) && crate::scan::find(&edit.text, lex.and).is_none();
        let applicability = if drops_word { Applicability::Unsafe } else { Applicability::Safe };
        let d = cx.diagnostic(range, problem).with_fix(Fix::new(applicability, vec![edit]));
        cx.report(d);
    }
}

/// The last word of a paragraph, for diagnostics about missing punctuation.
fn last_word(doc: &Document<'_>, content: crate::TextRange) -> crate::TextRange {
    crate::scan::words(doc.text, content).last().map_or(content, |(_, r)| crate::TextRange::new(r.start, content.end))
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, validate, Config, Lang};

    fn chain(lines: &[&str], lang: Lang) -> Vec<String> {
        let organ = match lang {
            Lang::En => "THE GENERAL ASSEMBLY,",
            Lang::Es => "LA ASAMBLEA GENERAL,",
            Lang::Fr => "L’ASSEMBLÉE GÉNÉRALE,",
            Lang::Pt => "A ASSEMBLEIA GERAL,",
        };
        let text = format!("{organ}\n\n{}\n\nRESOLVES:\n\n1. To ask.\n", lines.join("\n\n"));
        validate(&text, &Config::with_lang(lang)).diagnostics.into_iter().filter(|d| d.rule == "preamble-punctuation").map(|d| d.range.slice(&text).to_owned()).collect()
    }

    #[test]
    fn should_accept_the_standard_chain_and_its_variants() {
        assert!(chain(&["RECALLING a;", "NOTING b; and", "CONSIDERING c,"], Lang::En).is_empty());
        assert!(chain(&["RECALLING a; and", "CONSIDERING:", "That b;", "That c; and", "TAKING INTO ACCOUNT d; and", "NOTING e,"], Lang::En).is_empty());
        assert!(chain(&["RECORDANDO a;", "CONSIDERANDO b, y", "TENIENDO c;"], Lang::Es).is_empty());
        assert!(chain(&["RAPPELANT a,", "CONSIDÉRANT b,", "NOTANT c"], Lang::Fr).is_empty());
    }

    #[test]
    fn should_leave_a_directing_council_text_alone() {
        let iin = "THE DIRECTING COUNCIL,\n\nHAVING SEEN the report;\n\nCONSIDERING that the forum met.\n\nRESOLVES:\n\n1. To take note.\n";
        assert_eq!(crate::rules::testing::count(iin, "preamble-punctuation"), 0);
        assert_eq!(crate::rules::testing::count(&iin.replace("THE DIRECTING COUNCIL", "THE GENERAL ASSEMBLY"), "preamble-punctuation"), 2);
    }

    #[test]
    fn should_flag_each_broken_link() {
        assert_eq!(chain(&["RECALLING a,", "NOTING b;", "CONSIDERING c;"], Lang::En), [",", ";", ";"]);
        assert_eq!(chain(&["RECALLING a; and", "NOTING b; and", "CONSIDERING c,"], Lang::En), ["; and"]);
        let text = "THE GENERAL ASSEMBLY,\n\nRECALLING a; and\n\nNOTING b; and\n\nCONSIDERING c,\n\nRESOLVES:\n\n1. To ask.\n";
        let d = validate(text, &Config::default()).diagnostics.into_iter().find(|d| d.rule == "preamble-punctuation").unwrap();
        assert_eq!(d.fix.unwrap().applicability, crate::Applicability::Unsafe, "dropping “and” is not safe");
    }

    #[test]
    fn should_fix_the_chain() {
        let text = "THE GENERAL ASSEMBLY,\n\nRECALLING a,\n\nNOTING b;\n\nCONSIDERING c”;\n\nRESOLVES:\n\n1. To ask.\n";
        let fixed = fix_all(text, &Config::default()).text;
        assert!(fixed.contains("RECALLING a;\n\nNOTING b; and\n\nCONSIDERING c”,\n"), "{fixed}");
    }
}
