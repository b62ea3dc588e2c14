//! Citations and references. In the core: unfinished text (`placeholder`).

pub mod placeholder;
