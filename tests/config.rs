//! Configuration (`resolint.toml` keys, also the WebAssembly options) and suppression:
//! unknown keys, rules and levels are errors naming them; ignores match by content; the
//! `<!-- resolint-ignore … -->` directives of plain-text drafts; body profiles.

use resolint::config::{paragraph_fingerprint, Ignore, Settings};
use resolint::{validate, Config, Level};

fn settings(toml_text: &str) -> Result<Config, String> {
    let s: Settings = toml::from_str(toml_text).map_err(|e| e.message().to_owned())?;
    s.into_config().map_err(|e| e.to_string())
}

const DRAFT: &str = "THE GENERAL ASSEMBLY,\n\nRECALLING the the report,\n\nRESOLVES:\n\n1. To act in in order to help.\n\n2. To ask in in writing.\n";

fn rules_of(text: &str, config: &Config) -> Vec<&'static str> {
    validate(text, config).diagnostics.iter().map(|d| d.rule).collect()
}

#[test]
fn settings_build_a_config() {
    let config = settings("language = \"fr\"\nprofile = \"permanent-council\"\nsession-year = 2021\n[rules]\nwhitespace = \"off\"\n").unwrap();
    assert_eq!(config.lang, Some(resolint::Lang::Fr));
    assert_eq!(config.session_year, Some(2021));
    assert_eq!(config.severity_of("whitespace", resolint::Severity::Info), None);
}

#[test]
fn unknown_keys_rules_and_levels_are_named() {
    assert!(settings("langage = \"en\"").unwrap_err().contains("`langage`"));
    assert!(settings("[rules]\nno-such-rule = \"off\"").unwrap_err().contains("no-such-rule"));
    assert!(settings("[rules]\nwhitespace = \"loud\"").unwrap_err().contains("loud"));
    assert!(settings("language = \"de\"").unwrap_err().contains("de"));
    assert!(settings("profile = \"senate\"").unwrap_err().contains("senate"));
}

#[test]
fn a_rule_can_be_raised_lowered_or_turned_off() {
    let mut config = Config::default();
    config.set_rule("doubled-word", Level::Error).unwrap();
    let report = validate(DRAFT, &config);
    assert!(report.diagnostics.iter().filter(|d| d.rule == "doubled-word").all(|d| d.severity == resolint::Severity::Error));
    config.set_rule("doubled-word", Level::Off).unwrap();
    assert!(!rules_of(DRAFT, &config).contains(&"doubled-word"));
}

#[test]
fn an_ignore_matches_one_paragraph_and_one_occurrence_by_content() {
    let paragraph = "1. To act in in order to help.";
    let mut config = Config::default();
    config.ignores.push(Ignore { rule: "doubled-word".into(), paragraph: Some(paragraph_fingerprint(paragraph)), text: Some("in in".into()) });
    let left: Vec<String> = validate(DRAFT, &config)
        .diagnostics
        .iter()
        .filter(|d| d.rule == "doubled-word")
        .map(|d| d.range.slice(DRAFT).to_owned())
        .collect();
    assert_eq!(left, ["the the", "in in"], "only the occurrence in the first operative paragraph is ignored");
    // The fingerprint survives re-flowing the paragraph.
    assert_eq!(paragraph_fingerprint("1. To act  in in\norder to help."), paragraph_fingerprint(paragraph));
}

#[test]
fn directives_silence_the_next_paragraph_or_the_file() {
    let text = "THE GENERAL ASSEMBLY,\n\n<!-- resolint-ignore doubled-word -->\nRECALLING the the report,\n\nRESOLVES:\n\n1. To act in in order.\n";
    let found: Vec<String> = validate(text, &Config::default()).diagnostics.iter().filter(|d| d.rule == "doubled-word").map(|d| d.range.slice(text).to_owned()).collect();
    assert_eq!(found, ["in in"]);
    let whole = format!("<!-- resolint-ignore-file doubled-word -->\n{text}");
    assert!(!rules_of(&whole, &Config::default()).contains(&"doubled-word"));
    let one = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n<!-- resolint-ignore doubled-word \"that that\" -->\n1. To note that that and the the report.\n";
    let found: Vec<String> = validate(one, &Config::default()).diagnostics.iter().filter(|d| d.rule == "doubled-word").map(|d| d.range.slice(one).to_owned()).collect();
    assert_eq!(found, ["the the"]);
    // A directive line is no paragraph: the structure is unchanged by it.
    let shape = |t: &str| validate(t, &Config::default()).outline.sections.iter().map(|s| (s.preambular, s.operative)).collect::<Vec<_>>();
    assert_eq!(shape(text), shape(&text.replace("<!-- resolint-ignore doubled-word -->\n", "")));
}

#[test]
fn a_profile_expects_its_organ_line() {
    let config = settings("profile = \"permanent-council\"").unwrap();
    assert!(validate(DRAFT, &config).diagnostics.iter().any(|d| d.rule == "organ-line-format" && d.message.contains("Permanent Council")));
    let config = settings("profile = \"general-assembly\"").unwrap();
    assert!(!rules_of(DRAFT, &config).contains(&"organ-line-format"));
}

#[test]
fn profile_names_are_the_spellings_of_the_configuration_file() {
    use resolint::config::Profile;
    for profile in Profile::ALL {
        let spelled: Settings = toml::from_str(&format!("profile = \"{}\"", profile.name())).unwrap();
        assert_eq!(spelled.profile, Some(profile));
        assert_eq!(Profile::from_name(profile.name()), Some(profile));
    }
    assert_eq!(Profile::from_name("General-Assembly"), None);
}
