//! Arbitrary UTF-8 → fixes: `apply_fixes` (safe and unsafe) never panics and its output
//! parses cleanly; `fix_all` applied twice equals once, and its output re-parses and
//! re-validates with every invariant.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let config = resolint_fuzz::config_from_byte(selector);
    resolint_fuzz::check_fixes(text, &config);
});
