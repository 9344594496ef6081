//! Extracts the article from an HTML file (or `-` for standard input).
//!
//! ```text
//! cargo run --release --example extract -- [--json|--markdown|--html] [--explain] [--url URL] <FILE|->
//! ```
//!
//! `--explain` lists on standard error what was removed and why.
//!
//! On input it cannot extract, it prints one line naming the cause and exits
//! with status 1.

use std::io::{Read, Write};
use std::process::ExitCode;

use gleaner::{Extractor, Url};

enum Format {
    Text,
    Json,
    Markdown,
    Html,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut format = Format::Text;
    let mut url = None;
    let mut input = None;
    let mut explain = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => format = Format::Json,
            "--markdown" | "--md" => format = Format::Markdown,
            "--html" => format = Format::Html,
            "--explain" => explain = true,
            "--url" => {
                let u = args.next().ok_or("--url needs a value")?;
                url = Some(Url::parse(&u).map_err(|e| format!("invalid --url {u:?}: {e}"))?);
            }
            "-h" | "--help" => {
                println!(
                    "usage: extract [--json|--markdown|--html] [--explain] [--url URL] <FILE|->"
                );
                return Ok(());
            }
            _ if input.is_none() => input = Some(a),
            _ => return Err(format!("unexpected argument {a:?}")),
        }
    }
    let input = input.ok_or("missing input: give a FILE or - for standard input")?;
    let bytes = if input == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(&input).map_err(|e| format!("cannot read {input}: {e}"))?
    };
    let article = Extractor::builder()
        .explain(explain)
        .build()
        .extract_bytes(&bytes, None, url.as_ref())
        .map_err(|e| format!("{input}: {e}"))?;
    for removed in &article.removed {
        eprintln!("removed [{}] {}", removed.reason, removed.preview);
    }
    let out = match format {
        Format::Text => article.to_text(),
        Format::Markdown => article.to_markdown(),
        Format::Html => article.to_html(),
        Format::Json => serde_json::to_string_pretty(&article).map_err(|e| e.to_string())?,
    };
    // A closed pipe (`| head`) ends the output quietly.
    match writeln!(std::io::stdout().lock(), "{out}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write the article: {e}"))
        }
        _ => Ok(()),
    }
}
