//! The sandbox as a long-running process: its command-line flags and serve loop, shared by the
//! `otpkit-sandbox` binary and the `otpkit sandbox` command.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use crate::{Config, Sandbox, Vendor};

/// What the sandbox API offers, for `--help` texts.
pub const API_HELP: &str = "Examples:\n  otpkit-sandbox\n  otpkit sandbox --addr 127.0.0.1:9000 --set TERMII_API_KEY=my-test-key\n\n\
                            Sandbox API: GET /_sandbox/messages[?destination=..], POST /_sandbox/clock {\"advance_secs\": N},\n\
                            GET|POST|DELETE /_sandbox/faults, GET|POST /_sandbox/balances {\"vendor\": \"termii\", \"balance\": N}";

/// The sandbox's command-line flags (each also read from an environment variable).
#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", env = "OTPKIT_SANDBOX_ADDR")]
    pub addr: SocketAddr,
    /// A credential the sandbox accepts, or a sender ID it expects, by the name of the client's
    /// environment variable (`TERMII_API_KEY=my-test-key`); repeat for several. The start-up
    /// banner lists every setting and its value.
    #[arg(long = "set", value_name = "VAR=VALUE", value_parser = setting)]
    pub set: Vec<(String, String)>,
    /// Messages the inbox keeps, newest first [default: 100000].
    #[arg(long, env = "OTPKIT_SANDBOX_INBOX_CAPACITY", value_parser = clap::value_parser!(u32).range(1..), allow_negative_numbers = true)]
    pub inbox_capacity: Option<u32>,
    /// Codes awaiting verification each vendor remembers, newest first; an older one verifies
    /// as not found [default: 100000].
    #[arg(long, env = "OTPKIT_SANDBOX_SESSION_CAPACITY", value_parser = clap::value_parser!(u32).range(1..), allow_negative_numbers = true)]
    pub session_capacity: Option<u32>,
}

/// A `--set VAR=VALUE`, with `VAR` a known setting.
fn setting(text: &str) -> Result<(String, String), String> {
    let (name, value) = text
        .split_once('=')
        .ok_or_else(|| format!("expected VAR=VALUE, got `{text}`"))?;
    if value.trim().is_empty() {
        return Err(format!("{name} needs a value"));
    }
    // Checked here, so that a typo is a usage error naming the known settings.
    crate::vendors::check_setting(name)?;
    Ok((name.to_string(), value.to_string()))
}

impl Args {
    /// The address, credentials and capacities the flags ask for.
    pub fn config(self) -> (SocketAddr, Config) {
        let mut config = Config::default();
        for (name, value) in self.set {
            // Each name was checked when the flag was parsed.
            let _ = config.set_var(&name, value);
        }
        if let Some(capacity) = self.inbox_capacity {
            config.inbox_capacity = capacity as usize;
        }
        if let Some(capacity) = self.session_capacity {
            config.session_capacity = capacity as usize;
        }
        (self.addr, config)
    }
}

/// Prints a line; a closed stdout (a reader that went away) must not stop the server.
fn say(line: std::fmt::Arguments<'_>) {
    let mut out = std::io::stdout().lock();
    let _ = out
        .write_fmt(line)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
}

/// Serves until Ctrl-C: prints, on stdout, one line per vendor with its client settings as
/// otpkit's environment variables (`termii TERMII_BASE_URL=http://… TERMII_API_KEY=…`),
/// logs each request on stderr (`RUST_LOG`, default `otpkit_sandbox=info`).
pub async fn serve(args: Args) -> ExitCode {
    // Logs go to stderr: stdout carries only the banner, for scripts to read.
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "otpkit_sandbox=info".into()),
        )
        .try_init();
    let (addr, config) = args.config();
    let sandbox = match Sandbox::bind(addr, config).await {
        Ok(sandbox) => sandbox,
        Err(e) => {
            eprintln!("error: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    say(format_args!(
        "otpkit sandbox listening on http://{}",
        sandbox.addr()
    ));
    for vendor in Vendor::ALL {
        let settings: Vec<String> = sandbox
            .client_env(vendor)
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        say(format_args!(
            "  {:<9} {}",
            vendor.name(),
            settings.join(" ")
        ));
    }
    say(format_args!(
        "  inbox     http://{}/_sandbox/messages",
        sandbox.addr()
    ));
    if let Err(e) = tokio::signal::ctrl_c().await {
        eprintln!("error: cannot wait for Ctrl-C: {e}");
    }
    sandbox.shutdown().await;
    say(format_args!("stopped"));
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Parser)]
    struct Command {
        #[command(flatten)]
        args: Args,
    }

    fn config(flags: &[&str]) -> Result<Config, clap::Error> {
        let argv = std::iter::once("otpkit-sandbox").chain(flags.iter().copied());
        Command::try_parse_from(argv).map(|c| c.args.config().1)
    }

    #[test]
    fn capacities_come_from_flags_or_default() {
        let set = config(&["--inbox-capacity", "5", "--session-capacity", "7"]).unwrap();
        assert_eq!((set.inbox_capacity, set.session_capacity), (5, 7));
        let defaults = config(&[]).unwrap();
        assert_eq!(
            (defaults.inbox_capacity, defaults.session_capacity),
            (100_000, 100_000)
        );
    }

    #[test]
    fn set_changes_a_known_setting_and_refuses_an_unknown_one() {
        let set = config(&[
            "--set",
            "TERMII_API_KEY=mine",
            "--set",
            "OCTOPUSH_API_LOGIN=a@b.c",
        ])
        .unwrap();
        assert_eq!(set.var("TERMII_API_KEY"), Some("mine"));
        assert_eq!(set.var("OCTOPUSH_API_LOGIN"), Some("a@b.c"));
        assert_eq!(set.var("SHOUTOUT_API_KEY"), Some("sandbox-shoutout-key"));
        for bad in ["TERMII_KEY=x", "TERMII_API_KEY", "TERMII_API_KEY= "] {
            let error = config(&["--set", bad]).unwrap_err().to_string();
            assert!(error.contains("--set"), "{error}");
        }
        let error = config(&["--set", "NOPE=1"]).unwrap_err().to_string();
        assert!(
            error.contains("TERMII_API_KEY"),
            "names the known settings: {error}"
        );
    }

    #[test]
    fn a_zero_or_negative_capacity_is_refused_naming_the_flag() {
        for bad in ["0", "-1", "lots"] {
            let error = config(&["--session-capacity", bad])
                .unwrap_err()
                .to_string();
            assert!(error.contains("--session-capacity"), "{error}");
        }
    }
}
