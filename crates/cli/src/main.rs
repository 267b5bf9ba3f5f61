//! `otpkit`: the command-line face of otpkit. `demo` runs the whole flow for every vendor
//! against the embedded sandbox; `sandbox` serves the sandbox for tests in any language; `send`
//! and `verify` talk to real vendors (or a sandbox, with `--base-url`).

mod demo;
mod exit;
mod guard;
mod output;
mod providers;
mod webhook;

use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};
use otpkit::{Alphabet, Channel, IdSeal, Otp, SendRequest, VerificationId, VerifyRequest};
use secrecy::ExposeSecret;
use serde_json::json;

#[derive(Parser)]
#[command(
    name = "otpkit",
    version,
    about = "Send and verify one-time codes through every OTP vendor otpkit binds",
    after_help = "Exit codes: 0 success; 1 code not approved (or a demo check failed); 2 invalid input;\n\
                  3 credentials missing or refused; 4 vendor or network failure;\n\
                  5 refused by the guard (a limit against SMS pumping or brute force; nothing was sent)."
)]
struct Cli {
    /// Print one JSON object instead of text (errors too, on stdout).
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run send -> inbox -> wrong code -> right code for every vendor against the embedded sandbox.
    #[command(after_help = "Examples:\n  otpkit demo\n  otpkit demo --json")]
    Demo,
    /// Serve the sandbox until Ctrl-C, printing each vendor's base URL and credentials.
    #[command(after_help = otpkit_sandbox::cli::API_HELP)]
    Sandbox(otpkit_sandbox::cli::Args),
    /// Send a code. Credentials come from the environment (see the README) or the flags; the
    /// printed id is sealed with OTPKIT_ID_SECRET, which must be set.
    #[command(after_help = "Examples:\n  otpkit send --to +2348012345678\n  \
        otpkit send --vendor termii --to +2348012345678 --length 6 --ttl 5m --template 'Your code is {code}'\n  \
        otpkit send --vendor shoutout --to +94771234567 --base-url http://127.0.0.1:8080/shoutout --api-key sandbox-shoutout-key --sender-id ShoutDEMO")]
    Send(Send),
    /// What the vendor says about the message that carried a code: queued, sent, delivered,
    /// undelivered, rejected (DND, blacklisted) or unknown, with its own status text.
    #[command(
        after_help = "Vendors without a status look-up answer that they do not offer one (exit 2).\n\nExamples:\n  otpkit status --id termii.1.MjlhZTY3YzI\n  otpkit status --id shoutout.1.b3RwXzEx --json"
    )]
    Status(Status),
    /// The account balance with each configured vendor (or the one named).
    #[command(
        after_help = "Vendors without a balance look-up are listed as not offering one.\n\nExamples:\n  otpkit balance\n  otpkit balance --vendor termii --json"
    )]
    Balance(BalanceArgs),
    /// Verify a code against the id `send` printed.
    #[command(
        after_help = "Ids are sealed with OTPKIT_ID_SECRET (the same as `send` used).\n\nExamples:\n  otpkit verify --id termii.1.MjlhZTY3YzI --to +2348012345678 --code 123456\n  \
        otpkit verify --id octopush.1.b3RwXzEx --to +33612345678 --code 123456 --base-url http://127.0.0.1:8080/octopush/v1/public"
    )]
    Verify(Verify),
    /// Receive a vendor's delivery reports: each is authenticated (Termii's signature,
    /// Octopush's URL token) and printed, one per line.
    #[command(subcommand)]
    Webhook(webhook::Command),
}

#[derive(Clone, Copy, ValueEnum)]
enum ChannelArg {
    Sms,
    Voice,
    Whatsapp,
    Email,
    InApp,
}

#[derive(Clone, Copy, ValueEnum)]
enum AlphabetArg {
    Numeric,
    Alphanumeric,
}

