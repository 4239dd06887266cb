//! Work: a deterministic count of the parser's loop steps, for the
//! `quadratic` fuzz target (feature `work-counter`). Without the feature the
//! counting compiles to nothing.

#[cfg(feature = "work-counter")]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Adds `n` steps of work.
#[inline(always)]
pub fn add(n: usize) {
    #[cfg(feature = "work-counter")]
    STEPS.with(|s| s.set(s.get().saturating_add(n as u64)));
    #[cfg(not(feature = "work-counter"))]
    let _ = n;
}

/// Runs `f` and returns its result with the steps of work it took.
#[cfg(feature = "work-counter")]
pub fn measure<T>(f: impl FnOnce() -> T) -> (T, u64) {
    STEPS.with(|s| s.set(0));
    let out = f();
    (out, STEPS.with(std::cell::Cell::get))
}
