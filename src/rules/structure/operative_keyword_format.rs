//! `operative-keyword-format`: the keyword not in capitals, missing its colon, or not
//! alone in its paragraph.
//!
//! French texts write both "DÉCIDE:" and "DÉCIDE :", so either is accepted. A missing
//! colon is reported as a warning at most, whatever the rule's level: one adopted text
//! lacks it. The fixes capitalise the keyword, add the colon, or move the following text
//! to a paragraph of its own.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::upper;
use crate::syntax::{Class, Document, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "operative-keyword-format",
        group: Group::Structure,
        default_severity: Severity::Error,
        fix: FixAvailability::Safe,
        summary: "Operative keyword not alone, not in capitals, or missing its colon.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let keywords = doc.body.sections.iter().filter_map(|s| s.keyword).chain(doc.body.top_keyword);
    for k in keywords {
        let para = doc.para(k);
        let Class::Keyword { word, colon, rest, .. } = para.class else { continue };
        let text = doc.slice(word);
        if crate::scan::has_lowercase(text) {
            let d = cx
                .diagnostic(word, format!("The operative keyword “{text}” is written in capitals: “{}”.", upper(text)))
                .with_fix(Fix::safe(vec![Edit::replace(word, upper(text))]));
            cx.report(d);
        }
        if colon.is_none() {
            let mut d = cx
                .diagnostic(word, format!("The operative keyword “{text}” needs its colon: “{}:”.", upper(text)))
                .with_fix(Fix::safe(vec![Edit::insert(word.end, ":")]));
            // An adopted text has it ("RESUELVE", 1982: CONVENTIONS §5): a published slip,
            // as a comma-less organ line is, so a warning at most rather than an error.
            d.severity = d.severity.max(Severity::Warning);
            cx.report(d);
        }
        if let (Some(colon), Some(rest)) = (colon, rest) {
            let gap = TextRange::new(colon.end, rest.start);
            let d = cx
                .diagnostic(rest, "The operative keyword stands alone in its paragraph; the text after it belongs in the next paragraph.")
                .with_fix(Fix::safe(vec![Edit::replace(gap, "\n\n")]));
            cx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, Config};

    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "operative-keyword-format")
    }

    #[test]
    fn should_fix_case_colon_and_run_on_text() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nResolves\n\n1. To ask.\n"), 2);
        let fixed = fix_all("THE GENERAL ASSEMBLY,\n\nRESOLVES: 1. To ask.\n", &Config::default());
        assert_eq!(fixed.text, "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n");
    }

    #[test]
    fn should_report_a_missing_colon_as_a_warning_at_most() {
        use crate::{validate, Level, Severity};
        let text = "LA ASAMBLEA GENERAL,\n\nCONSIDERANDO el informe,\n\nRESUELVE\n\n1. Exhortar a las partes.\n";
        let severities = |config: &Config| -> Vec<Severity> {
            validate(text, config).diagnostics.iter().filter(|d| d.rule == "operative-keyword-format").map(|d| d.severity).collect()
        };
        assert_eq!(severities(&Config::default()), [Severity::Warning]);
        let mut info = Config::default();
        info.set_rule("operative-keyword-format", Level::Info).unwrap();
        assert_eq!(severities(&info), [Severity::Info]);
        // The other slips keep the rule's level.
        assert_eq!(crate::rules::testing::count("THE GENERAL ASSEMBLY,\n\nResolves:\n\n1. To ask.\n", "operative-keyword-format"), 1);
        let lower = validate("THE GENERAL ASSEMBLY,\n\nResolves:\n\n1. To ask.\n", &Config::default());
        assert!(lower.diagnostics.iter().any(|d| d.rule == "operative-keyword-format" && d.severity == Severity::Error));
    }

    #[test]
    fn should_accept_both_french_spacings() {
        assert_eq!(count("L'ASSEMBLÉE GÉNÉRALE,\n\nDÉCIDE :\n\n1. D'adopter.\n"), 0);
        assert_eq!(count("L'ASSEMBLÉE GÉNÉRALE,\n\nDÉCIDE:\n\n1. D'adopter.\n"), 0);
    }
}
