//! A parallel batch over a bounded worker pool.
//!
//! [`Batch::run`] pulls inputs from any iterator (on the calling thread, so
//! the iterator need not be `Send`: a [`WarcReader`](super::warc::WarcReader)
//! is read sequentially), runs them on `jobs` threads — the calling thread
//! and `jobs - 1` helpers fed over a bounded channel — and gives the results
//! to a sink **in input order**, each with its input index.
//!
//! The calling thread reads, runs the sink, and works whenever the helpers
//! have enough queued (a helper waiting for input sleeps on a condition
//! variable, not holding the queue's lock, so the calling thread can always
//! take a queued input itself): `jobs` threads stay busy on `jobs` cores, and the
//! sequential part (reading, the sink) takes no core of its own. At most [`Batch::window`] inputs are in flight (queued,
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

use std::collections::{BTreeMap, VecDeque};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::sync_channel;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::Error;

/// A bounded pool of threads (the calling thread and `jobs - 1` helpers).
/// Cheap to build; helpers live for the duration of one [`run`](Batch::run).
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
    /// Jobs run on the calling thread (all of them with one job).
    pub on_caller: u64,
    /// Time the calling thread spent on the sequential part: pulling the
    /// inputs from the iterator and running the sink (wall clock). Over the
    /// whole run's CPU time, it bounds the speed-up of more jobs.
    pub sequential: Duration,
    /// Time the calling thread spent waiting for a helper's result (wall
    /// clock; nothing else to do because the window was full or the
    /// inputs were exhausted).
    pub caller_waited: Duration,
    /// Time the helpers spent waiting for an input, summed over them (wall
    /// clock; the calling thread had not queued any).
    pub helpers_waited: Duration,
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
    /// A batch on `jobs` threads, the calling thread included (at least 1).
    pub fn new(jobs: usize) -> Batch {
        Batch {
            jobs: jobs.max(1),
            window: None,
        }
    }

    /// The number of threads working, the calling thread included.
    pub fn jobs(&self) -> usize {
        self.jobs
    }

    /// The most inputs in flight at once (at least `jobs`).
    ///
    /// # Defaults
    /// `16 × jobs`: enough that a slow input does not idle the other
    /// threads while its successors wait to be given out in order (with
    /// `4 × jobs`, the helper of a 2-job crawl measurably waited for
    /// input). Half the window is the helpers' queue.
    pub fn window(mut self, window: usize) -> Batch {
        self.window = Some(window);
        self
    }

    fn window_size(&self) -> usize {
        self.window.unwrap_or(self.jobs * 16).max(self.jobs)
    }

    /// Runs `work` on every input over the pool, and `sink` on every
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
            let mut inputs = inputs.into_iter().enumerate();
            loop {
                let started = Instant::now();
                let next = inputs.next();
                stats.sequential += started.elapsed();
                let Some((index, input)) = next else {
                    break;
                };
                let result = guarded(index, || work(input));
                stats.peak_in_flight = 1;
                stats.on_caller += 1;
                if result.is_ok() {
                    stats.ok += 1;
                } else {
                    stats.failed += 1;
                }
                let started = Instant::now();
                let sunk = sink(index, result);
                stats.sequential += started.elapsed();
                sunk?;
            }
            return Ok(stats);
        }
        // The calling thread is one of the `jobs`: it reads the inputs and
        // hands them to `jobs - 1` helpers over a bounded queue, and when
        // the queue is full (the helpers have work buffered) it runs the
        // input itself instead of waiting. So `jobs` threads are busy, not
        // `jobs + 1` threads sharing `jobs` cores, and the reading and the
        // sink cost no core of their own.
        let helpers = self.jobs - 1;
        let queue = JobQueue::<(usize, T)>::new((window / 2).max(helpers));
        // Room for every in-flight result: helpers never block on it.
        let (res_tx, res_rx) = sync_channel::<(usize, Result<R, Error>)>(window);
        std::thread::scope(|scope| {
            // Closes the queue however this closure ends (done, the sink's
            // error, a panic of the sink): the helpers stop, the scope joins.
            let queue = CloseOnDrop(&queue);
            let mut handles = Vec::with_capacity(helpers);
            for _ in 0..helpers {
                let res_tx = res_tx.clone();
                let (queue, work) = (queue.0, &work);
                handles.push(scope.spawn(move || {
                    let mut waited = Duration::ZERO;
                    loop {
                        let asked = Instant::now();
                        let next = queue.pop();
                        waited += asked.elapsed();
                        let Some((index, input)) = next else {
                            return waited;
                        };
                        let result = guarded(index, || work(input));
                        if res_tx.send((index, result)).is_err() {
                            return waited;
                        }
                    }
                }));
            }
            drop(res_tx);
            let mut inputs = inputs.into_iter();
            let mut exhausted = false;
            let (mut next_in, mut next_out) = (0usize, 0usize);
            let mut pending: BTreeMap<usize, Result<R, Error>> = BTreeMap::new();
            loop {
                while let Ok((index, result)) = res_rx.try_recv() {
                    pending.insert(index, result);
                }
                while let Some(result) = pending.remove(&next_out) {
                    if result.is_ok() {
                        stats.ok += 1;
                    } else {
                        stats.failed += 1;
                    }
                    let started = Instant::now();
                    let sunk = sink(next_out, result);
                    stats.sequential += started.elapsed();
                    sunk?;
                    next_out += 1;
                }
                if !exhausted && next_in - next_out < window {
                    let started = Instant::now();
                    let next = inputs.next();
                    stats.sequential += started.elapsed();
                    let Some(input) = next else {
                        exhausted = true;
                        continue;
                    };
                    let index = next_in;
                    next_in += 1;
                    stats.peak_in_flight = stats.peak_in_flight.max(next_in - next_out);
                    if let Err((index, input)) = queue.0.try_push((index, input)) {
                        pending.insert(index, guarded(index, || work(input)));
                        stats.on_caller += 1;
                    }
                    continue;
                }
                if next_out == next_in {
                    break;
                }
                // Nothing more to read now: run a queued input rather than
                // wait.
                if let Some((index, input)) = queue.0.try_pop() {
                    pending.insert(index, guarded(index, || work(input)));
                    stats.on_caller += 1;
                    continue;
                }
                // Every missing result is being worked on by a helper.
                let asked = Instant::now();
                let next = res_rx.recv();
                stats.caller_waited += asked.elapsed();
                let Ok((index, result)) = next else {
                    break;
                };
                pending.insert(index, result);
            }
            drop(queue);
            for handle in handles {
                // A helper's panics are caught per job: joining cannot fail.
                stats.helpers_waited += handle.join().unwrap_or_default();
            }
            Ok(())
        })?;
        Ok(stats)
    }
}

