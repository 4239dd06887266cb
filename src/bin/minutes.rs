//! The `minutes` command: parse minutes files and print their structure.
//! A thin layer over the library: finding files, reading them, choosing a
//! renderer, reporting. Exit codes: 0 all parsed, 1 some failed, 2 usage.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use globset::{Glob, GlobSet, GlobSetBuilder};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

#[derive(Parser)]
#[command(
    name = "minutes",
    version,
    about = "Turn UN-style meeting minutes into a typed syntax tree"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse files, folders (recursively) or standard input (`-`) and print
    /// their structure. Several inputs print one JSON document per line.
    Parse(ParseArgs),
}

#[derive(clap::Args)]
struct ParseArgs {
    /// Files or folders to read; `-` reads standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// What to print.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Indent the JSON (one input only).
    #[arg(long)]
    pretty: bool,
    /// One line of JSON per file: `{"path": …, "document": …}` or
    /// `{"path": …, "error": …}`.
    #[arg(long)]
    jsonl: bool,
    /// File names to take from folders (repeatable); default `*.txt` and `*.md`.
    #[arg(long = "glob", value_name = "PATTERN")]
    globs: Vec<String>,
    /// Decode every file with this encoding (`utf-8`, `utf-16le`, `gb18030`, …).
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
    /// The encoding tried when a file is not UTF-8, or `none` to refuse.
    #[arg(long, value_name = "LABEL", default_value = "gb18030")]
    fallback: String,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The Document as JSON (the contract of DESIGN.md).
    Json,
    /// An indented, readable outline.
    Outline,
    /// Clean CommonMark (task lists for actions).
    Markdown,
    /// Akoma Ntoso 3.0 XML (AKN4UN `debateReport name="meetingMinute"`).
    Akn,
    /// The action items as CSV.
    ActionsCsv,
    /// The action items as iCalendar to-dos.
    ActionsIcs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse(args) => parse(args),
    }
}

/// One input's outcome: its rendering, or a one-line error.
struct Outcome {
    path: String,
    bytes: usize,
    result: Result<String, String>,
}

fn parse(args: ParseArgs) -> ExitCode {
    let files = match find_files(&args.inputs, &args.globs) {
        Ok(files) if files.is_empty() => {
            eprintln!("minutes: no input files found");
            return ExitCode::from(2);
        }
        Ok(files) => files,
        Err(message) => {
            eprintln!("minutes: {message}");
            return ExitCode::from(2);
        }
    };
    let mut options = minutes::Options::default();
    options.encoding = args.encoding.clone();
    options.fallback_encoding =
        (!args.fallback.eq_ignore_ascii_case("none")).then(|| args.fallback.clone());
    let many = files.len() > 1;
    let lines = args.jsonl || (many && args.format == Format::Json);

    let started = Instant::now();
    let progress = (many && io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(files.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    });
    let outcomes: Vec<Outcome> = files
        .par_iter()
        .map(|path| {
            let outcome = run_one(path, &args, &options, lines);
            if let Some(bar) = &progress {
                bar.inc(1);
            }
            outcome
        })
        .collect();
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }

    let mut out = io::stdout().lock();
    let mut failed = 0;
    let mut bytes = 0;
    for o in &outcomes {
        bytes += o.bytes;
        let text = match &o.result {
            Ok(text) => text.clone(),
            Err(message) => {
                failed += 1;
                eprintln!("minutes: {}: {message}", o.path);
                if !lines {
                    continue;
                }
                serde_json::json!({ "path": o.path, "error": message }).to_string()
            }
        };
        let header = if many && !lines {
            format!("== {} ==\n", o.path)
        } else {
            String::new()
        };
        let written = write!(out, "{header}{text}").and_then(|()| {
            if text.ends_with('\n') {
                Ok(())
            } else {
                writeln!(out)
            }
        });
        match written {
            // A closed pipe (`minutes parse f | head`) ends the output quietly.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => break,
            Err(e) => {
                eprintln!("minutes: writing output: {e}");
                return ExitCode::FAILURE;
            }
            Ok(()) => {}
        }
    }
    if many {
        eprintln!(
            "minutes: {} files, {:.1} MB, {} failed, {:.2} s",
            outcomes.len(),
            bytes as f64 / 1e6,
            failed,
            started.elapsed().as_secs_f64()
        );
    }
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_one(path: &Path, args: &ParseArgs, options: &minutes::Options, lines: bool) -> Outcome {
    let name = path.display().to_string();
    let bytes = match read(path) {
        Ok(b) => b,
        Err(e) => {
            return Outcome {
                path: name,
                bytes: 0,
                result: Err(e.to_string()),
            };
        }
    };
    let size = bytes.len();
    let result = minutes::decode(&bytes, options)
        .map_err(|e| e.to_string())
        .map(|decoded| {
            let doc = minutes::parse_decoded(&decoded, options);
            if lines {
                serde_json::json!({ "path": name, "document": doc }).to_string()
            } else {
                match args.format {
                    Format::Json => minutes::render::json(&doc, args.pretty),
                    // The others read the decoded text the spans point into.
                    Format::Outline => minutes::render::outline(&decoded.text, &doc),
                    Format::Markdown => minutes::render::markdown(&decoded.text, &doc),
                    Format::Akn => minutes::render::akn(
                        &decoded.text,
                        &doc,
                        &minutes::render::AknOptions::default(),
                    ),
                    Format::ActionsCsv => minutes::render::actions_csv(&decoded.text, &doc),
                    Format::ActionsIcs => minutes::render::actions_ics(&decoded.text, &doc),
                }
            }
        });
    Outcome {
        path: name,
        bytes: size,
        result,
    }
}

/// Every file to parse: explicit files as given, folders searched
/// recursively for names matching the globs, in a stable order.
fn find_files(inputs: &[PathBuf], globs: &[String]) -> Result<Vec<PathBuf>, String> {
    let patterns: Vec<&str> = if globs.is_empty() {
        vec!["*.txt", "*.md"]
    } else {
        globs.iter().map(String::as_str).collect()
    };
    let mut builder = GlobSetBuilder::new();
    for p in &patterns {
        builder.add(Glob::new(p).map_err(|e| format!("bad --glob {p:?}: {e}"))?);
    }
    let set: GlobSet = builder.build().map_err(|e| e.to_string())?;
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(input)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file() && set.is_match(e.file_name()))
                .map(walkdir::DirEntry::into_path)
                .collect();
            found.sort();
            files.extend(found);
        } else {
            // Missing files are reported when read, with the others parsed.
            files.push(input.clone());
        }
    }
    Ok(files)
}

fn read(file: &Path) -> io::Result<Vec<u8>> {
    if file.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        return Ok(buf);
    }
    std::fs::read(file)
}
