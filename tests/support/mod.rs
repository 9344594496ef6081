//! An in-process HTTP/1.1 server on 127.0.0.1 for the fetcher's tests.
//!
//! Each connection serves one request (`Connection: close`). The handler
//! gets the request and how many times its path was hit before, and returns
//! a [`Reply`]. The server logs every request with its arrival time and
//! tracks how many were in flight at once.
#![allow(dead_code)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A request as the handler sees it.
#[derive(Debug, Clone)]
pub struct Request {
    pub path: String,
    pub headers: HashMap<String, String>,
    /// How many earlier requests had the same path (0 for the first).
    pub nth: usize,
}

/// What the server does with a request.
pub enum Reply {
    /// A complete response.
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// The same, after a pause (to make requests overlap).
    Slow(Duration, Box<Reply>),
    /// Reads the request and never answers.
    Stall,
    /// Sends a 200 head, then one byte every `every`, forever.
    Trickle(Duration),
    /// Sends a 200 head without Content-Length, then `total` bytes of HTML
    /// in 16 KiB writes, counting the bytes the socket accepted.
    Huge { total: usize },
    /// Writes these bytes as they are (a hand-made, possibly broken
    /// response), then closes the connection, with a TCP reset (RST) when
    /// `reset`.
    Raw { bytes: Vec<u8>, reset: bool },
}

impl Reply {
    pub fn html(body: impl Into<Vec<u8>>) -> Reply {
        Reply::with_type(200, "text/html; charset=utf-8", body)
    }
    pub fn with_type(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Full {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
        }
    }
    pub fn status(status: u16) -> Reply {
        Reply::with_type(status, "text/plain", format!("status {status}"))
    }
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::Full {
            status,
            headers: vec![("Location".into(), location.into())],
            body: Vec::new(),
        }
    }
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Full { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub path: String,
    pub at: Instant,
    pub headers: HashMap<String, String>,
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

pub struct Server {
    pub addr: SocketAddr,
    hits: Arc<Mutex<Vec<Hit>>>,
    in_flight: Arc<AtomicUsize>,
    max_in_flight: Arc<AtomicUsize>,
    /// Bytes of a `Reply::Huge` body the socket accepted.
    pub huge_written: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    pub async fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = Arc::new(Mutex::new(Vec::new()));
        let in_flight = Arc::new(AtomicUsize::new(0));
        let max_in_flight = Arc::new(AtomicUsize::new(0));
        let huge_written = Arc::new(AtomicUsize::new(0));
        let handler: Arc<Handler> = Arc::new(handler);
        let counts = Arc::new(Mutex::new(HashMap::<String, usize>::new()));
        let (h, i, m, w) = (
            hits.clone(),
            in_flight.clone(),
            max_in_flight.clone(),
            huge_written.clone(),
        );
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let (handler, counts, h, i, m, w) = (
                    handler.clone(),
                    counts.clone(),
                    h.clone(),
                    i.clone(),
                    m.clone(),
                    w.clone(),
                );
                tokio::spawn(async move {
                    let _ = serve(stream, &*handler, &counts, &h, &i, &m, &w).await;
                });
            }
        });
        Server {
            addr,
            hits,
            in_flight,
            max_in_flight,
            huge_written,
            task,
        }
    }

    /// A server whose `/robots.txt` is a 404 (every path allowed, no
    /// delay asked), every other request answered by `handler`: the set-up
    /// of the fetcher tests that are not about robots.txt.
    pub async fn without_robots(
        handler: impl Fn(&Request) -> Reply + Send + Sync + 'static,
    ) -> Server {
        Server::start(move |r| {
            if r.path == "/robots.txt" {
                Reply::status(404)
            } else {
                handler(r)
            }
        })
        .await
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }

    /// Arrival times of requests to `path`.
    pub fn times(&self, path: &str) -> Vec<Instant> {
        self.hits()
            .into_iter()
            .filter(|h| h.path == path)
            .map(|h| h.at)
            .collect()
    }

    pub fn count(&self, path: &str) -> usize {
        self.times(path).len()
    }

    pub fn max_in_flight(&self) -> usize {
        self.max_in_flight.load(Ordering::SeqCst)
    }
}

