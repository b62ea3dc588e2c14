//! Arbitrary UTF-8 → `parse`: every paragraph, mark and tree node span is in bounds and
//! on char boundaries, and the tree's leaves tile the input exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Non-UTF-8 input cannot reach the library (its entry points take `&str`).
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = resolint::parse(text);
    resolint_fuzz::check_document(text, &doc);
});
