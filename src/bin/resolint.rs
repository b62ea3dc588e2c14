//! The `resolint` command line: `check`, `outline` and `rules`.
//!
//! Reads each file (or standard input for `-`), validates it and prints human or JSON
//! output; `--fix` rewrites files atomically (temporary file, then rename) with every
//! safe fix applied. Exit status: 0 when no error-severity diagnostic, 1 when there are,
//! 2 on usage or I/O errors (each named with its file; the other files are still
//! checked). All checking is done by the library.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use resolint::diagnostics::render;
use resolint::syntax::LineIndex;
use resolint::{Config, Lang, Severity};

#[derive(Parser)]
#[command(name = "resolint", version, about = "Checks drafts of OAS resolutions: structure, numbering, punctuation, footnotes, placeholders.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check drafts and report problems.
    Check {
        /// Files to check; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<String>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Apply every safe fix, rewriting each file in place (`-`: fixed text to stdout).
        #[arg(long)]
        fix: bool,
        /// The drafts' language (overrides the configuration file).
        #[arg(long)]
        lang: Option<String>,
        /// Show only diagnostics at least this severe.
        #[arg(long, value_enum, default_value_t = MinSeverity::Info)]
        severity: MinSeverity,
        /// Configuration file; without it, the nearest `resolint.toml` above each file.
        #[arg(long)]
        config: Option<String>,
    },
    /// Print the outline of a draft: kind, title, sections and their counts.
    Outline {
        file: String,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        #[arg(long)]
        lang: Option<String>,
        #[arg(long)]
        config: Option<String>,
    },
    /// List every rule with its group, default severity and fixability.
    Rules {
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
    /// SARIF 2.1.0, one log for all files (`check` only).
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
enum MinSeverity {
    Error,
    Warning,
    Info,
}

impl MinSeverity {
    fn admits(self, s: Severity) -> bool {
        match self {
            MinSeverity::Error => s == Severity::Error,
            MinSeverity::Warning => s != Severity::Info,
            MinSeverity::Info => true,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { files, format, fix, lang, severity, config } => {
            check(&files, format, fix, &Options { lang, config }, severity)
        }
        Command::Outline { file, format, lang, config } => outline(&file, format, &Options { lang, config }),
        Command::Rules { format } => {
            let metas: Vec<_> = resolint::RULES.iter().map(|r| r.meta).collect();
            let text = match format {
                Format::Human => render::rules(&metas),
                Format::Json | Format::Sarif => serde_json::to_string_pretty(&metas).unwrap_or_default() + "\n",
            };
            print(&text);
            ExitCode::SUCCESS
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("resolint: {message}");
    ExitCode::from(2)
}

/// What the command line says about configuration.
struct Options {
    lang: Option<String>,
    config: Option<String>,
}

/// The name of the configuration file looked for above each checked file.
const CONFIG_FILE: &str = "resolint.toml";

/// The configuration for `file`: `--config`, else the nearest `resolint.toml` in its
/// directory or above, else the defaults; then `--lang` on top. Errors name the file.
fn config_for(file: &str, options: &Options) -> Result<Config, String> {
    let path = match &options.config {
        Some(p) => Some(std::path::PathBuf::from(p)),
        None => {
            let start = if file == "-" { std::env::current_dir().ok() } else { std::fs::canonicalize(file).ok().and_then(|p| p.parent().map(Path::to_path_buf)) };
            start.and_then(|dir| dir.ancestors().map(|d| d.join(CONFIG_FILE)).find(|p| p.is_file()))
        }
    };
    let mut config = match path {
        Some(path) => {
            let shown = path.display();
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{shown}: cannot read the configuration: {e}"))?;
            let settings: resolint::config::Settings = toml::from_str(&text).map_err(|e| format!("{shown}: {}", e.message()))?;
            settings.into_config().map_err(|e| format!("{shown}: {e}"))?
        }
        None => Config::default(),
    };
    if let Some(lang) = options.lang.as_deref() {
        config.lang = if lang == "auto" {
            None
        } else {
            Some(Lang::from_code(lang).ok_or_else(|| resolint::Error::UnknownLanguage(lang.to_owned()).to_string())?)
        };
    }
    Ok(config)
}

/// Reads a draft as UTF-8 text, or says in one line what is wrong with it.
fn read(file: &str) -> Result<String, String> {
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("<stdin>: cannot read: {e}"))?;
        buf
    } else {
        let path = Path::new(file);
        if path.is_dir() {
            return Err(format!("{file}: is a directory, not a draft"));
        }
        std::fs::read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("{file}: no such file"),
            std::io::ErrorKind::PermissionDenied => format!("{file}: permission denied"),
            _ => format!("{file}: cannot read: {e}"),
        })?
    };
    if bytes.len() > resolint::parse::MAX_LEN {
        return Err(format!("{}: too large ({} bytes; resolint reads up to 4 GiB)", display(file), bytes.len()));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!("{}: not UTF-8 text (invalid byte at offset {}); save the draft as UTF-8 plain text", display(file), e.utf8_error().valid_up_to())
    })
}

fn display(file: &str) -> &str {
    if file == "-" { "<stdin>" } else { file }
}