struct InFlight<'a>(&'a AtomicUsize);
impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

async fn serve(
    mut stream: TcpStream,
    handler: &Handler,
    counts: &Mutex<HashMap<String, usize>>,
    hits: &Mutex<Vec<Hit>>,
    in_flight: &AtomicUsize,
    max_in_flight: &AtomicUsize,
    huge_written: &AtomicUsize,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let head = String::from_utf8_lossy(&buf).into_owned();
    let mut lines = head.split("\r\n");
    let path = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .unwrap_or("/")
        .to_owned();
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let nth = {
        let mut c = counts.lock().unwrap();
        let e = c.entry(path.clone()).or_insert(0);
        *e += 1;
        *e - 1
    };
    hits.lock().unwrap().push(Hit {
        path: path.clone(),
        at: Instant::now(),
        headers: headers.clone(),
    });
    let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    max_in_flight.fetch_max(now, Ordering::SeqCst);
    let _guard = InFlight(in_flight);
    let mut reply = handler(&Request { path, headers, nth });
    loop {
        match reply {
            Reply::Slow(pause, inner) => {
                tokio::time::sleep(pause).await;
                reply = *inner;
            }
            Reply::Full {
                status,
                headers,
                body,
            } => {
                let mut out = format!("HTTP/1.1 {status} X\r\nConnection: close\r\n");
                for (k, v) in &headers {
                    out.push_str(&format!("{k}: {v}\r\n"));
                }
                out.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
                stream.write_all(out.as_bytes()).await?;
                stream.write_all(&body).await?;
                stream.shutdown().await?;
                return Ok(());
            }
            Reply::Raw { bytes, reset } => {
                stream.write_all(&bytes).await?;
                stream.flush().await?;
                if reset {
                    // Give the client time to read what was sent, then
                    // abort: closing with a zero linger sends RST, not FIN.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    stream.set_zero_linger()?;
                    drop(stream);
                } else {
                    stream.shutdown().await?;
                }
                return Ok(());
            }
            Reply::Stall => {
                tokio::time::sleep(Duration::from_secs(30)).await;
                return Ok(());
            }
            Reply::Trickle(every) => {
                stream
                    .write_all(
                        b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n\r\n<html><body><p>",
                    )
                    .await?;
                for _ in 0..1000 {
                    tokio::time::sleep(every).await;
                    stream.write_all(b"a").await?;
                }
                return Ok(());
            }
            Reply::Huge { total } => {
                stream
                    .write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n\r\n<html><body>")
                    .await?;
                let block = vec![b'x'; 16 * 1024];
                let mut sent = 0;
                while sent < total {
                    stream.write_all(&block).await?;
                    sent += block.len();
                    huge_written.fetch_add(block.len(), Ordering::SeqCst);
                }
                return Ok(());
            }
        }
    }
}

/// A fetcher for tests against [`Server`]: short timeouts (a stalled
/// server fails in well under a second), no politeness delay, and two fast
/// retries. A test that measures delays or retries sets its own on top.
#[cfg(feature = "fetch")]
pub fn quick() -> gleaner::FetcherBuilder {
    gleaner::Fetcher::builder()
        .connect_timeout(Duration::from_millis(500))
        .read_timeout(Duration::from_millis(300))
        .timeout(Duration::from_secs(2))
        .host_delay(Duration::ZERO)
        .retry_base_delay(Duration::from_millis(40))
        .max_retries(2)
}

/// A small article page with enough text to extract.
pub fn article_page(title: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title} | Harbour Gazette</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <article><h1>{title}</h1>\
         <p>The harbour board voted on Tuesday to repair the eastern breakwater before the winter storms arrive.</p>\
         <p>Fishermen had asked for the work since a section of the wall collapsed during a gale last March.</p>\
         <p>The repairs are expected to take four months and will be paid for from the port's reserve fund.</p>\
         </article><footer>© Harbour Gazette</footer></body></html>"
    )
}
