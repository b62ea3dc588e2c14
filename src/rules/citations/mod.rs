//! Citations and references: OAS document symbols, session ordinals, placeholders.

pub mod citation_format;
pub mod citation_number_range;
pub mod citation_session_year;
pub mod placeholder;
pub mod session_ordinal;
