//! What the caller can set: the language and each rule's level.
//!
//! [`Config`] is plain data shared by the CLI, the library and the WebAssembly options;
//! unknown rule names are refused with an error naming them. Reading a `resolint.toml`
//! belongs to the command line, not here.

use crate::diagnostics::Severity;
use crate::lang::Lang;
use crate::Error;
use serde::{Deserialize, Serialize};

/// A rule's level: off, or the severity its diagnostics get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    /// Parses "off", "info", "warning" or "error".
    #[must_use]
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "off" => Some(Level::Off),
            "info" => Some(Level::Info),
            "warning" => Some(Level::Warning),
            "error" => Some(Level::Error),
            _ => None,
        }
    }

    #[must_use]
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

/// Options for one validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The draft's language; `None` detects it.
    pub lang: Option<Lang>,
    /// The year of the General Assembly session the draft is for; `None` reads it from
    /// the draft's provenance line or symbol.
    pub session_year: Option<u32>,
    overrides: Vec<(&'static str, Level)>,
}

impl Config {
    /// A configuration for a fixed language.
    #[must_use]
    pub fn with_lang(lang: Lang) -> Self {
        Self { lang: Some(lang), ..Self::default() }
    }

    /// Sets a rule's level.
    ///
    /// # Errors
    /// [`Error::UnknownRule`] when no rule has that name.
    ///
    /// ```
    /// let mut config = resolint::Config::default();
    /// config.set_rule("whitespace", resolint::Level::Off).unwrap();
    /// assert!(config.set_rule("no-such-rule", resolint::Level::Off).is_err());
    /// ```
    pub fn set_rule(&mut self, name: &str, level: Level) -> Result<(), Error> {
        let rule = crate::rules::find(name).ok_or_else(|| Error::UnknownRule(name.to_owned()))?;
        self.overrides.retain(|(n, _)| *n != rule.meta.name);
        self.overrides.push((rule.meta.name, level));
        Ok(())
    }

    /// The severity a rule's diagnostics get, or `None` when it is off.
    #[must_use]
    pub fn severity_of(&self, name: &str, default: Severity) -> Option<Severity> {
        match self.overrides.iter().find(|(n, _)| *n == name) {
            Some((_, level)) => level.severity(),
            None => Some(default),
        }
    }
}
