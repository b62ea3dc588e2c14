//! Arbitrary UTF-8 → `validate` (language detected or fixed by the first byte):
//! diagnostic, annotation and fix-edit ranges in bounds and on char boundaries, edits
//! sorted and non-overlapping, diagnostics sorted, summary consistent.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let config = resolint_fuzz::config_from_byte(selector);
    resolint_fuzz::check_text(text, &config);
});
