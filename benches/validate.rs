//! Criterion benchmarks (placeholder until the benchmarking work lands).
fn main() {}