/// The helpers' queue of inputs: bounded, first in first out, closed by
/// the calling thread when the batch ends.
///
/// A helper waiting for an input sleeps on `ready`, which releases the
/// lock while it sleeps: the lock is only ever held for a push or a pop, so
/// the calling thread can always queue an input or take a queued one back
/// at once. (A `Mutex<Receiver>` held across `recv()` kept the lock for as
/// long as an idle helper slept: the calling thread's attempt to take a
/// queued input then failed and it waited for a result instead of working.)
struct JobQueue<T> {
    state: Mutex<QueueState<T>>,
    ready: Condvar,
    capacity: usize,
}

struct QueueState<T> {
    jobs: VecDeque<T>,
    closed: bool,
    /// Helpers asleep in [`JobQueue::pop`].
    waiting: usize,
}

impl<T> JobQueue<T> {
    fn new(capacity: usize) -> JobQueue<T> {
        JobQueue {
            state: Mutex::new(QueueState {
                jobs: VecDeque::with_capacity(capacity),
                closed: false,
                waiting: 0,
            }),
            ready: Condvar::new(),
            capacity: capacity.max(1),
        }
    }

    /// The state; no code panics while holding it (jobs run outside it),
    /// so a poisoned lock still holds a consistent queue.
    fn state(&self) -> MutexGuard<'_, QueueState<T>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Queues `job` and wakes one waiting helper, or gives `job` back when
    /// the queue is full or closed.
    fn try_push(&self, job: T) -> Result<(), T> {
        let mut state = self.state();
        if state.closed || state.jobs.len() >= self.capacity {
            return Err(job);
        }
        state.jobs.push_back(job);
        let wake = state.waiting > 0;
        drop(state);
        if wake {
            self.ready.notify_one();
        }
        Ok(())
    }

