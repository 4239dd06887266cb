//! The `minutes` command: both formats, standard input, and every error
//! with its exit code and a one-line message.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED: &str = "seeds/001_cfc10069e99c5b91.txt";

fn minutes(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minutes"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut pipe = child.stdin.take().expect("stdin");
    if let Some(bytes) = stdin {
        pipe.write_all(bytes).expect("write stdin");
    }
    drop(pipe);
    child.wait_with_output().expect("the binary ends")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_one_line_error(out: &Output, needle: &str) {
    assert_eq!(out.status.code(), Some(1), "should exit 1");
    let err = stderr(out);
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "the error should be one line: {err:?}"
    );
    assert!(
        err.contains(needle),
        "the error should say {needle:?}: {err:?}"
    );
    assert!(!err.contains("panicked"), "no panic message: {err:?}");
}

#[test]
fn json_is_the_default_format_and_matches_the_library() {
    let out = minutes(&["parse", SEED], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let printed: minutes::Document =
        serde_json::from_slice(&out.stdout).expect("the output is a Document");
    let text = std::fs::read_to_string(SEED).expect("seed");
    assert_eq!(
        printed,
        minutes::parse(&text),
        "the CLI should print what the library parses"
    );
}

#[test]
fn pretty_json_is_indented() {
    let out = minutes(&["parse", SEED, "--pretty"], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout.clone()).expect("UTF-8");
    assert!(
        text.starts_with("{\n  \"version\": 1,"),
        "pretty JSON should be indented: {}",
        &text[..40]
    );
}

#[test]
fn outline_shows_meta_numbers_and_actions() {
    let out = minutes(&["parse", SEED, "--format", "outline"], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout.clone()).expect("UTF-8");
    assert!(
        text.starts_with(
            "IGF MAG 2025 第一次会议\n2025-01-30 · 12:00 UTC · 线上 · online · lang zh\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\n6. IGF 闭会期间的工作\n  a. IGF 最佳实践论坛"),
        "numbers and nesting should show"
    );
    assert!(
        text.contains("→ IGF 秘书处将在 2 月下半月安排一次 MAG-LP 联席会议。  [IGF 秘书处]"),
        "actions with their actor"
    );
}

#[test]
fn every_output_format_renders_a_seed() {
    for (format, starts) in [
        ("markdown", "# IGF MAG 2025 第一次会议"),
        ("akn", "<?xml"),
        ("actions-csv", "section,actor,due,due_text,text,line"),
        ("actions-ics", "BEGIN:VCALENDAR"),
    ] {
        let out = minutes(&["parse", SEED, "--format", format], None);
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(
            text.starts_with(starts),
            "{format} should start with {starts:?}: {}",
            &text[..text.len().min(80)]
        );
    }
}

#[test]
fn a_dash_reads_standard_input() {
    let out = minutes(
        &["parse", "-"],
        Some("1. Opening\n\n- The Chair will open the meeting.\n".as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: minutes::Document = serde_json::from_slice(&out.stdout).expect("a Document");
    assert_eq!(doc.sections[0].title, "Opening");
}

#[test]
fn a_missing_file_is_a_one_line_error() {
    let out = minutes(&["parse", "no/such/file.txt"], None);
    assert_one_line_error(&out, "no/such/file.txt");
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let out = minutes(
        &["parse", "-", "--fallback", "none"],
        Some(b"abc\n\xff\xfe rest"),
    );
    assert_one_line_error(&out, "invalid UTF-8 at byte 4");
    let out = minutes(&["parse", "-"], Some(b"abc\n\xff\xfe rest"));
    assert_one_line_error(&out, "invalid gb18030 at byte 4");
}

#[test]
fn usage_errors_exit_2() {
    let out = minutes(&["parse"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = minutes(&["parse", SEED, "--format", "xml"], None);
    assert_eq!(out.status.code(), Some(2));
}

/// A folder of minutes in several encodings, one broken file, one file of
/// another kind, and a sub-folder.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let p = dir.path();
    let zh = std::fs::read_to_string(SEED).expect("seed");
    std::fs::write(p.join("good.txt"), &zh).expect("write");
    let (gb, _, _) = encoding_rs::GB18030.encode(&zh);
    std::fs::write(p.join("gb18030.txt"), gb).expect("write");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(zh.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(p.join("utf16.txt"), utf16).expect("write");
    // UTF-16LE with a lone surrogate: undecodable.
    std::fs::write(
        p.join("broken.txt"),
        [0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0],
    )
    .expect("write");
    std::fs::write(p.join("slides.pdf"), b"%PDF-1.4").expect("write");
    std::fs::create_dir(p.join("sub")).expect("mkdir");
    std::fs::write(
        p.join("sub/nested.md"),
        "# Meeting\n\n1. Opening\n\n- The Chair will open.\n",
    )
    .expect("write");
    dir
}

#[test]
fn a_folder_parses_every_file_in_any_encoding_and_reports_the_broken_one() {
    let dir = folder();
    let out = minutes(
        &["parse", dir.path().to_str().expect("utf-8 path"), "--jsonl"],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "one file failed, so exit 1");
    let stdout = String::from_utf8(out.stdout.clone()).expect("UTF-8");
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON per line"))
        .collect();
    assert_eq!(
        records.len(),
        5,
        "four .txt files and one .md; the .pdf is skipped"
    );
    let by_name = |name: &str| {
        records
            .iter()
            .find(|r| r["path"].as_str().is_some_and(|p| p.ends_with(name)))
            .expect(name)
    };
    assert!(
        by_name("broken.txt")["error"]
            .as_str()
            .expect("an error")
            .contains("invalid UTF-16LE")
    );
    let good: minutes::Document =
        serde_json::from_value(by_name("good.txt")["document"].clone()).expect("a Document");
    for name in ["gb18030.txt", "utf16.txt"] {
        let doc: minutes::Document =
            serde_json::from_value(by_name(name)["document"].clone()).expect("a Document");
        let titles = |d: &minutes::Document| {
            d.sections
                .iter()
                .map(|s| s.title.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(titles(&doc), titles(&good), "{name} keeps the structure");
        assert_eq!(
            doc.actions.len(),
            good.actions.len(),
            "{name} keeps the actions"
        );
    }
    assert_eq!(
        by_name("gb18030.txt")["document"]["source"]["encoding"],
        "gb18030"
    );
    assert_eq!(
        by_name("utf16.txt")["document"]["source"]["encoding"],
        "UTF-16LE"
    );
    let err = stderr(&out);
    assert!(
        err.contains("broken.txt: invalid UTF-16LE"),
        "the broken file is named: {err}"
    );
    assert!(
        err.lines()
            .last()
            .is_some_and(|l| l.starts_with("minutes: 5 files,") && l.contains("1 failed")),
        "a summary line ends stderr: {err}"
    );
}

#[test]
fn globs_choose_the_files_of_a_folder() {
    let dir = folder();
    let out = minutes(
        &[
            "parse",
            dir.path().to_str().expect("utf-8 path"),
            "--glob",
            "*.md",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout.clone())
            .expect("UTF-8")
            .lines()
            .count(),
        1,
        "only the .md file"
    );
}

#[test]
fn a_missing_file_among_others_fails_alone() {
    let out = minutes(&["parse", SEED, "no/such.txt", "--format", "outline"], None);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout.clone()).expect("UTF-8");
    assert!(
        stdout.starts_with(&format!("== {SEED} ==\n")),
        "outlines are headed by their path"
    );
    assert!(stderr(&out).contains("no/such.txt"));
}

#[test]
fn a_thousand_files_parse_in_one_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = std::fs::read_to_string(SEED).expect("seed");
    for i in 0..1000 {
        std::fs::write(dir.path().join(format!("m{i:04}.txt")), &seed).expect("write");
    }
    let out = minutes(&["parse", dir.path().to_str().expect("utf-8 path")], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8(out.stdout.clone())
            .expect("UTF-8")
            .lines()
            .count(),
        1000
    );
    assert!(
        stderr(&out).contains("minutes: 1000 files,") && stderr(&out).contains(" 0 failed,"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_empty_folder_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = minutes(&["parse", dir.path().to_str().expect("utf-8 path")], None);
    assert_eq!(out.status.code(), Some(2));
}
