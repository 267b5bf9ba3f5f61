//! The sandbox as a long-running process: its command-line flags and serve loop, shared by the
//! `otpkit-sandbox` binary and the `otpkit sandbox` command.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use crate::config::Config;

use crate::sandbox::Sandbox;

use crate::vendors::Vendor;

/// What the sandbox API offers, for `--help` texts.
pub const API_HELP: &str = "Examples:\n  otpkit-sandbox\n  otpkit sandbox --addr 127.0.0.1:9000 --set TERMII_API_KEY=my-test-key\n\n\
                            Sandbox API: GET /_sandbox/messages[?destination=..], POST /_sandbox/clock {\"advance_secs\": N},\n\
                            GET|POST|DELETE /_sandbox/faults, GET|POST /_sandbox/balances {\"vendor\": \"termii\", \"balance\": N},\n\
                            GET|POST /_sandbox/callbacks {\"vendor\": \"termii\", \"url\": \"http://127.0.0.1:9000/reports\"},\n\
                            POST /_sandbox/report-outcomes {\"destination\": \"+2348012345678\", \"outcome\": \"dnd\"}";

/// The most messages `--inbox-capacity` and codes `--session-capacity` may ask for: ten
/// million, a few GiB at most, far beyond any test run.
pub const MAX_CAPACITY: u32 = 10_000_000;

/// The sandbox's command-line flags (each but `--set` and `--expose` also read from an
/// environment variable).
#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Address to listen on. A loopback address (127.0.0.1, ::1) unless `--expose` is given.
    #[arg(long, default_value = "127.0.0.1:8080", env = "OTPKIT_SANDBOX_ADDR")]
    pub addr: SocketAddr,
    /// Allow an `--addr` that is not loopback (0.0.0.0, ::, a LAN address): everyone who can
    /// reach it can then read every code sent and the inbox, and change the clock, faults and
    /// balances through the control routes. Without it such an address is refused.
    #[arg(long)]
    pub expose: bool,
    /// A credential the sandbox accepts, or a sender ID it expects, by the name of the client's
    /// environment variable (`TERMII_API_KEY=my-test-key`); repeat for several. The start-up
    /// banner lists every setting and its value.
    #[arg(long = "set", value_name = "VAR=VALUE", value_parser = setting)]
    pub set: Vec<(String, String)>,
    /// Messages the inbox keeps, newest first: 1 to 10000000 [default: 100000].
    #[arg(long, env = "OTPKIT_SANDBOX_INBOX_CAPACITY", value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_CAPACITY)), allow_negative_numbers = true)]
    pub inbox_capacity: Option<u32>,
    /// Codes awaiting verification each vendor remembers, newest first; an older one verifies
    /// as not found: 1 to 10000000 [default: 100000].
    #[arg(long, env = "OTPKIT_SANDBOX_SESSION_CAPACITY", value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_CAPACITY)), allow_negative_numbers = true)]
    pub session_capacity: Option<u32>,
    /// Post a vendor's delivery reports to a URL, as the vendor does (Termii's signed with
    /// TERMII_SECRET_KEY; Octopush's unsigned: put your receiver's token in the URL): only
    /// http:// on a loopback host. Repeat, or comma-separate in the variable, for several.
    #[arg(long = "callback", value_name = "VENDOR=URL", env = "OTPKIT_SANDBOX_CALLBACKS", value_delimiter = ',', value_parser = callback)]
    pub callbacks: Vec<(Vendor, String)>,
    /// How long after a delivery its report is posted (`250ms`, `2s`; at most 1h) [default: 1s].
    #[arg(long, value_name = "DURATION", env = "OTPKIT_SANDBOX_REPORT_DELAY", value_parser = report_delay)]
    pub report_delay: Option<std::time::Duration>,
    /// A host name (besides localhost, 127.0.0.1 and `[::1]`) under which the page and the
    /// control routes answer, e.g. a container's name; repeat, or comma-separate in the
    /// variable, for several. The vendors' routes answer any host.
    #[arg(
        long = "allow-host",
        value_name = "HOST",
        env = "OTPKIT_SANDBOX_ALLOW_HOSTS",
        value_delimiter = ','
    )]
    pub allow_hosts: Vec<String>,
}

/// A `--callback VENDOR=URL`, with a known vendor and a loopback `http://` URL.
fn callback(text: &str) -> Result<(Vendor, String), String> {
    let (name, url) = text
        .split_once('=')
        .ok_or_else(|| format!("expected VENDOR=URL, got `{text}`"))?;
    let vendor: Vendor = serde_json::from_value(serde_json::Value::String(name.trim().into()))
        .map_err(|e| e.to_string())?;
    crate::reports::callback_url(url.trim())?;
    Ok((vendor, url.trim().to_string()))
}

