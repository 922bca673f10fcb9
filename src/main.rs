//! The `chairtime` binary: all behaviour lives in the library.

fn main() -> std::process::ExitCode {
    chairtime::cli::main()
}
