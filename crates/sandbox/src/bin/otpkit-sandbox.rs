//! `otpkit-sandbox`: the sandbox as a long-running process, for tests in any language.

use std::process::ExitCode;

use clap::Parser;
use otpkit_sandbox::cli;

/// A local, spec-faithful stand-in for every OTP vendor otpkit binds.
#[derive(Parser)]
#[command(version, after_help = cli::API_HELP)]
struct Command {
    #[command(flatten)]
    args: cli::Args,
}

#[tokio::main]
async fn main() -> ExitCode {
    cli::serve(Command::parse().args).await
}