/// A `--report-delay`, at most an hour.
fn report_delay(text: &str) -> Result<std::time::Duration, String> {
    let delay = humantime::parse_duration(text).map_err(|e| format!("`{text}`: {e}"))?;
    match crate::reports::delay_problem(delay) {
        Some(problem) => Err(problem),
        None => Ok(delay),
    }
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

/// What a sandbox on a non-loopback address hands to anyone who can reach it.
const EXPOSED: &str = "every code it sends (in the vendors' answers and its inbox at \
    /_sandbox/messages) and its control routes, which change its clock (/_sandbox/clock), faults \
    (/_sandbox/faults), balances (/_sandbox/balances) and where it posts delivery reports \
    (/_sandbox/callbacks: any http:// URL on this machine's loopback), with no authentication";

impl Args {
    /// Whether the address may be served: `Err` with the refusal when it is not loopback and
    /// `--expose` was not given; `Ok(Some(warning))` when it is exposed on purpose; `Ok(None)`
    /// on loopback. (An IPv4-mapped IPv6 loopback address, `::ffff:127.0.0.1`, is loopback.)
    pub fn exposure(&self) -> Result<Option<String>, String> {
        if self.addr.ip().to_canonical().is_loopback() {
            return Ok(None);
        }
        if self.expose {
            Ok(Some(format!(
                "warning: --expose: the sandbox on {} serves, to anyone who can reach that address, {EXPOSED}",
                self.addr
            )))
        } else {
            Err(format!(
                "error: --addr {} is not a loopback address: anyone who could reach it would get {EXPOSED}; \
                 listen on 127.0.0.1 (or ::1), or add --expose to serve it on purpose",
                self.addr
            ))
        }
    }

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
        config.callbacks = self.callbacks;
        config.allowed_hosts = self.allow_hosts;
        if let Some(delay) = self.report_delay {
            config.report_delay = delay;
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
    match args.exposure() {
        Ok(None) => {}
        Ok(Some(warning)) => eprintln!("{warning}"),
        Err(refusal) => {
            eprintln!("{refusal}");
            // Invalid input, as clap's own usage errors.
            return ExitCode::from(2);
        }
    }
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
    let (id_name, id_secret) = crate::sandbox::ID_SECRET_ENV;
    for vendor in Vendor::ALL {
        // The id secret is every vendor's: printed once, below.
        let settings: Vec<String> = sandbox
            .client_env(vendor)
            .iter()
            .filter(|(name, _)| *name != id_name)
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        say(format_args!(
            "  {:<9} {}",
            vendor.name(),
            settings.join(" ")
        ));
    }
    say(format_args!("  ids       {id_name}={id_secret}"));
    say(format_args!(
        "  inbox     http://{}/ (live page; JSON at /_sandbox/messages, events at /_sandbox/events)",
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
    fn a_zero_negative_or_too_large_capacity_is_refused_naming_the_flag() {
        for flag in ["--session-capacity", "--inbox-capacity"] {
            for bad in ["0", "-1", "lots", "10000001", "4294967296"] {
                let error = config(&[flag, bad]).unwrap_err().to_string();
                assert!(error.contains(flag), "{error}");
            }
            let most = config(&[flag, "10000000"]).unwrap();
            assert_eq!(
                most.inbox_capacity.max(most.session_capacity),
                10_000_000,
                "{flag}"
            );
        }
        let error = config(&["--inbox-capacity", "10000001"])
            .unwrap_err()
            .to_string();
        assert!(error.contains("1..=10000000"), "names the range: {error}");
    }

    fn exposure(flags: &[&str]) -> Result<Option<String>, String> {
        let argv = std::iter::once("otpkit-sandbox").chain(flags.iter().copied());
        Command::try_parse_from(argv).unwrap().args.exposure()
    }

    #[test]
    fn loopback_is_served_without_a_word() {
        for addr in [
            "127.0.0.1:0",
            "127.1.2.3:8080",
            "[::1]:0",
            "[::ffff:127.0.0.1]:0",
        ] {
            assert_eq!(exposure(&["--addr", addr]), Ok(None), "{addr}");
        }
        assert_eq!(exposure(&[]), Ok(None), "the default address");
    }

    #[test]
    fn a_non_loopback_address_needs_expose() {
        for addr in [
            "0.0.0.0:8080",
            "[::]:8080",
            "192.168.1.10:0",
            "[::ffff:0.0.0.0]:0",
        ] {
            let refusal = exposure(&["--addr", addr]).unwrap_err();
            for words in [
                "--expose",
                "not a loopback",
                "every code",
                "/_sandbox/messages",
                "clock",
                "faults",
                "balances",
            ] {
                assert!(refusal.contains(words), "{addr}: {words}: {refusal}");
            }
            let warning = exposure(&["--addr", addr, "--expose"]).unwrap().unwrap();
            for words in [
                "--expose",
                "anyone who can reach",
                "every code",
                "/_sandbox/messages",
                "/_sandbox/clock",
                "/_sandbox/faults",
                "/_sandbox/balances",
            ] {
                assert!(warning.contains(words), "{addr}: {words}: {warning}");
            }
        }
    }
}
