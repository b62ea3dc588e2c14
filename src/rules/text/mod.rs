//! Text and typography: doubled words and white space.

pub mod doubled_word;
pub mod whitespace;
