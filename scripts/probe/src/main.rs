//! `resolint-probe WHAT RUNS`: validates the seed RUNS times (WHAT: all, none or a rule
//! name), for callgrind to count the instructions of (see scripts/count.sh).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let what = args.first().map_or("all", String::as_str);
    let runs = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(10);
    match resolint_probe::run(what, runs) {
        Some(n) => println!("{n} diagnostics"),
        None => {
            eprintln!("resolint-probe: no rule named {what:?}");
            std::process::exit(2);
        }
    }
}