    /// The oldest queued job, if any, without waiting.
    fn try_pop(&self) -> Option<T> {
        self.state().jobs.pop_front()
    }

    /// The oldest queued job, waiting for one; `None` once the queue is
    /// closed.
    fn pop(&self) -> Option<T> {
        let mut state = self.state();
        loop {
            if state.closed {
                return None;
            }
            if let Some(job) = state.jobs.pop_front() {
                return Some(job);
            }
            state.waiting += 1;
            state = self
                .ready
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
            state.waiting -= 1;
        }
    }

    /// Ends the queue: the jobs still queued are dropped (the batch is
    /// over: done, or stopped by the sink) and every helper's `pop` returns
    /// `None`.
    fn close(&self) {
        let mut state = self.state();
        state.closed = true;
        let dropped = std::mem::take(&mut state.jobs);
        drop(state);
        self.ready.notify_all();
        drop(dropped);
    }
}

/// Closes the queue when dropped.
struct CloseOnDrop<'a, T>(&'a JobQueue<T>);

impl<T> Drop for CloseOnDrop<'_, T> {
    fn drop(&mut self) {
        self.0.close();
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc::{channel, RecvTimeoutError};
    use std::sync::PoisonError;

    /// How long the test waits for what a correct batch does at once: a
    /// deadlock guard, not a timing assertion.
    const GUARD: Duration = Duration::from_secs(60);

    /// A thread descheduled in the middle of a job, made deterministic: the
    /// helper's first job (input 0: the calling thread reads input 1 only
    /// once the helper has taken it) blocks until the calling thread has run
    /// every other input it may run. So the test shows what the batch does
    /// while a helper makes no progress, without timing.
    ///
    /// The in-order window is the only wait: the calling thread runs every
    /// other input of the window (those it queued for the helper and those
    /// it reads), and reads nothing beyond it (the memory bound), for any
    /// window. If it waited on the stuck helper while it had inputs to run
    /// (a stall), the helper would never be released: the guard turns that
    /// into a failure instead of a hang.
    #[test]
    fn a_stuck_helper_holds_back_only_its_own_input_within_the_window() {
        for window in [2, 3, 4, 7, 32] {
            let caller = std::thread::current().id();
            let inputs = window * 6;
            let (taken_tx, taken_rx) = channel::<usize>();
            let taken_tx = Mutex::new(Some(taken_tx));
            let (release_tx, release_rx) = channel::<()>();
            let release_rx = Mutex::new(release_rx);
            let release_tx = Mutex::new(Some(release_tx));
            let run_while_stuck = AtomicUsize::new(0);
            let highest_while_stuck = AtomicUsize::new(0);
            let guard_fired = AtomicUsize::new(0);
            let reads = (0..inputs).inspect(|&n| {
                if n == 1 && taken_rx.recv_timeout(GUARD).is_err() {
                    guard_fired.fetch_add(1, Ordering::SeqCst);
                }
            });
            let stats = Batch::new(2)
                .window(window)
                .run(
                    reads,
                    |n: usize| {
                        if std::thread::current().id() != caller {
                            let first = taken_tx
                                .lock()
                                .unwrap_or_else(PoisonError::into_inner)
                                .take();
                            if let Some(taken) = first {
                                let _ = taken.send(n);
                                let rx = release_rx.lock().unwrap_or_else(PoisonError::into_inner);
                                if let Err(RecvTimeoutError::Timeout) = rx.recv_timeout(GUARD) {
                                    guard_fired.fetch_add(1, Ordering::SeqCst);
                                }
                            }
                            return Ok(n);
                        }
                        let mut release = release_tx.lock().unwrap_or_else(PoisonError::into_inner);
                        if release.is_some() {
                            highest_while_stuck.fetch_max(n, Ordering::SeqCst);
                            // Every other input of the stuck one's window:
                            // release the helper.
                            if run_while_stuck.fetch_add(1, Ordering::SeqCst) + 1 == window - 1 {
                                release.take();
                            }
                        }
                        Ok(n)
                    },
                    |index, result| {
                        assert_eq!(result.ok(), Some(index), "window {window}: out of order");
                        Ok(())
                    },
                )
                .expect("the sink never fails");
            assert_eq!(
                guard_fired.load(Ordering::SeqCst),
                0,
                "window {window}: the batch stalled"
            );
            assert_eq!(stats.ok as usize, inputs, "window {window}");
            assert!(stats.peak_in_flight <= window, "window {window}: {stats:?}");
            // Every input of the window after the stuck one (input 0), and
            // none beyond.
            assert_eq!(
                run_while_stuck.load(Ordering::SeqCst),
                window - 1,
                "window {window}"
            );
            assert_eq!(
                highest_while_stuck.load(Ordering::SeqCst),
                window - 1,
                "window {window}"
            );
        }
    }

    /// The hazard of a lock held while waiting, made deterministic: a helper
    /// asleep in `pop` (counted under the lock before it sleeps) must leave
    /// the lock free, so the calling thread can queue or take back an input
    /// at once. With the former `Mutex<Receiver>`, whose helper slept in
    /// `recv()` holding the guard, every `try_lock` here failed for as long
    /// as the helper slept.
    #[test]
    fn a_helper_waiting_for_input_leaves_the_queue_unlocked() {
        let queue = JobQueue::<usize>::new(4);
        std::thread::scope(|scope| {
            let helper = scope.spawn(|| queue.pop());
            let started = Instant::now();
            while queue.state().waiting == 0 {
                assert!(started.elapsed() < GUARD, "the helper never waited");
                std::thread::yield_now();
            }
            // Several tries: only a spurious wake-up of the helper could
            // hold the lock for a moment.
            let free = (0..1_000).any(|_| queue.state.try_lock().is_ok());
            assert!(free, "a helper waiting for input holds the queue's lock");
            // The calling thread can take back what it queued...
            assert_eq!(queue.try_push(1), Ok(()));
            let back = queue.try_pop();
            // ... unless the woken helper was quicker; either way the input
            // is taken once, and the next one reaches the helper.
            let helper_got = if back == Some(1) {
                assert_eq!(queue.try_push(2), Ok(()));
                2
            } else {
                1
            };
            assert_eq!(helper.join().ok().flatten(), Some(helper_got));
        });
    }

    /// Closing the queue wakes every waiting helper (the batch's end) and
    /// refuses and drops inputs (the sink's error stops the batch).
    #[test]
    fn closing_the_queue_stops_waiting_helpers_and_drops_queued_inputs() {
        let queue = JobQueue::<usize>::new(2);
        std::thread::scope(|scope| {
            let helpers: Vec<_> = (0..3).map(|_| scope.spawn(|| queue.pop())).collect();
            let started = Instant::now();
            while queue.state().waiting < 3 {
                assert!(started.elapsed() < GUARD, "the helpers never waited");
                std::thread::yield_now();
            }
            queue.close();
            for helper in helpers {
                assert_eq!(helper.join().ok(), Some(None));
            }
        });
        assert_eq!(queue.try_push(5), Err(5));
        let full = JobQueue::<usize>::new(2);
        assert_eq!(
            (full.try_push(1), full.try_push(2), full.try_push(3)),
            (Ok(()), Ok(()), Err(3))
        );
        assert_eq!(full.try_pop(), Some(1), "first in, first out");
        full.close();
        assert_eq!((full.try_pop(), full.pop()), (None, None));
    }

    /// A sink's error stops a batch whose helpers are busy or waiting, with
    /// inputs queued: the run returns the error instead of hanging.
    #[test]
    fn a_sink_error_stops_helpers_with_inputs_queued() {
        for jobs in [2, 3, 5] {
            let worked = AtomicUsize::new(0);
            let stopped = Batch::new(jobs).window(64).run(
                0..10_000usize,
                |n| {
                    worked.fetch_add(1, Ordering::SeqCst);
                    Ok(n)
                },
                |index, _| {
                    if index == 40 {
                        Err(Error::Config {
                            reason: "disk full".to_string(),
                        })
                    } else {
                        Ok(())
                    }
                },
            );
            assert!(stopped.is_err(), "jobs {jobs}");
            assert!(
                worked.load(Ordering::SeqCst) < 10_000,
                "jobs {jobs}: ran everything"
            );
        }
    }
}