#[derive(clap::Args)]
struct Send {
    /// Vendor to send through; without it, route by the destination's country (each vendor's
    /// home countries, then the global fallback) over every vendor configured in the
    /// environment.
    #[arg(long, value_parser = providers::vendor_names())]
    vendor: Option<String>,
    /// Destination: a number in international form (+2348012345678), or an e-mail address.
    #[arg(long)]
    to: String,
    #[arg(long, value_enum, default_value = "sms")]
    channel: ChannelArg,
    /// Code length: 1 to 32 (each vendor allows a narrower range of its own).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=i64::from(MAX_LENGTH)))]
    length: Option<u8>,
    #[arg(long, value_enum)]
    alphabet: Option<AlphabetArg>,
    /// Code lifetime: seconds, or with a unit (90s, 5m, 1h); 1s to 24h.
    #[arg(long, value_parser = parse_duration)]
    ttl: Option<Duration>,
    /// Wrong codes accepted before the verification locks: 1 to 100.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_ATTEMPTS)))]
    attempts: Option<u32>,
    /// Message text with {code} where the code goes.
    #[arg(long)]
    template: Option<String>,
    /// Sender ID for this message (`--sender-id` sets the default one instead).
    #[arg(long)]
    sender: Option<String>,
    /// Your ID of the person (pipwave).
    #[arg(long)]
    user_id: Option<String>,
    #[command(flatten)]
    guard: guard::GuardArgs,
    #[command(flatten)]
    overrides: providers::Overrides,
}

#[derive(clap::Args)]
struct Verify {
    /// The verification id `send` printed.
    #[arg(long)]
    id: String,
    /// The number (or address) the code was sent to: the id is refused for any other.
    #[arg(long)]
    to: String,
    /// The code the person typed.
    #[arg(long)]
    code: String,
    #[command(flatten)]
    guard: guard::GuardArgs,
    #[command(flatten)]
    overrides: providers::Overrides,
}

#[derive(clap::Args)]
struct Status {
    /// The verification id `send` printed.
    #[arg(long)]
    id: String,
    #[command(flatten)]
    overrides: providers::Overrides,
}

#[derive(clap::Args)]
struct BalanceArgs {
    /// Only this vendor (its credentials from the flags or the environment); without it,
    /// every vendor configured in the environment.
    #[arg(long, value_parser = providers::vendor_names())]
    vendor: Option<String>,
    #[command(flatten)]
    overrides: providers::Overrides,
}

/// The longest code `--length` asks for.
const MAX_LENGTH: u8 = 32;
/// The most wrong codes `--attempts` allows.
const MAX_ATTEMPTS: u32 = 100;
/// The longest lifetime `--ttl` asks for: a one-time code that lives longer is no longer one.
const MAX_TTL: Duration = Duration::from_secs(24 * 3600);

/// A `--ttl`: seconds, or a number with the unit s, m or h; 1 second to [`MAX_TTL`].
fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => text.split_at(at),
        None => (text, "s"),
    };
    let too_long = || {
        format!(
            "`{text}` is too long: the maximum is 24h ({}s)",
            MAX_TTL.as_secs()
        )
    };
    if number.is_empty() {
        return Err(format!(
            "`{text}` is not a duration: use seconds or 90s, 5m, 1h"
        ));
    }
    let multiplier = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        _ => return Err(format!("`{text}`: the unit must be s, m or h")),
    };
    // Only ASCII digits are left: a number that does not fit in u64 is too large, not garbage.
    let value: u64 = number.parse().map_err(|_| too_long())?;
    let seconds = value.checked_mul(multiplier).ok_or_else(too_long)?;
    if seconds == 0 {
        return Err(format!("`{text}`: the minimum is 1s"));
    }
    if seconds > MAX_TTL.as_secs() {
        return Err(too_long());
    }
    Ok(Duration::from_secs(seconds))
}

