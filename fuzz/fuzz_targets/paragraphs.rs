//! An arbitrary list of paragraphs (text, optional Word `listString`, optional style) →
//! `validate_paragraphs`: report spans valid in the joined text, and every located
//! diagnostic inside its paragraph, on char boundaries.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Para {
    text: String,
    list_string: Option<String>,
    style: Option<String>,
}

#[derive(Debug, Arbitrary)]
struct Input {
    selector: u8,
    paragraphs: Vec<Para>,
}

fuzz_target!(|input: Input| {
    let paragraphs: Vec<resolint::Paragraph> = input
        .paragraphs
        .into_iter()
        .map(|p| resolint::Paragraph { text: p.text, list_string: p.list_string, style: p.style })
        .collect();
    let config = resolint_fuzz::config_from_byte(input.selector);
    resolint_fuzz::check_paragraphs(&paragraphs, &config);
});
