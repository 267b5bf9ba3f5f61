//! Building a vendor provider from the environment (the facade's variables) with command-line
//! overrides. Each override names a kind of setting; it applies to the vendor's variable of
//! that kind (`--api-key` to `TERMII_API_KEY` for Termii).

use std::fs::File;
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use otpkit::vendors::BUILT_IN;
use otpkit::{Error, OtpProvider, Vendor};

/// Credentials and endpoint given on the command line; each overrides its environment variable.
/// Each secret (`--api-key`, `--api-secret`, `--auth-token`) can also come from a file or
/// standard input (`--api-key-file PATH`, `-` for standard input), since a flag's value is
/// visible to every user in the process list.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct Overrides {
    /// API key (overrides the vendor's *_API_KEY variable, e.g. TERMII_API_KEY). Prefer
    /// TERMII_API_KEY (or the vendor's *_API_KEY) in the environment, or --api-key-file: flags
    /// show in the process list.
    #[arg(long)]
    pub api_key: Option<String>,
    /// Read the API key from PATH (`-`: standard input); one trailing newline is dropped.
    #[arg(long, value_name = "PATH", conflicts_with = "api_key", value_parser = read_secret)]
    pub api_key_file: Option<String>,
    /// API secret (overrides the vendor's *_API_SECRET variable, e.g. PIPWAVE_API_SECRET).
    /// Prefer PIPWAVE_API_SECRET (or the vendor's *_API_SECRET) in the environment, or
    /// --api-secret-file: flags show in the process list.
    #[arg(long)]
    pub api_secret: Option<String>,
    /// Read the API secret from PATH (`-`: standard input); one trailing newline is dropped.
    #[arg(long, value_name = "PATH", conflicts_with = "api_secret", value_parser = read_secret)]
    pub api_secret_file: Option<String>,
    /// Account login, Octopush's account e-mail (overrides OCTOPUSH_API_LOGIN).
    #[arg(long)]
    pub api_login: Option<String>,
    /// Account SID (overrides the vendor's *_ACCOUNT_SID variable, e.g. TWILIO_ACCOUNT_SID).
    #[arg(long)]
    pub account_sid: Option<String>,
    /// Auth token (overrides the vendor's *_AUTH_TOKEN variable, e.g. TWILIO_AUTH_TOKEN).
    /// Prefer TWILIO_AUTH_TOKEN (or the vendor's *_AUTH_TOKEN) in the environment, or
    /// --auth-token-file: flags show in the process list.
    #[arg(long)]
    pub auth_token: Option<String>,
    /// Read the auth token from PATH (`-`: standard input); one trailing newline is dropped.
    #[arg(long, value_name = "PATH", conflicts_with = "auth_token", value_parser = read_secret)]
    pub auth_token_file: Option<String>,
    /// Service SID (overrides the vendor's *_SERVICE_SID variable, e.g.
    /// TWILIO_VERIFY_SERVICE_SID).
    #[arg(long)]
    pub service_sid: Option<String>,
    /// Secret key that signs delivery reports (overrides the vendor's *_SECRET_KEY variable,
    /// e.g. TERMII_SECRET_KEY). Prefer TERMII_SECRET_KEY (or the vendor's *_SECRET_KEY) in the
    /// environment, or --secret-key-file: flags show in the process list.
    #[arg(long)]
    pub secret_key: Option<String>,
    /// Read the secret key from PATH (`-`: standard input); one trailing newline is dropped.
    #[arg(long, value_name = "PATH", conflicts_with = "secret_key", value_parser = read_secret)]
    pub secret_key_file: Option<String>,
    /// Token in the URL of unsigned delivery reports (overrides the vendor's *_WEBHOOK_TOKEN
    /// variable, e.g. OCTOPUSH_WEBHOOK_TOKEN). Prefer OCTOPUSH_WEBHOOK_TOKEN (or the vendor's
    /// *_WEBHOOK_TOKEN) in the environment, or --webhook-token-file: flags show in the process
    /// list.
    #[arg(long)]
    pub webhook_token: Option<String>,
    /// Read the webhook token from PATH (`-`: standard input); one trailing newline is dropped.
    #[arg(long, value_name = "PATH", conflicts_with = "webhook_token", value_parser = read_secret)]
    pub webhook_token_file: Option<String>,
    /// Base URL of the vendor, e.g. a sandbox's `http://127.0.0.1:8080/termii`.
    #[arg(long)]
    pub base_url: Option<String>,
    /// Default sender ID (overrides the vendor's *_SENDER_ID variable).
    #[arg(long = "sender-id")]
    pub sender_id: Option<String>,
}

