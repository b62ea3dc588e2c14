//! Property tests of the whole pipeline.
//!
//! On arbitrary text and on shuffled, edited resolution-like drafts: parsing and
//! validation never panic; every span is in bounds and on char boundaries; the tree's
//! leaves tile the input exactly and every inner node spans its children; fixes are
//! idempotent, converge, and lose no text (every letter of the input survives, in order,
//! except the words a doubled-word fix removes and relabelled sub-paragraph letters);
//! UTF-16 conversion is consistent.

use proptest::prelude::*;
use resolint::syntax::{utf16_len, Utf16Cursor};
use resolint::{apply_fixes, fix_all, parse, validate, validate_paragraphs, Applicability, Config, Paragraph};

/// Paragraphs drafts are made of, in the four languages, with and without slips.
const PIECES: &[&str] = &[
    "DRAFT RESOLUTION",
    "DRAFT OMNIBUS RESOLUTION",
    "STRENGTHENING DEMOCRACY 1/",
    "(Agreed upon by the Permanent Council at its meeting of May 4, 2021)",
    "(Presented by the delegations of\nArgentina and Chile)",
    "AG/RES. 2958 (L-O/20)",
    "THE GENERAL ASSEMBLY,",
    "THE GENERAL ASSEMBLY:",
    "The General Assembly",
    "LA ASAMBLEA GENERAL,",
    "L’ASSEMBLÉE GÉNÉRALE,",
    "A ASSEMBLEIA GERAL,",
    "THE GENERAL ASSEMBLY, CONSIDERING its statements;",
    "RECALLING resolution AG/RES. 2958 (L-O/20);",
    "REAFFIRMING the Charter of the OAS; and",
    "Reaffirming the principles,",
    "BEARING IN MIND the report “on access”;",
    "CONSIDERING:",
    "That the Council met;",
    "That the Council agreed; and",
    "TAKING NOTE OF the study,",
    "CONSIDERANDO que la democracia es esencial,",
    "RAPPELANT la Charte,",
    "WELCOMES the report; and",
    "Consumer protection in the Americas",
    "CONSUMER PROTECTION",
    "[bookmark: _Toc1]Rights of children [footnoteRef:2]/ [2: A reservation [sic].]",
    "RESOLVES:",
    "RESOLVES: 1. To ask.",
    "Resolves",
    "RESUELVE:",
    "DÉCIDE :",
    "1.\tTo request the General Secretariat to report.",
    "1. To continue the work in in order to help.",
    "2. To urge member states to act",
    "\t3. \tTo instruct the Secretariat;",
    "1.To invite donors.",
    "12) To thank Peru.",
    "To elect, by acclamation, the Chair.",
    "1. To amend Article 3 to read:",
    "“Article 3. The Council shall meet.”",
    "a. for a report;",
    "c) for a study.",
    "(ii) for a review.",
    "1. Solicitar un informe.",
    "1. D'adopter le texte.",
    "with text in document AG/doc.xxxx/21 and ___ TBD",
    "FOOTNOTES",
    "1. A delegation's reservation.",
    "2/ Another note.",
    "   ",
    "“unbalanced ( quote",
    "😀 émoji and combining é marks",
    "RECALLING resolutions AG/RES.2092(XXXV-O/05), ag/res. 85 (II-0/72) and AG/RES. 1507 (XXVI-O/97);",
    "RECALLING AG/RES. 2391 (XLIX-O/19) and CP/RES. 1117 (2200/19);",
    "1. To report at its fifty-first regular session.",
    "(Agreed upon by the Permanent Council on November 4, 2021)",
    "1. To support the Inter-American Digital Government Network (GEALC Network) and the MECIGEP.",
    "2. To join the Inter-American eGovernment Network (GEALC Network) in paragraph 9.",
    "3. To ask [and to support] the “Council (CISC.",
    "<!-- resolint-ignore doubled-word -->",
    "TITLE 2/1/",
];

fn draft() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(PIECES);
    let sep = prop::sample::select(&["\n\n", "\n", "\r\n\r\n", "\n\n\n", " \n\n"][..]);
    prop::collection::vec((piece, sep), 0..40).prop_map(|parts| parts.into_iter().flat_map(|(p, s)| [p, s]).collect())
}

