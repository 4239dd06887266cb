//! The `minutes` command: parse minutes files and print their structure.
//! A thin layer over the library: reading files, choosing a renderer.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

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
    /// Parse a file (or `-` for standard input) and print its structure.
    Parse {
        /// The minutes to read; `-` reads standard input.
        file: PathBuf,
        /// What to print.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// The Document as JSON (the contract of DESIGN.md).
    Json,
    /// An indented, readable outline.
    Outline,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            file,
            format,
            pretty,
        } => match run(&file, format, pretty) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("minutes: {message}");
                ExitCode::FAILURE
            }
        },
    }
}

fn run(file: &PathBuf, format: Format, pretty: bool) -> Result<(), String> {
    let name = file.display().to_string();
    let bytes = read(file).map_err(|e| format!("{name}: {e}"))?;
    let doc = minutes::parse_bytes(&bytes, &minutes::Options::default())
        .map_err(|e| format!("{name}: {e}"))?;
    let text = match format {
        Format::Json => minutes::render::json(&doc, pretty),
        // parse_bytes succeeded, so the bytes are UTF-8.
        Format::Outline => {
            minutes::render::outline(std::str::from_utf8(&bytes).unwrap_or_default(), &doc)
        }
    };
    let mut out = io::stdout().lock();
    let written = out.write_all(text.as_bytes()).and_then(|()| {
        if text.ends_with('\n') {
            Ok(())
        } else {
            out.write_all(b"\n")
        }
    });
    match written {
        // A closed pipe (`minutes parse f | head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| format!("writing output: {e}")),
    }
}

fn read(file: &PathBuf) -> io::Result<Vec<u8>> {
    if file.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        return Ok(buf);
    }
    if file.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "is a directory",
        ));
    }
    std::fs::read(file)
}
