//! What the caller can set: language, body profile, session year, each rule's level, and
//! the occurrences a person chose to ignore.
//!
//! [`Config`] is plain data shared by the CLI, the library and the WebAssembly options.
//! [`Settings`] is its serialisable form — the keys of `resolint.toml` and of the
//! WebAssembly options — read with serde (`deny_unknown_fields`, so an unknown key is an
//! error naming it); unknown rule names and levels are refused by name too. Finding and
//! reading the file belongs to the command line.

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

/// The body a draft is for: it decides which organ line is expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    GeneralAssembly,
    PermanentCouncil,
    Cidi,
}

impl Profile {
    /// Every profile.
    pub const ALL: [Profile; 3] = [Profile::GeneralAssembly, Profile::PermanentCouncil, Profile::Cidi];

    /// The name `resolint.toml` and the WebAssembly options give the profile.
    ///
    /// ```
    /// use resolint::config::Profile;
    /// assert_eq!(Profile::Cidi.name(), "cidi");
    /// assert_eq!(Profile::from_name("permanent-council"), Some(Profile::PermanentCouncil));
    /// assert_eq!(Profile::from_name("ga"), None);
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Profile::GeneralAssembly => "general-assembly",
            Profile::PermanentCouncil => "permanent-council",
            Profile::Cidi => "cidi",
        }
    }

    /// The profile of that name (exact spelling, as in [`Profile::name`]).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.name() == name)
    }

    /// Words (folded) one of which the organ line of this body contains.
    #[must_use]
    pub fn organ_words(self) -> &'static [&'static str] {
        match self {
            Profile::GeneralAssembly => &["GENERAL ASSEMBLY", "ASAMBLEA GENERAL", "ASSEMBLEE GENERALE", "ASSEMBLEIA GERAL"],
            Profile::PermanentCouncil => &["PERMANENT COUNCIL", "CONSEJO PERMANENTE", "CONSEIL PERMANENT", "CONSELHO PERMANENTE"],
            Profile::Cidi => &["INTEGRAL DEVELOPMENT", "DESARROLLO INTEGRAL", "DEVELOPPEMENT INTEGRE", "DESENVOLVIMENTO INTEGRAL"],
        }
    }

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Profile::GeneralAssembly => "the General Assembly",
            Profile::PermanentCouncil => "the Permanent Council",
            Profile::Cidi => "the Inter-American Council for Integral Development",
        }
    }
}

/// One diagnostic a person chose to ignore, matched by content rather than position so
/// that it survives edits and round trips through a word processor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Ignore {
    /// The rule's name.
    pub rule: String,
    /// The fingerprint of the paragraph ([`paragraph_fingerprint`]); none: every paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<String>,
    /// The flagged text; none: every occurrence in the paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// The language a `language` setting names: `None` for "auto" (detect it).
///
/// # Errors
/// [`Error::UnknownLanguage`] for anything but "auto", "en", "es", "fr" and "pt".
///
/// ```
/// use resolint::{config::language, Lang};
/// assert_eq!(language("es").unwrap(), Some(Lang::Es));
/// assert_eq!(language("auto").unwrap(), None);
/// assert!(language("de").is_err());
/// ```
pub fn language(code: &str) -> Result<Option<Lang>, Error> {
    if code == "auto" {
        return Ok(None);
    }
    Lang::from_code(code).map(Some).ok_or_else(|| Error::UnknownLanguage(code.to_owned()))
}

/// A stable fingerprint of a paragraph's text (FNV-1a, 64 bits, hex), for [`Ignore`]:
/// white space is collapsed so that re-flowing a paragraph keeps it.
#[must_use]
pub fn paragraph_fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for word in text.split_whitespace() {
        for b in word.bytes().chain(std::iter::once(b' ')) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The serialisable settings: the keys of `resolint.toml` and of the WebAssembly options.
///
/// ```
/// let settings: resolint::config::Settings = serde_json::from_str(
///     r#"{ "language": "es", "session-year": 2021, "rules": { "whitespace": "off" } }"#).unwrap();
/// let config = settings.into_config().unwrap();
/// assert_eq!(config.session_year, Some(2021));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    /// "auto", "en", "es", "fr" or "pt".
    #[serde(default, alias = "lang")]
    pub language: Option<String>,
    #[serde(default)]
    pub profile: Option<Profile>,
    #[serde(default, alias = "sessionYear")]
    pub session_year: Option<u32>,
    /// Rule name → "off", "info", "warning" or "error".
    #[serde(default)]
    pub rules: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    pub ignore: Vec<Ignore>,
}

impl Settings {
    /// Checks every value and builds the [`Config`].
    ///
    /// # Errors
    /// The first unknown language, rule name or level, named.
    pub fn into_config(self) -> Result<Config, Error> {
        let mut config = Config::default();
        if let Some(code) = self.language {
            config.lang = language(&code)?;
        }
        config.profile = self.profile;
        config.session_year = self.session_year;
        for (rule, level) in self.rules {
            let level = Level::parse(&level).ok_or(Error::UnknownLevel(level))?;
            config.set_rule(&rule, level)?;
        }
        for ignore in &self.ignore {
            crate::rules::find(&ignore.rule).ok_or_else(|| Error::UnknownRule(ignore.rule.clone()))?;
        }
        config.ignores = self.ignore;
        Ok(config)
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
    /// The body the draft is for; `None` accepts any organ line.
    pub profile: Option<Profile>,
    /// Occurrences to leave unreported.
    pub ignores: Vec<Ignore>,
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
