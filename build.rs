//! Names the commit the binary is built from, for `chairtime --version`: `CHAIRTIME_COMMIT` when
//! set (a build from a source tarball can pass it), else `git rev-parse --short=10 HEAD`, else
//! "unknown". docs/packaging.md.

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    // Built as root in a checkout another user owns, git would refuse ("dubious ownership");
    // reading the commit is harmless.
    let out = Command::new("git").args(["-c", "safe.directory=*"]).args(args).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    (out.status.success() && !text.is_empty()).then_some(text)
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CHAIRTIME_COMMIT");
    let commit = std::env::var("CHAIRTIME_COMMIT")
        .ok()
        .filter(|c| !c.is_empty())
        .or_else(|| git(&["rev-parse", "--short=10", "HEAD"]))
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=CHAIRTIME_COMMIT={commit}");
    // Built again when HEAD moves: a new commit on the branch, or another branch checked out.
    // `--git-path` finds each file in a worktree too (HEAD per worktree, refs in the common dir).
    let mut watched =
        vec![git(&["rev-parse", "--git-path", "HEAD"]), git(&["rev-parse", "--git-path", "packed-refs"])];
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        watched.push(git(&["rev-parse", "--git-path", &branch]));
    }
    // A file that does not exist would make cargo run this script on every build.
    for path in watched.into_iter().flatten().filter(|p| Path::new(p).exists()) {
        println!("cargo:rerun-if-changed={path}");
    }
}
