//! The links' secrets: one token lets a page watch, the other lets it command. Each is 128 random
//! bits from the operating system, compared in constant time.

/// The two tokens of a share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tokens {
    /// Watching: the speaker link.
    pub view: String,
    /// Watching and commanding: the chair's remote.
    pub control: String,
}

/// What a request's token allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    /// No valid token: nothing (403).
    None,
    /// The speaker link's token: read the state.
    View,
    /// The remote's token: read the state and send commands.
    Control,
}

fn random_token() -> String {
    let mut bytes = [0u8; 16];
    // Without the system's random source there is no safe token; fall back to a token nobody can
    // present (an empty one never matches, see `same_token`).
    if getrandom::fill(&mut bytes).is_err() {
        return String::new();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Tokens {
    /// Two fresh tokens.
    pub fn generate() -> Self {
        Self { view: random_token(), control: random_token() }
    }

    /// What `presented` allows.
    pub fn access(&self, presented: &str) -> Access {
        if same_token(presented, &self.control) {
            Access::Control
        } else if same_token(presented, &self.view) {
            Access::View
        } else {
            Access::None
        }
    }
}

/// Whether two tokens are equal, in time that does not depend on where they differ. An empty
/// token never matches.
pub fn same_token(presented: &str, actual: &str) -> bool {
    let (a, b) = (presented.as_bytes(), actual.as_bytes());
    if b.is_empty() || a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_128_random_bits_and_differ() {
        let t = Tokens::generate();
        assert_eq!(t.view.len(), 32);
        assert!(t.view.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(t.view, t.control);
        assert_ne!(Tokens::generate().view, t.view);
    }

    #[test]
    fn the_view_token_watches_and_only_the_control_token_commands() {
        let t = Tokens::generate();
        assert_eq!(t.access(&t.view), Access::View);
        assert_eq!(t.access(&t.control), Access::Control);
        assert_eq!(t.access(""), Access::None);
        assert_eq!(t.access(&t.view[..31]), Access::None);
        let mut wrong = t.control.clone();
        wrong.replace_range(31.., if t.control.ends_with('0') { "1" } else { "0" });
        assert_eq!(t.access(&wrong), Access::None);
    }

    #[test]
    fn an_empty_token_never_matches_even_itself() {
        assert!(!same_token("", ""));
    }
}
