//! Where `now` comes from. The core never reads the clock; the app owns a [`SystemClock`], tests
//! own a [`FakeClock`]. See `docs/timekeeping.md` for why the wall clock rules.

use std::cell::Cell;

use chrono::{DateTime, TimeDelta, Utc};

/// A source of wall-clock instants.
pub trait Clock {
    /// The current wall-clock instant.
    fn now(&self) -> DateTime<Utc>;
}

/// The system's wall clock (UTC). The only place in chairtime that reads it.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[expect(clippy::disallowed_methods, reason = "this is the one place that reads the wall clock")]
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to; for tests and simulations.
#[derive(Debug, Clone)]
pub struct FakeClock {
    now: Cell<DateTime<Utc>>,
}

impl FakeClock {
    /// A clock standing at `start`.
    pub fn new(start: DateTime<Utc>) -> Self {
        Self { now: Cell::new(start) }
    }

    /// Moves the clock by `d` (negative steps it back, like a manual clock change).
    pub fn advance(&self, d: TimeDelta) {
        self.now.set(self.now.get() + d);
    }

    /// Sets the clock to `t`.
    pub fn set(&self, t: DateTime<Utc>) {
        self.now.set(t);
    }
}

impl Clock for FakeClock {
    fn now(&self) -> DateTime<Utc> {
        self.now.get()
    }
}

/// A shared clock is a clock (tests keep one handle to move it, the app holds another).
impl<C: Clock + ?Sized> Clock for std::rc::Rc<C> {
    fn now(&self) -> DateTime<Utc> {
        (**self).now()
    }
}
