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
    let text = String::from_utf8(out.stdout).expect("UTF-8");
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
    let text = String::from_utf8(out.stdout).expect("UTF-8");
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
fn a_directory_is_a_one_line_error() {
    let out = minutes(&["parse", "seeds"], None);
    assert_one_line_error(&out, "is a directory");
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let out = minutes(&["parse", "-"], Some(b"abc\n\xff\xfe rest"));
    assert_one_line_error(&out, "invalid UTF-8 at byte 4");
}

#[test]
fn usage_errors_exit_2() {
    let out = minutes(&["parse"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = minutes(&["parse", SEED, "--format", "xml"], None);
    assert_eq!(out.status.code(), Some(2));
}
