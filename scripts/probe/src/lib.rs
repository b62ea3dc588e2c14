//! What `scripts/count.sh` counts: one validation of the seed omnibus under a given
//! set of rules. The seed is read at build time (the repository holds no copy of it).
//! It measures; it checks nothing.

use resolint::config::Level;
use resolint::rules::RULES;
use resolint::{validate, Config};

/// The 42 KB seed omnibus of `../shared/seeds`.
pub const SEED: &str = include_str!("../../../../shared/seeds/004_991020ab79cd2c6b.txt");

/// Every rule off but the `only`th of the registry (`None`: every rule off).
fn only(rule: Option<usize>) -> Config {
    let mut config = Config::default();
    for (i, r) in RULES.iter().enumerate() {
        let level = if Some(i) == rule { Level::Warning } else { Level::Off };
        // Names from the registry itself: never unknown.
        let _ = config.set_rule(r.meta.name, level);
    }
    config
}

/// Validates the seed with the default configuration; the number of diagnostics.
#[no_mangle]
pub extern "C" fn validate_all() -> u32 {
    count(&Config::default())
}

/// Validates the seed with every rule off (parsing, outline, the registry loop).
#[no_mangle]
pub extern "C" fn validate_none() -> u32 {
    count(&only(None))
}

/// Validates the seed with only the `rule`th rule of the registry on.
#[no_mangle]
pub extern "C" fn validate_only(rule: u32) -> u32 {
    count(&only(Some(rule as usize)))
}

/// The registry index of the rule named by the first `len` bytes of `NAME` (set by
/// `set_name_byte`), or `u32::MAX`.
#[no_mangle]
pub extern "C" fn rule_index(len: u32) -> u32 {
    let name = NAME.with(|n| n.borrow().iter().take(len as usize).copied().collect::<Vec<u8>>());
    RULES.iter().position(|r| r.meta.name.as_bytes() == name.as_slice()).map_or(u32::MAX, |i| i as u32)
}

std::thread_local! {
    static NAME: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Appends one byte to the rule name `rule_index` reads (a host without shared memory
/// access can still pass a name).
#[no_mangle]
pub extern "C" fn set_name_byte(byte: u32) {
    NAME.with(|n| n.borrow_mut().push(byte as u8));
}

fn count(config: &Config) -> u32 {
    validate(SEED, config).diagnostics.len() as u32
}

/// Runs `runs` validations of the seed for the rule selection `what` ("all", "none" or
/// a rule name); the number of diagnostics of one.
pub fn run(what: &str, runs: usize) -> Option<u32> {
    let config = match what {
        "all" => Config::default(),
        "none" => only(None),
        name => only(Some(RULES.iter().position(|r| r.meta.name == name)?)),
    };
    let mut diagnostics = 0;
    for _ in 0..runs {
        diagnostics = count(&config);
    }
    Some(diagnostics)
}
