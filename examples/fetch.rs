//! Fetches pages (or reads files) and prints their articles, metadata on top.
//!
//! ```text
//! cargo run --release --example fetch                       # local demo, no internet needed
//! cargo run --release --example fetch -- [--json|--markdown] [--explain] <URL|FILE>...
//! ```
//!
//! With no argument it starts a small HTTP server on 127.0.0.1 that serves a
//! bundled sample page (a news analysis republished by a spammy WordPress
//! auto-blog), and fetches it through the real [`Fetcher`]: robots.txt, a
//! redirect, charset detection and extraction all run as they would against
//! a real site.

use std::io::Write as _;
use std::process::ExitCode;
use std::time::Duration;

use gleaner::{Article, Error, Extractor, Fetcher, Url};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const DEMO_PAGE: &str = include_str!("demo/syndicated.html");
const DEMO_PATH: &str = "/2024/05/14/analysis-the-town-that-wanted-a-tram/";

#[derive(Clone, Copy)]
enum Format {
    Text,
    Json,
    Markdown,
}

#[tokio::main]
async fn main() -> ExitCode {
    let mut format = Format::Text;
    let mut explain = false;
    let mut inputs = Vec::new();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--json" => format = Format::Json,
            "--markdown" | "--md" => format = Format::Markdown,
            "--explain" => explain = true,
            "-h" | "--help" => {
                println!("usage: fetch [--json|--markdown] [--explain] [URL|FILE]...\n(no argument: a local demo)");
                return ExitCode::SUCCESS;
            }
            _ if a.starts_with("--") => {
                eprintln!("error: unknown option {a:?}");
                return ExitCode::FAILURE;
            }
            _ => inputs.push(a),
        }
    }
    let extractor = Extractor::builder().explain(explain).build();
    let fetcher = match Fetcher::builder()
        .extractor(extractor.clone())
        .timeout(Duration::from_secs(20))
        .build()
    {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };

    if inputs.is_empty() {
        return match demo(&fetcher, format, explain).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }

    let mut failed = false;
    for (i, input) in inputs.iter().enumerate() {
        if i > 0 && matches!(format, Format::Text | Format::Markdown) {
            let _ = writeln!(std::io::stdout(), "\n{}\n", "=".repeat(72));
        }
        let result = if input.starts_with("http://") || input.starts_with("https://") {
            fetcher.fetch_article(input).await
        } else {
            read_file(&extractor, input)
        };
        match result {
            Ok(article) => print_article(&article, format, explain),
            Err(e) => {
                failed = true;
                eprintln!("error: {input}: {e}");
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn read_file(extractor: &Extractor, path: &str) -> Result<Article, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::InvalidUrl {
        url: path.to_owned(),
        reason: format!("not a URL, and not a readable file: {e}"),
    })?;
    let url = std::fs::canonicalize(path)
        .ok()
        .and_then(|p| Url::from_file_path(p).ok());
    extractor.extract_bytes(&bytes, None, url.as_ref())
}

/// Serves the bundled page on 127.0.0.1 and fetches it through the fetcher.
async fn demo(fetcher: &Fetcher, format: Format, explain: bool) -> Result<(), String> {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| format!("cannot start the demo server: {e}"))?;
    let addr = listener
        .local_addr()
        .map_err(|e| format!("cannot start the demo server: {e}"))?;
    let server = tokio::spawn(serve_demo(listener));
    let short = format!("http://{addr}/?p=48211");
    eprintln!("demo: serving a sample auto-blog page on http://{addr}/ and fetching {short}");
    eprintln!(
        "demo: (fetch your own pages with: cargo run --release --example fetch -- <URL|FILE>...)\n"
    );
    let page = fetcher.fetch(&short).await.map_err(|e| e.to_string())?;
    eprintln!(
        "fetched {} -> {} ({} bytes, {} via {:?}, redirects: {})\n",
        page.requested_url(),
        page.url,
        page.bytes.len(),
        page.encoding,
        page.charset_source,
        page.redirects.len()
    );
    let article = fetcher
        .extract_page(page)
        .await
        .map_err(|e| e.to_string())?;
    server.abort();
    print_article(&article, format, explain);
    Ok(())
}

/// A minimal HTTP/1.1 server: robots.txt, a short link that redirects, and
/// the page.
async fn serve_demo(listener: TcpListener) {
    while let Ok((mut stream, _)) = listener.accept().await {
        tokio::spawn(async move {
            let mut buf = vec![0u8; 8192];
            let mut len = 0;
            while !buf[..len].windows(4).any(|w| w == b"\r\n\r\n") && len < buf.len() {
                match stream.read(&mut buf[len..]).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => len += n,
                }
            }
            let head = String::from_utf8_lossy(&buf[..len]);
            let path = head.split(' ').nth(1).unwrap_or("/");
            let (status, extra, body): (&str, String, &str) = match path {
                "/robots.txt" => (
                    "200 OK",
                    "Content-Type: text/plain\r\n".into(),
                    "User-agent: *\nDisallow: /wp-admin/\n",
                ),
                "/?p=48211" => (
                    "301 Moved Permanently",
                    format!("Location: {DEMO_PATH}\r\n"),
                    "",
                ),
                DEMO_PATH => (
                    "200 OK",
                    // No charset in the header: the decoder finds it in <meta>.
                    "Content-Type: text/html\r\n".into(),
                    DEMO_PAGE,
                ),
                _ => ("404 Not Found", String::new(), "not found"),
            };
            let response = format!(
                "HTTP/1.1 {status}\r\nConnection: close\r\n{extra}Content-Length: {}\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(response.as_bytes()).await;
            let _ = stream.shutdown().await;
        });
    }
}

fn print_article(article: &Article, format: Format, explain: bool) {
    let mut out = String::new();
    match format {
        Format::Json => match serde_json::to_string_pretty(article) {
            Ok(json) => out = json + "\n",
            Err(e) => eprintln!("error: cannot serialise: {e}"),
        },
        Format::Text | Format::Markdown => {
            out.push_str(&metadata(article));
            out.push('\n');
            if matches!(format, Format::Markdown) {
                out.push_str(&article.to_markdown());
            } else {
                out.push_str(&article.to_text());
            }
            out.push('\n');
            if explain {
                out.push_str(&format!("\n--- removed ({}) ---\n", article.removed.len()));
                for r in &article.removed {
                    out.push_str(&format!("[{}] {}\n", r.reason, r.preview));
                }
            }
        }
    }
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(out.as_bytes());
}

fn metadata(a: &Article) -> String {
    let mut out = String::new();
    let mut field = |name: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            out.push_str(&format!("{name:<12} {v}\n"));
        }
    };
    field("title", a.title.clone());
    field("url", a.url.as_ref().map(Url::to_string));
    field("canonical", a.canonical_url.as_ref().map(Url::to_string));
    field("site", a.site_name.clone());
    field("authors", Some(a.authors.join(", ")));
    field("published", a.published.map(|t| t.to_rfc3339()));
    field("modified", a.modified.map(|t| t.to_rfc3339()));
    field("language", a.lang.clone());
    field("section", a.section.clone());
    field("syndicated", a.syndicated.then(|| "yes".to_owned()));
    field("source", a.source_url.as_ref().map(Url::to_string));
    field("source name", a.source_name.clone());
    field("fetched", a.fetched_at.map(|t| t.to_rfc3339()));
    field("words", Some(a.word_count.to_string()));
    out
}
