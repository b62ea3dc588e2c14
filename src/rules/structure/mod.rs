//! Document structure: the title block, organ line, keyword, sections and paragraphs
//! that fit no role.

pub mod empty_operative_part;
pub mod missing_operative_keyword;
pub mod missing_organ_line;
pub mod not_a_resolution;
pub mod operative_keyword_format;
pub mod organ_line_format;
pub mod preamble_after_operative;
pub mod section_heading_format;
pub mod title_format;
pub mod unrecognized_paragraph;