impl Overrides {
    pub fn any(&self) -> bool {
        self.by_suffix().any(|(_, value)| value.is_some())
    }

    /// Each override with the suffix of the variables it replaces.
    fn by_suffix(&self) -> impl Iterator<Item = (&'static str, Option<&String>)> {
        [
            // A secret's flag and its file flag conflict: at most one is set.
            (
                "_API_KEY",
                self.api_key.as_ref().or(self.api_key_file.as_ref()),
            ),
            (
                "_API_SECRET",
                self.api_secret.as_ref().or(self.api_secret_file.as_ref()),
            ),
            ("_API_LOGIN", self.api_login.as_ref()),
            ("_ACCOUNT_SID", self.account_sid.as_ref()),
            (
                "_AUTH_TOKEN",
                self.auth_token.as_ref().or(self.auth_token_file.as_ref()),
            ),
            ("_SERVICE_SID", self.service_sid.as_ref()),
            (
                "_SECRET_KEY",
                self.secret_key.as_ref().or(self.secret_key_file.as_ref()),
            ),
            (
                "_WEBHOOK_TOKEN",
                self.webhook_token
                    .as_ref()
                    .or(self.webhook_token_file.as_ref()),
            ),
            ("_BASE_URL", self.base_url.as_ref()),
            ("_SENDER_ID", self.sender_id.as_ref()),
        ]
        .into_iter()
    }

    /// `name`'s value: the override of its kind, else the environment's. A provider reads
    /// only its own vendor's variables (and `OTPKIT_*`, which no override names).
    pub fn var(&self, name: &str) -> Option<String> {
        self.by_suffix()
            .find(|(suffix, _)| name.ends_with(suffix))
            .and_then(|(_, value)| value.cloned())
            .or_else(|| std::env::var(name).ok())
    }
}

/// The most a secret file may hold: a key is a few hundred bytes at most, and a bound keeps
/// `--api-key-file /dev/zero` from reading forever.
const MAX_SECRET_BYTES: u64 = 64 * 1024;

/// Whether some `--*-file -` has read standard input already (it can be read only once).
static STDIN_TAKEN: AtomicBool = AtomicBool::new(false);

/// The value parser of the secret file flags: reads the file named (`-`: standard input) when
/// the flag is parsed, so that a missing or unreadable file is a usage error (exit 2); clap's
/// message names the flag and the path, this one says what is wrong.
fn read_secret(path: &str) -> Result<String, String> {
    let (name, read) = if path == "-" {
        if STDIN_TAKEN.swap(true, Ordering::SeqCst) {
            return Err(
                "standard input was already read by another --*-file flag: give this one a file"
                    .into(),
            );
        }
        (
            "standard input".to_string(),
            bounded(std::io::stdin().lock()),
        )
    } else {
        (format!("`{path}`"), File::open(path).and_then(bounded))
    };
    let bytes = read.map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() as u64 > MAX_SECRET_BYTES {
        return Err(format!(
            "{name} holds more than {MAX_SECRET_BYTES} bytes, too much for a key"
        ));
    }
    let text = String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8 text"))?;
    // One trailing newline, as `echo` and editors leave it; anything else is the secret's.
    let secret = text
        .strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(&text);
    if secret.is_empty() {
        return Err(format!("{name} is empty"));
    }
    Ok(secret.to_string())
}

/// Up to one byte more than [`MAX_SECRET_BYTES`] of `reader`, so that too much is noticed.
fn bounded(reader: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(MAX_SECRET_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The names `--vendor` accepts: every vendor built in.
pub fn vendor_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(BUILT_IN.iter().map(|d| d.vendor.name()))
}

/// `vendor`'s provider from the environment, with `overrides` applied on top.
pub fn from_env(vendor: &Vendor, overrides: &Overrides) -> Result<Arc<dyn OtpProvider>, Error> {
    otpkit::vendors::provider(vendor, &|name| overrides.var(name))
}
