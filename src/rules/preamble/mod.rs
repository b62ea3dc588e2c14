//! The preamble: lead phrases and the punctuation chain.

pub mod preamble_lead_phrase;
pub mod preamble_punctuation;
