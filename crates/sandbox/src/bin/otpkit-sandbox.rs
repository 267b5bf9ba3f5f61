//! `otpkit-sandbox`: the sandbox as a long-running process, for tests in any language.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use clap::Parser;
use otpkit_sandbox::{Config, Sandbox, Vendor};

/// A local, spec-faithful stand-in for Termii, pipwave, ShoutOUT and Octopush.
#[derive(Parser)]
#[command(
    version,
    after_help = "Examples:\n  otpkit-sandbox\n  otpkit-sandbox --addr 127.0.0.1:9000 --termii-key my-test-key\n\n\
                  Sandbox API: GET /_sandbox/messages[?destination=..], POST /_sandbox/clock {\"advance_secs\": N},\n\
                  GET|POST|DELETE /_sandbox/faults"
)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", env = "OTPKIT_SANDBOX_ADDR")]
    addr: SocketAddr,
    /// Termii API key the sandbox accepts.
    #[arg(long, env = "OTPKIT_SANDBOX_TERMII_KEY")]
    termii_key: Option<String>,
    /// pipwave API key the sandbox accepts.
    #[arg(long, env = "OTPKIT_SANDBOX_PIPWAVE_KEY")]
    pipwave_key: Option<String>,
    /// pipwave API secret that signs requests.
    #[arg(long, env = "OTPKIT_SANDBOX_PIPWAVE_SECRET")]
    pipwave_secret: Option<String>,
    /// ShoutOUT API key the sandbox accepts.
    #[arg(long, env = "OTPKIT_SANDBOX_SHOUTOUT_KEY")]
    shoutout_key: Option<String>,
    /// Octopush api-login the sandbox accepts.
    #[arg(long, env = "OTPKIT_SANDBOX_OCTOPUSH_LOGIN")]
    octopush_login: Option<String>,
    /// Octopush api-key the sandbox accepts.
    #[arg(long, env = "OTPKIT_SANDBOX_OCTOPUSH_KEY")]
    octopush_key: Option<String>,
}

impl Args {
    fn config(self) -> (SocketAddr, Config) {
        let mut config = Config::default();
        let set = |slot: &mut String, value: Option<String>| {
            if let Some(value) = value {
                *slot = value;
            }
        };
        set(&mut config.termii_api_key, self.termii_key);
        set(&mut config.pipwave_api_key, self.pipwave_key);
        set(&mut config.pipwave_api_secret, self.pipwave_secret);
        set(&mut config.shoutout_api_key, self.shoutout_key);
        set(&mut config.octopush_api_login, self.octopush_login);
        set(&mut config.octopush_api_key, self.octopush_key);
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

#[tokio::main]
async fn main() -> ExitCode {
    // Logs go to stderr: stdout carries only the banner, for scripts to read.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "otpkit_sandbox=info".into()),
        )
        .init();
    let (addr, config) = Args::parse().config();
    let sandbox = match Sandbox::bind(addr, config).await {
        Ok(sandbox) => sandbox,
        Err(e) => {
            eprintln!("error: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let c = sandbox.config();
    say(format_args!(
        "otpkit sandbox listening on http://{}",
        sandbox.addr()
    ));
    for vendor in Vendor::ALL {
        let credentials = match vendor {
            Vendor::Termii => format!("api_key (body) = {}", c.termii_api_key),
            Vendor::Pipwave => format!(
                "x-api-key = {}, api_secret = {}",
                c.pipwave_api_key, c.pipwave_api_secret
            ),
            Vendor::Shoutout => format!("Authorization: Apikey {}", c.shoutout_api_key),
            Vendor::Octopush => format!(
                "api-login = {}, api-key = {}",
                c.octopush_api_login, c.octopush_api_key
            ),
        };
        say(format_args!(
            "  {:<9} {:<45} {credentials}",
            vendor.name(),
            sandbox.base_url(vendor)
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