/// The handle `send` and `verify` use: `vendor`'s provider (or, without one, a router over
/// every vendor configured in the environment) behind the guard, with ids sealed with
/// OTPKIT_ID_SECRET so that `verify` (another process, maybe another machine) opens them.
fn provider_for(
    vendor: Option<&str>,
    overrides: &providers::Overrides,
    guard: &guard::GuardArgs,
    verifying: Option<u16>,
) -> Result<Otp, otpkit::Error> {
    let inner = match vendor {
        Some(vendor) => {
            let name: otpkit::Vendor = vendor.parse()?;
            let home = otpkit::vendors::BUILT_IN
                .iter()
                .find(|d| d.vendor == name)
                .map_or(&[][..], |d| d.countries);
            guard::Inner::Vendor {
                provider: providers::from_env(&name, overrides)?,
                name: name.to_string(),
                home,
            }
        }
        None if overrides.any() => {
            return Err(otpkit::Error::InvalidInput {
                field: "vendor",
                reason:
                    "--api-key, --api-secret, --api-login, --base-url and --sender-id need --vendor"
                        .into(),
            });
        }
        None => guard::Inner::Router(otpkit::vendors::router(&|name| std::env::var(name).ok())?),
    };
    let guard = guard.wrap(inner, verifying)?;
    Ok(Otp::new(guard, IdSeal::from_env()?))
}

async fn send(args: Send, json_mode: bool) -> u8 {
    // A bad number is bad input whatever else is wrong: say so before looking for credentials.
    if !matches!(args.channel, ChannelArg::Email)
        && let Err(e) = otpkit::Phone::parse(&args.to)
    {
        return output::error(json_mode, &e);
    }
    let mut request = SendRequest::new(args.to.clone()).channel(match args.channel {
        ChannelArg::Sms => Channel::Sms,
        ChannelArg::Voice => Channel::Voice,
        ChannelArg::Whatsapp => Channel::Whatsapp,
        ChannelArg::Email => Channel::Email,
        ChannelArg::InApp => Channel::InApp,
    });
    if let Some(n) = args.length {
        request = request.code_length(n);
    }
    if let Some(a) = args.alphabet {
        request = request.alphabet(match a {
            AlphabetArg::Numeric => Alphabet::Numeric,
            AlphabetArg::Alphanumeric => Alphabet::Alphanumeric,
        });
    }
    if let Some(ttl) = args.ttl {
        request = request.ttl(ttl);
    }
    if let Some(n) = args.attempts {
        request = request.max_attempts(n);
    }
    if let Some(t) = args.template {
        request = request.template(t);
    }
    if let Some(s) = args.sender {
        request = request.sender_id(s);
    }
    if let Some(u) = args.user_id {
        request = request.user_id(u);
    }
    if let Some(caller) = &args.guard.caller {
        request = request.caller(caller);
    }
    let result = match provider_for(args.vendor.as_deref(), &args.overrides, &args.guard, None) {
        Ok(otp) => otp.send(&request).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(sent) => {
            let code = sent.code.as_ref().map(|c| c.expose_secret().to_string());
            let value = json!({
                "vendor": sent.id.vendor().name(), "channel": sent.channel.name(), "to": args.to,
                "id": sent.id.to_string(), "code": code, "message_id": sent.message_id,
            });
            output::print(json_mode, value, || {
                let mut text = format!(
                    "sent a code to {} through {} ({})\nverification id: {}",
                    args.to,
                    sent.id.vendor(),
                    sent.channel.name(),
                    sent.id
                );
                if let Some(code) = &code {
                    text += &format!("\ncode (in-app, show it to the person): {code}");
                }
                if let Some(id) = &sent.message_id {
                    text += &format!("\nmessage id (its delivery reports name it): {id}");
                }
                text
            });
            exit::OK
        }
        Err(e) => output::error(json_mode, &e),
    }
}

