//! The `resolint` command line, end to end: exit codes, output formats, errors naming
//! the file, several files per call, standard input, and `--fix` rewriting in place.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const CLEAN: &str = "DRAFT RESOLUTION\n\nSUPPORT FOR THE WORK OF THE COMMITTEE\n\nTHE GENERAL ASSEMBLY,\n\nRECALLING its previous resolutions on this subject;\n\nNOTING the annual report of the Committee; and\n\nCONSIDERING the importance of its work,\n\nRESOLVES:\n\n1.\tTo thank the Committee for its report.\n\n2.\tTo request the General Secretariat to support its work.\n";
const BROKEN: &str = "THE GENERAL ASSEMBLY,\n\nRECALLING its resolutions,\n\nRESOLVES:\n\n1.\tTo thank the Committee.\n\n1.\tTo request a report in in writing.\n";

fn resolint(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_resolint"))
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run resolint");
    if let Some(input) = stdin {
        // The command may exit (on a usage error) before reading: a closed pipe is fine.
        let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    }
    child.wait_with_output().unwrap()
}

fn write(dir: &tempfile::TempDir, name: &str, content: &[u8]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap();
    path.to_str().unwrap().to_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn clean_draft_exits_zero_with_no_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "clean.txt", CLEAN.as_bytes());
    let out = resolint(&["check", &file], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("0 errors, 0 warnings, 0 infos"));
}

#[test]
fn errors_exit_one_and_show_the_line_with_a_caret() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "broken.txt", BROKEN.as_bytes());
    let out = resolint(&["check", &file], None);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("error[operative-numbering]"), "{text}");
    assert!(text.contains(&format!("{file}:9:1")), "{text}");
    assert!(text.contains("^^"), "{text}");
    assert!(text.contains("1 error, 1 warning"), "{text}");
}

#[test]
fn json_output_follows_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "broken.txt", BROKEN.as_bytes());
    let out = resolint(&["check", "--format", "json", &file], None);
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).expect("one JSON object");
    assert_eq!(v["file"], file.as_str());
    assert_eq!(v["language"], "en");
    assert_eq!(v["outline"]["kind"], "resolution");
    assert_eq!(v["outline"]["sections"][0]["operative"], 2);
    assert!(v["outline"]["sections"][0]["heading"].is_null());
    let d = &v["diagnostics"][0];
    assert_eq!(d["rule"], "operative-numbering");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(9), Some(1)));
    let start = d["start"].as_u64().unwrap() as usize;
    assert_eq!(&BROKEN[start..start + 1], "1");
    assert_eq!(d["fix"]["applicability"], "safe");
    assert_eq!(d["fix"]["edits"][0]["text"], "2");
    assert_eq!(v["summary"]["errors"], 1);
}

#[test]
fn bad_files_are_named_and_the_others_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(&dir, "good.txt", CLEAN.as_bytes());
    let latin1 = write(&dir, "latin1.txt", b"THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask the Secretar\xeda.\n");
    let missing = dir.path().join("missing.txt").to_str().unwrap().to_owned();
    let folder = dir.path().to_str().unwrap().to_owned();
    let out = resolint(&["check", &missing, &latin1, &folder, &good], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(&format!("{missing}: no such file")), "{err}");
    assert!(err.contains(&format!("{latin1}: not UTF-8 text (invalid byte at offset")), "{err}");
    assert!(err.contains(&format!("{folder}: is a directory")), "{err}");
    assert!(stdout(&out).contains(&format!("{good}: 0 errors")), "the good file is still checked");
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let out = resolint(&["check", "-"], Some(BROKEN));
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("<stdin>:9:1"));
}

#[test]
fn crlf_and_a_byte_order_mark_are_accepted() {
    let text = format!("\u{feff}{}", CLEAN.replace('\n', "\r\n"));
    let out = resolint(&["check", "-"], Some(&text));
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn fix_rewrites_the_file_and_reports_what_it_changed() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "broken.txt", BROKEN.as_bytes());
    let out = resolint(&["check", "--fix", &file], None);
    assert!(stderr(&out).contains("applied 2 fixes"), "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let fixed = std::fs::read_to_string(&file).unwrap();
    assert_eq!(fixed, BROKEN.replace("1.\tTo request a report in in", "2.\tTo request a report in"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}

#[test]
fn fix_on_standard_input_prints_the_fixed_text() {
    let out = resolint(&["check", "--fix", "-"], Some(BROKEN));
    assert!(stdout(&out).contains("2.\tTo request a report in writing."));
}

#[test]
fn outline_prints_the_shape() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "clean.txt", CLEAN.as_bytes());
    let out = resolint(&["outline", &file], None);
    let text = stdout(&out);
    assert!(text.contains("resolution (en)"), "{text}");
    assert!(text.contains("SUPPORT FOR THE WORK OF THE COMMITTEE"));
    assert!(text.contains("3 preambular"), "{text}");
    let json = resolint(&["outline", "--format", "json", &file], None);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["sections"][0]["operative"], 2);
}

#[test]
fn rules_lists_every_rule() {
    let out = resolint(&["rules"], None);
    let text = stdout(&out);
    for rule in resolint::RULES {
        assert!(text.contains(rule.meta.name), "{}", rule.meta.name);
    }
    let json = resolint(&["rules", "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), resolint::RULES.len());
    assert_eq!(v[0]["name"], "not-a-resolution");
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(resolint(&["check", "--lang", "de", "-"], Some(CLEAN)).status.code(), Some(2));
    assert_eq!(resolint(&["check"], None).status.code(), Some(2));
    assert_eq!(resolint(&["frobnicate"], None).status.code(), Some(2));
}

#[test]
fn language_can_be_forced() {
    let out = resolint(&["check", "--format", "json", "--lang", "es", "-"], Some("LA ASAMBLEA GENERAL,\n\nRESUELVE:\n\n1. Solicitar un informe.\n"));
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["language"], "es");
    assert_eq!(v["summary"]["errors"], 0);
}

#[test]
fn the_nearest_configuration_file_applies_and_errors_name_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("drafts")).unwrap();
    std::fs::write(dir.path().join("resolint.toml"), "[rules]\ndoubled-word = \"off\"\noperative-numbering = \"warning\"\n").unwrap();
    let file = dir.path().join("drafts/broken.txt");
    std::fs::write(&file, BROKEN).unwrap();
    let file = file.to_str().unwrap();
    let out = resolint(&["check", file], None);
    assert_eq!(out.status.code(), Some(0), "numbering lowered to a warning: {}", stdout(&out));
    assert!(stdout(&out).contains("0 errors, 1 warning"), "{}", stdout(&out));
    let bad = write(&dir, "bad.toml", b"[rulez]\n");
    let out = resolint(&["check", "--config", &bad, file], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(&format!("{bad}: unknown field `rulez`")), "{}", stderr(&out));
}

#[test]
fn sarif_output_is_one_log_for_all_files() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", BROKEN.as_bytes());
    let b = write(&dir, "b.txt", CLEAN.as_bytes());
    let out = resolint(&["check", "--format", "sarif", &a, &b], None);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().all(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == a.as_str()));
    assert!(results.iter().any(|r| r["ruleId"] == "operative-numbering" && r["level"] == "error"));
}

#[test]
fn unknown_rules_in_directives_are_reported_on_stderr() {
    let out = resolint(&["check", "-"], Some("THE GENERAL ASSEMBLY,\n\n<!-- resolint-ignore no-such-rule -->\nRESOLVES:\n\n1. To ask.\n"));
    assert!(stderr(&out).contains("<stdin>:3: unknown rule `no-such-rule`"), "{}", stderr(&out));
}
