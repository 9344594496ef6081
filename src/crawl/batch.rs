//! A parallel batch over a bounded worker pool.
//!
//! [`Batch::run`] pulls inputs from any iterator (on the calling thread, so
//! the iterator need not be `Send`: a [`WarcReader`](super::warc::WarcReader)
//! is read sequentially), hands them to `jobs` worker threads over a bounded
//! channel, and gives the results to a sink **in input order**, each with its
//! input index. At most [`Batch::window`] inputs are in flight (queued,
//! being worked on, or finished and waiting for an earlier one), so peak
//! memory depends on the window, not on the number of inputs.
//!
//! A job that fails gives its error to the sink and the batch goes on; a
//! job that panics is reported as [`Error::Job`]. With one job, everything
//! runs on the calling thread (no thread is spawned).
//!
//! ```
//! use gleaner::crawl::batch::Batch;
//! let mut seen = Vec::new();
//! let stats = Batch::new(2).run(
//!     (1..=5u32).map(|n| n * 10),
//!     |n: u32| if n == 30 { Err(gleaner::Error::NoContent { url: None }) } else { Ok(n + 1) },
//!     |index, result| {
//!         seen.push((index, result.ok()));
//!         Ok(())
//!     },
//! )?;
//! assert_eq!(seen, [(0, Some(11)), (1, Some(21)), (2, None), (3, Some(41)), (4, Some(51))]);
//! assert_eq!((stats.ok, stats.failed), (4, 1));
//! # Ok::<(), gleaner::Error>(())
//! ```

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Mutex;

use crate::Error;

/// A bounded pool of worker threads. Cheap to build; threads live for the
/// duration of one [`run`](Batch::run).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub struct Batch {
    jobs: usize,
    window: Option<usize>,
}

/// What a [`Batch::run`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct BatchStats {
    /// Jobs that returned `Ok`.
    pub ok: u64,
    /// Jobs that returned an error or panicked.
    pub failed: u64,
    /// The most inputs in flight at once (at most the window).
    pub peak_in_flight: usize,
}

impl Default for Batch {
    fn default() -> Self {
        Batch::new(available_jobs())
    }
}

/// The number of threads the machine can run at once (at least 1).
pub fn available_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

impl Batch {
    /// A batch with `jobs` worker threads (at least 1).
    pub fn new(jobs: usize) -> Batch {
        Batch {
            jobs: jobs.max(1),
            window: None,
        }
    }

    /// The number of worker threads.
    pub fn jobs(&self) -> usize {
        self.jobs
    }

    /// The most inputs in flight at once (at least `jobs`).
    ///
    /// # Defaults
    /// `4 × jobs`: enough that a slow input does not idle the other workers
    /// while its successors wait to be written in order.
    pub fn window(mut self, window: usize) -> Batch {
        self.window = Some(window);
        self
    }

    fn window_size(&self) -> usize {
        self.window.unwrap_or(self.jobs * 4).max(self.jobs)
    }

    /// Runs `work` on every input over the worker pool, and `sink` on every
    /// result in input order (with the input's index, from 0). Returns when
    /// all inputs are done.
    ///
    /// # Errors
    /// Only the sink's own error (e.g. the output disk is full), which
    /// stops the batch; job errors go to the sink.
    pub fn run<I, T, R, F, S>(&self, inputs: I, work: F, mut sink: S) -> Result<BatchStats, Error>
    where
        I: IntoIterator<Item = T>,
        T: Send,
        R: Send,
        F: Fn(T) -> Result<R, Error> + Sync,
        S: FnMut(usize, Result<R, Error>) -> Result<(), Error>,
    {
        let window = self.window_size();
        let mut stats = BatchStats::default();
        if self.jobs == 1 {
            // One job: everything on the calling thread, no thread spawned,
            // so a scheduler that gives a shard one core gets one busy core.
            for (index, input) in inputs.into_iter().enumerate() {
                let result = guarded(index, || work(input));
                stats.peak_in_flight = 1;
                if result.is_ok() {
                    stats.ok += 1;
                } else {
                    stats.failed += 1;
                }
                sink(index, result)?;
            }
            return Ok(stats);
        }
        let (job_tx, job_rx) = sync_channel::<(usize, T)>(self.jobs);
        let job_rx: Mutex<Receiver<(usize, T)>> = Mutex::new(job_rx);
        // Room for every in-flight result: workers never block on it.
        let (res_tx, res_rx) = sync_channel::<(usize, Result<R, Error>)>(window);
        std::thread::scope(|scope| {
            // Owned here: dropping it when the loop ends stops the workers.
            let job_tx = job_tx;
            let res_rx = res_rx;
            for _ in 0..self.jobs {
                let res_tx = res_tx.clone();
                let (job_rx, work) = (&job_rx, &work);
                scope.spawn(move || loop {
                    let next = match job_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(poisoned) => poisoned.into_inner().recv(),
                    };
                    let Ok((index, input)) = next else {
                        return;
                    };
                    let result = guarded(index, || work(input));
                    if res_tx.send((index, result)).is_err() {
                        return;
                    }
                });
            }
            drop(res_tx);
            let mut inputs = inputs.into_iter();
            let mut exhausted = false;
            let (mut next_in, mut next_out) = (0usize, 0usize);
            let mut pending: BTreeMap<usize, Result<R, Error>> = BTreeMap::new();
            loop {
                while !exhausted && next_in - next_out < window {
                    match inputs.next() {
                        Some(input) => {
                            if job_tx.send((next_in, input)).is_err() {
                                exhausted = true;
                                break;
                            }
                            next_in += 1;
                            stats.peak_in_flight = stats.peak_in_flight.max(next_in - next_out);
                        }
                        None => exhausted = true,
                    }
                }
                if next_out == next_in {
                    break;
                }
                let Ok((index, result)) = res_rx.recv() else {
                    break;
                };
                pending.insert(index, result);
                while let Some(result) = pending.remove(&next_out) {
                    if result.is_ok() {
                        stats.ok += 1;
                    } else {
                        stats.failed += 1;
                    }
                    sink(next_out, result)?;
                    next_out += 1;
                }
            }
            Ok(())
        })?;
        Ok(stats)
    }
}

/// Runs one job, turning a panic into [`Error::Job`].
fn guarded<R>(index: usize, job: impl FnOnce() -> Result<R, Error>) -> Result<R, Error> {
    catch_unwind(AssertUnwindSafe(job)).unwrap_or_else(|panic| {
        Err(Error::Job {
            input: format!("input #{index}"),
            reason: panic_message(panic.as_ref()),
        })
    })
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "panicked".to_string()
    }
}