/// A draft with random edits: characters inserted and ranges deleted.
fn edited_draft() -> impl Strategy<Value = String> {
    (draft(), prop::collection::vec((any::<prop::sample::Index>(), any::<char>(), 0usize..6), 0..8)).prop_map(|(mut text, edits)| {
        for (at, c, delete) in edits {
            if text.is_empty() {
                text.push(c);
                continue;
            }
            let mut i = at.index(text.len());
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            let mut end = (i + delete).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            text.replace_range(i..end, &c.to_string());
        }
        text
    })
}

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let doc = parse(text);
    let ok = |s: u32, e: u32| s <= e && (e as usize) <= text.len() && text.is_char_boundary(s as usize) && text.is_char_boundary(e as usize);
    for p in &doc.paragraphs {
        prop_assert!(ok(p.range.start, p.range.end));
        prop_assert!(ok(p.content.start, p.content.end));
        prop_assert!(p.range.contains_range(p.content));
    }
    // Leaves tile the input; inner nodes span exactly their children.
    let mut pos = 0;
    for leaf in doc.tree.leaves() {
        prop_assert_eq!(leaf.range.start, pos);
        pos = leaf.range.end;
    }
    prop_assert_eq!(pos as usize, text.len());
    for node in doc.tree.nodes() {
        let children: Vec<_> = doc.tree.children(node).collect();
        if let (Some(first), Some(last)) = (children.first(), children.last()) {
            prop_assert_eq!(node.range.start, first.range.start);
            prop_assert_eq!(node.range.end, last.range.end);
        }
    }
    let report = validate(text, &Config::default());
    for d in &report.diagnostics {
        prop_assert!(ok(d.range.start, d.range.end), "{} at {:?}", d.rule, d.range);
        if let Some(fix) = &d.fix {
            for w in fix.edits.windows(2) {
                prop_assert!(w[0].range.end <= w[1].range.start, "{} edits overlap", d.rule);
            }
            for e in &fix.edits {
                prop_assert!(ok(e.range.start, e.range.end), "{} edit at {:?}", d.rule, e.range);
            }
        }
    }
    Ok(())
}

/// Letters of `s`, lower-cased: what a fix may never drop.
fn letters(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect()
}

fn is_subsequence(small: &[char], big: &[char]) -> bool {
    let mut it = big.iter();
    small.iter().all(|c| it.any(|b| b == c))
}

fn check_fixes(text: &str) -> Result<(), TestCaseError> {
    let config = Config::default();
    let once = fix_all(text, &config);
    let twice = fix_all(&once.text, &config);
    prop_assert_eq!(&twice.text, &once.text, "fixing is idempotent");
    prop_assert_eq!(twice.applied, 0);
    let left = validate(&once.text, &config);
    prop_assert!(left.diagnostics.iter().all(|d| d.fix.as_ref().is_none_or(|f| f.applicability != Applicability::Safe)), "safe fixes converge");
    // No text lost: the letters of the input, except the words doubled-word fixes
    // delete and the sub-paragraph labels that are relabelled, survive in order.
    let report = validate(text, &config);
    let once_pass = apply_fixes(text, &report.diagnostics, Applicability::Safe);
    let mut kept = String::new();
    let mut pos = 0;
    let mut deletions: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| matches!(d.rule, "doubled-word" | "subparagraph-sequence"))
        .filter_map(|d| d.fix.as_ref())
        .flat_map(|f| f.edits.iter().map(|e| e.range))
        .collect();
    deletions.sort_by_key(|r| r.start);
    for r in deletions {
        if r.start as usize >= pos {
            kept.push_str(&text[pos..r.start as usize]);
            pos = r.end as usize;
        }
    }
    kept.push_str(&text[pos.min(text.len())..]);
    prop_assert!(is_subsequence(&letters(&kept), &letters(&once_pass)), "a fix dropped letters");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_and_spans_hold(text in "\\PC*") {
        check_spans(&text)?;
    }

    #[test]
    fn arbitrary_unicode_with_controls_never_panics(text in any::<String>()) {
        check_spans(&text)?;
    }

    #[test]
    fn resolution_like_drafts_keep_their_invariants(text in draft()) {
        check_spans(&text)?;
        check_fixes(&text)?;
    }

    #[test]
    fn edited_drafts_keep_their_invariants(text in edited_draft()) {
        check_spans(&text)?;
        check_fixes(&text)?;
    }

    #[test]
    fn paragraphs_api_locates_diagnostics_inside_their_paragraph(
        paras in prop::collection::vec((prop::sample::select(PIECES), prop::option::of(prop::sample::select(&["1.", "2.", "a)", ""][..]))), 0..30)
    ) {
        let input: Vec<Paragraph> = paras.iter().map(|(t, l)| Paragraph { text: (*t).to_owned(), list_string: l.map(str::to_owned), style: None }).collect();
        let out = validate_paragraphs(&input, &Config::default());
        for d in &out.located() {
            let text = &input[d.paragraph].text;
            prop_assert!(d.start <= d.end && d.end as usize <= text.len() + 1, "{} {:?} in {:?}", d.diagnostic.rule, (d.start, d.end), text);
        }
    }

    #[test]
    fn utf16_offsets_agree_with_a_direct_count(text in "\\PC{0,80}", cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..10)) {
        let mut offsets: Vec<usize> = cuts.iter().map(|c| c.index(text.len() + 1)).filter(|&i| text.is_char_boundary(i)).collect();
        offsets.sort_unstable();
        let mut cursor = Utf16Cursor::new(&text);
        for o in offsets {
            prop_assert_eq!(cursor.offset(u32::try_from(o).unwrap()) as usize, utf16_len(&text[..o]));
        }
    }
}