fn check(files: &[String], format: Format, fix: bool, options: &Options, min: MinSeverity) -> ExitCode {
    let styled = format == Format::Human && std::io::stdout().is_terminal();
    let mut io_error = false;
    let mut any_errors = false;
    let mut totals = resolint::Summary::default();
    let mut sarif_inputs: Vec<(String, String, resolint::Report)> = Vec::new();
    for file in files {
        let config = match config_for(file, options) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("resolint: {e}");
                io_error = true;
                continue;
            }
        };
        let config = &config;
        let text = match read(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("resolint: {e}");
                io_error = true;
                continue;
            }
        };
        let text = if fix {
            let fixed = resolint::fix_all(&text, config);
            if fixed.applied > 0 {
                if let Err(e) = write_back(file, &fixed.text) {
                    eprintln!("resolint: {e}");
                    io_error = true;
                    continue;
                }
                eprintln!("resolint: {}: applied {} fix{}", display(file), fixed.applied, if fixed.applied == 1 { "" } else { "es" });
            } else if file == "-" {
                print(&fixed.text);
            }
            fixed.text
        } else {
            text
        };
        // One parse serves the directive warnings and the report.
        let mut report = {
            let doc = resolint::parse_with(&text, config.lang);
            warn_about_directives(file, &doc);
            resolint::report_of(&doc, config)
        };
        report.diagnostics.retain(|d| min.admits(d.severity));
        report.summary = resolint::Summary::of(&report.diagnostics);
        any_errors |= report.has_errors();
        let index = LineIndex::new(&text);
        let out = match format {
            Format::Human => {
                let mut s = render::human(display(file), &text, &index, &report.diagnostics, styled);
                let fixable = report.diagnostics.iter().filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability == resolint::Applicability::Safe)).count();
                s.push_str(&format!(
                    "{}: {} error{}, {} warning{}, {} info{}{}\n",
                    display(file),
                    report.summary.errors,
                    plural(report.summary.errors),
                    report.summary.warnings,
                    plural(report.summary.warnings),
                    report.summary.infos,
                    plural(report.summary.infos),
                    if fixable > 0 { format!(" ({fixable} fixable with --fix)") } else { String::new() }
                ));
                s
            }
            Format::Json => render::json(display(file), &text, &index, &report) + "\n",
            Format::Sarif => {
                totals.errors += report.summary.errors;
                totals.warnings += report.summary.warnings;
                totals.infos += report.summary.infos;
                sarif_inputs.push((display(file).to_owned(), text, report));
                continue;
            }
        };
        totals.errors += report.summary.errors;
        totals.warnings += report.summary.warnings;
        totals.infos += report.summary.infos;
        if fix && file == "-" {
            eprint!("{out}");
        } else {
            print(&out);
        }
    }
    if format == Format::Sarif {
        let inputs: Vec<(&str, &str, &resolint::Report)> = sarif_inputs.iter().map(|(f, t, r)| (f.as_str(), t.as_str(), r)).collect();
        print(&(render::sarif(&inputs) + "\n"));
    }
    if format == Format::Human && files.len() > 1 {
        print(&format!("total: {} error{}, {} warning{}, {} info{} in {} files\n", totals.errors, plural(totals.errors), totals.warnings, plural(totals.warnings), totals.infos, plural(totals.infos), files.len()));
    }
    if io_error {
        ExitCode::from(2)
    } else if any_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Says on stderr which `<!-- resolint-ignore … -->` lines name unknown rules.
fn warn_about_directives(file: &str, doc: &resolint::Document<'_>) {
    for d in &doc.directives {
        let line = doc.line_of(d.range.start);
        if d.malformed {
            eprintln!("resolint: {}:{line}: unknown directive; use resolint-ignore or resolint-ignore-file", display(file));
        }
        for name in &d.unknown {
            eprintln!("resolint: {}:{line}: unknown rule `{name}` in a resolint-ignore directive", display(file));
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Replaces `file` with `text` atomically, keeping its permissions; `-` prints it.
fn write_back(file: &str, text: &str) -> Result<(), String> {
    if file == "-" {
        print(text);
        return Ok(());
    }
    let path = Path::new(file);
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| format!("{file}: cannot write a temporary file beside it: {e}"))?;
    tmp.write_all(text.as_bytes()).map_err(|e| format!("{file}: cannot write: {e}"))?;
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(path).map_err(|e| format!("{file}: cannot replace it: {}", e.error))?;
    Ok(())
}

fn outline(file: &str, format: Format, options: &Options) -> ExitCode {
    let config = match config_for(file, options) {
        Ok(c) => c,
        Err(e) => return usage_error(&e),
    };
    let text = match read(file) {
        Ok(t) => t,
        Err(e) => return usage_error(&e),
    };
    let report = resolint::validate(&text, &config);
    let out = match format {
        Format::Human => render::outline(display(file), &report.outline, report.language),
        Format::Json | Format::Sarif => serde_json::to_string_pretty(&report.outline).unwrap_or_default() + "\n",
    };
    print(&out);
    ExitCode::SUCCESS
}

/// Prints to stdout, ignoring a closed pipe (`resolint check … | head`).
fn print(s: &str) {
    let mut out = anstream::stdout();
    let _ = out.write_all(s.as_bytes());
    let _ = out.flush();
}