async fn verify(args: Verify, json_mode: bool) -> u8 {
    let id: VerificationId = match args.id.parse() {
        Ok(id) => id,
        Err(e) => return output::error(json_mode, &e),
    };
    let mut request = VerifyRequest::new(id.clone(), args.code.clone()).destination(&args.to);
    if let Some(caller) = &args.guard.caller {
        request = request.caller(caller);
    }
    // Verifying sends nothing: the destination's country is allowed (an e-mail has none).
    let country = otpkit::Phone::parse(&args.to).map_or(1, |p| p.country_code());
    let result = match provider_for(
        Some(id.vendor().name()),
        &args.overrides,
        &args.guard,
        Some(country),
    ) {
        Ok(otp) => otp.verify(&request).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(outcome) => {
            let (name, attempts_left) = output::outcome(outcome);
            let value = json!({ "id": args.id, "vendor": id.vendor().name(), "outcome": name, "attempts_left": attempts_left });
            output::print(json_mode, value, || output::outcome_text(outcome));
            if outcome.is_approved() {
                exit::OK
            } else {
                exit::NOT_APPROVED
            }
        }
        Err(e) => output::error(json_mode, &e),
    }
}

async fn status(args: Status, json_mode: bool) -> u8 {
    let id: VerificationId = match args.id.parse() {
        Ok(id) => id,
        Err(e) => return output::error(json_mode, &e),
    };
    let otp = providers::from_env(id.vendor(), &args.overrides)
        .and_then(|provider| Ok(Otp::shared(provider, IdSeal::from_env()?)));
    let result = match otp {
        Ok(otp) => otp.status(&id).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(report) => {
            let (mut value, text) = output::report(&report);
            value["id"] = json!(args.id);
            output::print(json_mode, value, || text);
            exit::OK
        }
        Err(e) => output::error(json_mode, &e),
    }
}

async fn balance(args: BalanceArgs, json_mode: bool) -> u8 {
    // One vendor named: its answer or its error. Without one: every configured vendor's,
    // those without a look-up listed as such.
    let vendors: Vec<otpkit::Vendor> = match &args.vendor {
        Some(name) => match name.parse() {
            Ok(vendor) => vec![vendor],
            Err(e) => return output::error(json_mode, &otpkit::Error::from(e)),
        },
        None if args.overrides.any() => {
            let e = otpkit::Error::invalid("vendor", "credential flags need --vendor");
            return output::error(json_mode, &e);
        }
        None => {
            let vars = |name: &str| std::env::var(name).ok();
            otpkit::vendors::BUILT_IN
                .iter()
                .filter(|d| d.is_configured(&vars))
                .map(|d| d.vendor.clone())
                .collect()
        }
    };
    if vendors.is_empty() {
        let e = otpkit::Error::Config(
            "no vendor is configured in the environment (see the README's variables)".into(),
        );
        return output::error(json_mode, &e);
    }
    let mut rows = Vec::new();
    for vendor in &vendors {
        let result = match providers::from_env(vendor, &args.overrides) {
            Ok(provider) => provider.balance(vendor).await,
            Err(e) => Err(e),
        };
        rows.push((vendor.clone(), result));
    }
    if let [(_, Err(e))] = rows.as_slice() {
        return output::error(json_mode, e);
    }
    let value = json!({ "balances": rows.iter().map(|(vendor, result)| match result {
        Ok(b) => json!({ "vendor": vendor.name(), "amount": b.amount, "unit": b.unit }),
        Err(e) => json!({ "vendor": vendor.name(), "error": { "kind": e.kind(), "message": e.to_string() } }),
    }).collect::<Vec<_>>() });
    output::print(json_mode, value, || {
        let lines: Vec<String> = rows
            .iter()
            .map(|(vendor, result)| match result {
                Ok(b) => format!("{vendor}: {} {}", b.amount, b.unit),
                Err(otpkit::Error::Unsupported { .. }) => {
                    format!("{vendor}: no balance look-up")
                }
                Err(e) => format!("{vendor}: error: {e}"),
            })
            .collect();
        lines.join("\n")
    });
    exit::OK
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Demo => demo::run(cli.json).await,
        Command::Sandbox(args) => return otpkit_sandbox::cli::serve(args).await,
        Command::Send(args) => send(args, cli.json).await,
        Command::Verify(args) => verify(args, cli.json).await,
        Command::Status(args) => status(args, cli.json).await,
        Command::Balance(args) => balance(args, cli.json).await,
        Command::Webhook(webhook::Command::Listen(args)) => webhook::listen(args, cli.json).await,
    };
    exit::code(code)
}
