//! `validate_paragraphs`: drafts as word processors give them — one entry per paragraph,
//! Word's list numbers beside the text, empty paragraphs between.

use resolint::{validate, validate_paragraphs, Config, Paragraph};

fn p(text: &str, list: Option<&str>) -> Paragraph {
    Paragraph { text: text.into(), list_string: list.map(Into::into), style: None }
}

#[test]
fn empty_paragraphs_are_blank_lines_not_errors() {
    let paras = [p("THE GENERAL ASSEMBLY,", None), p("", None), p("RECALLING its resolutions,", None), p("  ", None), p("RESOLVES:", None), p("", None), p("To ask.", Some("1."))];
    let out = validate_paragraphs(&paras, &Config::default());
    assert!(out.located().is_empty(), "{:?}", out.located().iter().map(|d| d.diagnostic.rule).collect::<Vec<_>>());
    assert_eq!(out.report.outline.sections[0].operative, 1);
}

#[test]
fn word_list_numbers_count_like_typed_ones() {
    let paras = [p("THE GENERAL ASSEMBLY,", None), p("RESOLVES:", None), p("To ask.", Some("1.")), p("To urge.", Some("1."))];
    let out = validate_paragraphs(&paras, &Config::default());
    let numbering: Vec<_> = out.located().into_iter().filter(|d| d.diagnostic.rule == "operative-numbering").collect();
    assert_eq!(numbering.len(), 1);
    assert_eq!(numbering[0].paragraph, 3);
    assert!(numbering[0].diagnostic.fix.is_none(), "Word's numbering is not text to rewrite");
}

#[test]
fn offsets_are_inside_their_paragraph_and_agree_with_plain_text() {
    let lines = ["THE GENERAL ASSEMBLY,", "RECALLING the the “report”,", "RESOLVES:", "1. To act in in order."];
    let paras: Vec<Paragraph> = lines.iter().map(|l| p(l, None)).collect();
    let out = validate_paragraphs(&paras, &Config::default());
    let text = lines.join("\n\n");
    let plain = validate(&text, &Config::default());
    assert_eq!(out.located().len(), plain.diagnostics.len());
    for d in &out.located() {
        let para = &lines[d.paragraph];
        assert_eq!(&para[d.start as usize..d.end as usize], d.diagnostic.range.slice(&out.text));
    }
}

#[test]
fn a_line_break_inside_a_paragraph_stays_inside_it() {
    let paras = [p("THE GENERAL ASSEMBLY,", None), p("RESOLVES:", None), p("1. To ask\nin in writing.", None)];
    let out = validate_paragraphs(&paras, &Config::default());
    assert_eq!(out.report.outline.sections[0].operative, 1);
    let d = out.located().into_iter().find(|d| d.diagnostic.rule == "doubled-word").unwrap();
    assert_eq!((d.paragraph, &paras[2].text[d.start as usize..d.end as usize]), (2, "in in"));
}
