//! The raw exports, run inside WebAssembly (Node, through wasm-bindgen-test-runner):
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!  cargo test -p resolint-wasm --target wasm32-unknown-unknown --test wasm`.
//! The public JavaScript API over them is tested in bindings/js/test/.
#![cfg(target_arch = "wasm32")]

use resolint::RULES;
use resolint_wasm::encode::NONE;
use resolint_wasm::{decode_paragraphs, raw_validate_paragraphs};
use resolint_wasm::{
    options, raw_apply_fixes, raw_fingerprint, raw_parse_options, raw_rules, raw_take_strings,
    raw_validate,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON")
}

fn error_of(json: &str) -> String {
    options::parse(&js(json)).expect_err(json)
}

/// Reads records as `js/resolint.js` does (only what the tests look at).
struct Records {
    nums: Vec<u32>,
    units: Vec<u16>,
    i: usize,
    p: usize,
}

#[derive(Debug, PartialEq)]
struct Diag {
    rule: String,
    paragraph: Option<u32>,
    line: u32,
    column: u32,
    start: u32,
    end: u32,
    edits: Vec<(Option<u32>, u32, u32, String)>,
}

impl Records {
    fn take(nums: Vec<u32>) -> Self {
        Records {
            nums,
            units: raw_take_strings().encode_utf16().collect(),
            i: 0,
            p: 0,
        }
    }
    fn num(&mut self) -> u32 {
        self.i += 1;
        self.nums[self.i - 1]
    }
    fn opt_str(&mut self) -> Option<String> {
        let len = self.num();
        if len == NONE {
            return None;
        }
        let s =
            String::from_utf16(&self.units[self.p..self.p + len as usize]).expect("whole chars");
        self.p += len as usize;
        Some(s)
    }
    fn str(&mut self) -> String {
        self.opt_str().expect("a string")
    }
    fn diagnostics(mut self, paragraphs: bool) -> (String, Vec<Diag>) {
        let language = self.str();
        self.i += 3;
        let _kind = self.str();
        let _title = self.opt_str();
        let _organ = self.opt_str();
        self.i += 2;
        for _ in 0..self.num() {
            let _heading = self.opt_str();
            self.i += 3;
        }
        let mut out = Vec::new();
        for _ in 0..self.num() {
            let r = self.num();
            let rule = if r == NONE {
                self.str()
            } else {
                RULES[r as usize].meta.name.to_owned()
            };
            let _severity = self.num();
            let _message = self.str();
            let _help = self.opt_str();
            let paragraph = paragraphs.then(|| self.num());
            let (line, column) = (self.num(), self.num());
            self.i += 2;
            let (start, end) = (self.num(), self.num());
            let mut edits = Vec::new();
            if self.num() != 0 {
                for _ in 0..self.num() {
                    let para = paragraphs.then(|| self.num());
                    let (s, e) = (self.num(), self.num());
                    edits.push((para, s, e, self.str()));
                }
            }
            out.push(Diag {
                rule,
                paragraph,
                line,
                column,
                start,
                end,
                edits,
            });
        }
        assert_eq!(self.i, self.nums.len(), "every number read");
        assert_eq!(self.p, self.units.len(), "every string read");
        (language, out)
    }
}

fn utf16_index(text: &str, needle: &str) -> u32 {
    let byte = text.find(needle).expect("needle");
    u32::try_from(text[..byte].encode_utf16().count()).unwrap()
}

#[wasm_bindgen_test]
fn should_take_undefined_null_and_empty_options_as_the_defaults() {
    let default = options::parse(&JsValue::UNDEFINED).unwrap();
    assert_eq!(default, options::encode(&resolint::Config::default()));
    assert!(default.iter().all(|&b| b == 0));
    assert_eq!(options::config(&default), resolint::Config::default());
    assert_eq!(options::parse(&JsValue::NULL).unwrap(), default);
    assert_eq!(options::parse(&js("{}")).unwrap(), default);
    assert_eq!(
        options::parse(&js(r#"{"lang":"auto","rules":{}}"#)).unwrap(),
        default
    );
}

#[wasm_bindgen_test]
fn should_refuse_unknown_keys_naming_them() {
    assert!(error_of(r#"{"profil":"x"}"#).contains("`profil`"));
    assert!(error_of(r#"{"lang":"en","sessionyear":2024}"#).contains("`sessionyear`"));
    assert!(error_of(r#"{"ignore":[{"rule":"whitespace","txt":"x"}]}"#).contains("`txt`"));
    assert!(error_of("[]").contains("must be an object"));
    assert!(error_of("5").contains("must be an object"));
}

#[wasm_bindgen_test]
fn should_refuse_bad_languages_rules_and_levels_naming_them() {
    assert!(error_of(r#"{"lang":"de"}"#).contains("`de`"));
    assert!(error_of(r#"{"lang":5}"#).contains("`lang`"));
    assert!(error_of(r#"{"rules":{"no-such-rule":"off"}}"#).contains("`no-such-rule`"));
    assert!(error_of(r#"{"rules":{"whitespace":"warn"}}"#).contains("`warn`"));
    assert!(error_of(r#"{"rules":{"whitespace":0}}"#).contains("rules.whitespace"));
    assert!(error_of(r#"{"rules":[]}"#).contains("`rules`"));
}

#[wasm_bindgen_test]
fn should_turn_options_into_the_configuration() {
    let bytes = options::parse(&js(
        r#"{"lang":"es","rules":{"whitespace":"off","doubled-word":"error"}}"#,
    ))
    .unwrap();
    let config = options::config(&bytes);
    assert_eq!(config.lang, Some(resolint::Lang::Es));
    assert_eq!(
        config.severity_of("whitespace", resolint::Severity::Info),
        None
    );
    assert_eq!(
        config.severity_of("doubled-word", resolint::Severity::Info),
        Some(resolint::Severity::Error)
    );
    assert_eq!(
        config.severity_of("placeholder", resolint::Severity::Error),
        Some(resolint::Severity::Error)
    );
}

#[wasm_bindgen_test]
fn should_refuse_bad_profiles_years_and_ignores_naming_them() {
    assert!(error_of(r#"{"profile":"ga"}"#).contains("`ga`"));
    assert!(error_of(r#"{"profile":"ga"}"#).contains("`profile`"));
    assert!(error_of(r#"{"sessionYear":"2024"}"#).contains("`sessionYear`"));
    assert!(error_of(r#"{"sessionYear":2024.5}"#).contains("2024.5"));
    assert!(error_of(r#"{"sessionYear":-1}"#).contains("`sessionYear`"));
    assert!(error_of(r#"{"ignore":{}}"#).contains("`ignore`"));
    assert!(error_of(r#"{"ignore":[{}]}"#).contains("`ignore[0]`: missing key `rule`"));
    assert!(
        error_of(r#"{"ignore":[{"rule":"whitespace"},{"rule":"nope"}]}"#)
            .contains("`ignore[1].rule`: unknown rule `nope`")
    );
    assert!(error_of(r#"{"ignore":[{"rule":"whitespace","text":1}]}"#).contains("`ignore[0].text`"));
    assert!(error_of(r#"{"lang":"en","language":"en"}"#).contains("`language`"));
    let twice = error_of(r#"{"sessionYear":2024,"session-year":2024}"#);
    assert!(twice.contains("twice") && twice.contains("`sessionYear`") && twice.contains("`session-year`"));
}

#[wasm_bindgen_test]
fn should_read_every_option_as_the_core_settings_do() {
    let json = r#"{"language":"pt","profile":"permanent-council","sessionYear":2023,
        "rules":{"whitespace":"off"},
        "ignore":[{"rule":"doubled-word","paragraph":"0123456789abcdef","text":"the the"},{"rule":"placeholder"}]}"#;
    let config = options::config(&options::parse(&js(json)).unwrap());
    let settings: resolint::config::Settings = serde_wasm_bindgen::from_value(js(json)).unwrap();
    let expected = settings.into_config().unwrap();
    assert_eq!(
        (
            config.lang,
            config.profile,
            config.session_year,
            &config.ignores
        ),
        (
            expected.lang,
            expected.profile,
            expected.session_year,
            &expected.ignores
        )
    );
    assert_eq!(
        config.profile,
        Some(resolint::config::Profile::PermanentCouncil)
    );
    assert_eq!(config.session_year, Some(2023));
    assert_eq!(config.ignores.len(), 2);
    assert_eq!(
        config.severity_of("whitespace", resolint::Severity::Info),
        None
    );
    // The configuration file's spellings are the same options.
    let toml_style = options::config(
        &options::parse(&js(
            r#"{"lang":"pt","session-year":2023,"profile":"permanent-council"}"#,
        ))
        .unwrap(),
    );
    assert_eq!(
        (toml_style.lang, toml_style.session_year),
        (config.lang, config.session_year)
    );
}

#[wasm_bindgen_test]
fn should_ignore_the_occurrence_an_ignore_names() {
    let paragraph = "NOTING “the 😀 report” and the the résumé,";
    let count = |json: &str| {
        let bytes = options::parse(&js(json)).unwrap();
        let (_, diagnostics) = Records::take(raw_validate(DRAFT, &bytes)).diagnostics(false);
        diagnostics
            .iter()
            .filter(|d| d.rule == "doubled-word")
            .count()
    };
    assert_eq!(count("{}"), 1);
    let fingerprint = raw_fingerprint(paragraph);
    assert_eq!(
        fingerprint,
        resolint::config::paragraph_fingerprint(paragraph)
    );
    let ignore = |fp: &str, text: &str| {
        format!(r#"{{"ignore":[{{"rule":"doubled-word","paragraph":"{fp}","text":"{text}"}}]}}"#)
    };
    assert_eq!(count(&ignore(&fingerprint, "the the")), 0);
    assert_eq!(count(&ignore(&fingerprint, "the")), 1);
    assert_eq!(
        count(&ignore(&raw_fingerprint("NOTING the report,"), "the the")),
        1
    );
}

#[wasm_bindgen_test]
fn should_throw_an_error_through_the_export() {
    assert!(raw_parse_options(js(r#"{"langage":"en"}"#)).is_err());
}

const DRAFT: &str = "THE GENERAL ASSEMBLY,\n\nNOTING “the 😀 report” and the the résumé,\n\nRESOLVES:\n\n1. To ask.\n\n1. To urge.\n";

#[wasm_bindgen_test]
fn should_give_utf16_offsets_and_columns() {
    let (language, diagnostics) = Records::take(raw_validate(DRAFT, &[0])).diagnostics(false);
    assert_eq!(language, "en");
    let doubled = diagnostics
        .iter()
        .find(|d| d.rule == "doubled-word")
        .expect("doubled-word");
    let at = utf16_index(DRAFT, "the the");
    let line_start = utf16_index(DRAFT, "NOTING");
    assert!(
        doubled.start >= at && doubled.start <= at + 4,
        "{doubled:?} vs {at}"
    );
    assert_eq!(
        (doubled.line, doubled.column),
        (3, doubled.start - line_start + 1)
    );
    let numbering = diagnostics
        .iter()
        .find(|d| d.rule == "operative-numbering")
        .expect("operative-numbering");
    assert_eq!(numbering.start, utf16_index(DRAFT, "1. To urge"));
    let (paragraph, start, _, text) = &numbering.edits[0];
    assert_eq!(
        (*paragraph, *start, text.as_str()),
        (None, numbering.start, "2")
    );
}

#[wasm_bindgen_test]
fn should_apply_fixes_given_in_utf16() {
    let (_, diagnostics) = Records::take(raw_validate(DRAFT, &[0])).diagnostics(false);
    let mut fixes = vec![0u32];
    let mut texts = String::new();
    for d in &diagnostics {
        fixes.extend([0, u32::try_from(d.edits.len()).unwrap()]);
        for (_, s, e, t) in &d.edits {
            fixes.extend([*s, *e, u32::try_from(t.encode_utf16().count()).unwrap()]);
            texts.push_str(t);
        }
        fixes[0] += 1;
    }
    let fixed = raw_apply_fixes(DRAFT, &fixes, &texts);
    assert!(fixed.contains("2. To urge."), "{fixed}");
    assert!(fixed.contains("and the résumé"), "{fixed}");
}

#[wasm_bindgen_test]
fn should_skip_fixes_that_split_a_surrogate_pair_or_run_past_the_end() {
    let text = "a😀b";
    // [count, (applicability, edits, (start, end, len)…)…]: inside the pair, past the end,
    // then a good one.
    let fixes = [3, 0, 1, 2, 3, 1, 0, 1, 4, 9, 0, 1, 1, 3, 4, 1];
    assert_eq!(raw_apply_fixes(text, &fixes, "XY"), "a😀Y");
    assert_eq!(raw_apply_fixes(text, &[1, 0, 1, 1, 3, 0], ""), "ab");
    // Truncated or nonsense input is ignored, never a panic.
    assert_eq!(raw_apply_fixes(text, &[5, 0, 9], ""), text);
    assert_eq!(raw_apply_fixes(text, &[], "junk"), text);
}

#[wasm_bindgen_test]
fn should_split_paragraphs_by_utf16_lengths() {
    let paragraphs = decode_paragraphs("😀 aToa1.Normal", &[4, NONE, NONE, 3, 2, 6]);
    assert_eq!(paragraphs.len(), 2);
    assert_eq!(paragraphs[0].text, "😀 a");
    assert_eq!(
        (
            paragraphs[0].list_string,
            paragraphs[0].style
        ),
        (None, None)
    );
    assert_eq!(paragraphs[1].text, "Toa");
    assert_eq!(paragraphs[1].list_string, Some("1."));
    assert_eq!(paragraphs[1].style, Some("Normal"));
}

#[wasm_bindgen_test]
fn should_count_list_strings_and_locate_diagnostics_in_paragraphs() {
    let texts = [
        "THE GENERAL ASSEMBLY,",
        "RESOLVES:",
        "To ask “😀”.",
        "To urge.",
    ];
    let lists = [None, None, Some("1."), Some("1.")];
    let mut strings = String::new();
    let mut lengths = Vec::new();
    for (t, l) in texts.iter().zip(lists) {
        strings.push_str(t);
        lengths.push(u32::try_from(t.encode_utf16().count()).unwrap());
        match l {
            Some(l) => {
                strings.push_str(l);
                lengths.push(2);
            }
            None => lengths.push(NONE),
        }
        lengths.push(NONE);
    }
    let (_, diagnostics) =
        Records::take(raw_validate_paragraphs(&strings, &lengths, &[0])).diagnostics(true);
    let numbering = diagnostics
        .iter()
        .find(|d| d.rule == "operative-numbering")
        .expect("operative-numbering");
    assert_eq!(numbering.paragraph, Some(3));
    assert_eq!((numbering.line, numbering.column), (4, numbering.start + 1));
}

#[wasm_bindgen_test]
fn should_list_every_rule() {
    let rules = js_sys::Array::from(&raw_rules().unwrap());
    assert_eq!(rules.length() as usize, RULES.len());
    // Rows of strings: name, group, severity, fix, summary.
    let first = js_sys::Array::from(&rules.get(0));
    let row: Vec<Option<String>> = first.iter().map(|v| v.as_string()).collect();
    let m = RULES[0].meta;
    let expected = [m.name, m.group.as_str(), m.default_severity.as_str(), m.fix.as_str(), m.summary];
    assert_eq!(row, expected.map(|s| Some(s.to_owned())));
}

#[wasm_bindgen_test]
fn should_report_the_core_version() {
    assert_eq!(resolint_wasm::version(), resolint::VERSION);
}
