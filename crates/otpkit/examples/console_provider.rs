//! A provider of your own, written with otpkit's public API alone: it "sends" codes by printing
//! them, which is what you want on a developer's machine. The router sends UK numbers (+44)
//! to it, its verification ids print and parse back like any vendor's, and codes verify.
//!
//! ```text
//! cargo run -p otpkit --example console_provider --no-default-features
//! ```

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use otpkit::{
    CODE_PLACEHOLDER, Capabilities, Channel, Error, IdSeal, Otp, OtpProvider, Outcome, Router,
    SendRequest, Vendor, Verification, VerificationId, VerifyRequest, async_trait,
};

/// The vendor name the console provider's ids carry.
const CONSOLE: Vendor = Vendor::from_static("console");

/// What it can do: SMS and e-mail, any template, codes of 4 to 10 digits.
static CAPABILITIES: Capabilities = Capabilities::new(CONSOLE)
    .channels(&[Channel::Sms, Channel::Email])
    .code_length(4..=10)
    .template(true);

const ATTEMPTS: u32 = 3;

#[derive(Debug)]
struct Pending {
    to: String,
    code: String,
    attempts_left: u32,
}

/// Prints each code instead of sending it, and keeps it until verified.
#[derive(Debug, Default)]
struct ConsoleProvider {
    pending: Mutex<HashMap<u64, Pending>>,
    next: AtomicU64,
}

impl ConsoleProvider {
    /// The newest code printed for `to`: what the person would read on their phone.
    fn last_code_for(&self, to: &str) -> Option<String> {
        let pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        pending
            .iter()
            .filter(|(_, p)| p.to == to)
            .max_by_key(|(n, _)| **n)
            .map(|(_, p)| p.code.clone())
    }
}

#[async_trait]
impl OtpProvider for ConsoleProvider {
    fn capabilities(&self) -> &[Capabilities] {
        std::slice::from_ref(&CAPABILITIES)
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        // The same checks every built-in vendor runs: a bad option never gets further.
        let checked = CAPABILITIES.check(request, None)?;
        let length = usize::from(checked.code_length.unwrap_or(6));
        let code: String = (0..length)
            .map(|_| char::from(b'0' + rand::random_range(0..10u8)))
            .collect();
        let template = checked.template.as_deref().unwrap_or("Your code is {code}");
        let to = checked.to.digits_or_address();
        println!(
            "[console] to {to}: {}",
            template.replace(CODE_PLACEHOLDER, &code)
        );
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let pending = Pending {
            to,
            code,
            attempts_left: ATTEMPTS,
        };
        self.pending
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(n, pending);
        Ok(Verification::new(
            VerificationId::new(CONSOLE, [n.to_string()])?,
            checked.channel,
        ))
    }

    async fn verify(&self, request: &VerifyRequest) -> Result<Outcome, Error> {
        let fields = request.id().fields_for(&CONSOLE, 1)?;
        let n: u64 = fields[0]
            .parse()
            .map_err(|_| Error::invalid("verification_id", "not a console id"))?;
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let Some(entry) = pending.get_mut(&n) else {
            return Ok(Outcome::NotFound);
        };
        if entry.code == request.code().trim() {
            pending.remove(&n);
            return Ok(Outcome::Approved);
        }
        entry.attempts_left -= 1;
        if entry.attempts_left == 0 {
            pending.remove(&n);
            return Ok(Outcome::TooManyAttempts);
        }
        Ok(Outcome::Rejected {
            attempts_left: Some(entry.attempts_left),
        })
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Error> {
    let console = Arc::new(ConsoleProvider::default());
    let router = Router::builder()
        .shared_provider(console.clone())
        .route(44, [CONSOLE])
        .build()?;
    // Ids leave the server sealed (in production: IdSeal::from_env(), OTPKIT_ID_SECRET); the
    // provider never sees a sealed one.
    let seal = IdSeal::new("example", "an example secret of 32 characters or more")?;
    let otp = Otp::new(router, seal);

    let to = "+447911123456";
    let request = SendRequest::new(to)
        .code_length(8)
        .template("Your Acme code is {code}");
    let sent = otp.send(&request).await?;
    assert_eq!(sent.id.vendor(), &CONSOLE);

    // The id travels as text (a cookie, a form field) and parses back on any replica.
    let text = sent.id.to_string();
    println!("verification id: {text}");
    let id: VerificationId = text.parse()?;

    // Options outside the provider's capabilities are refused before anything is "sent".
    let too_long = otp.send(&SendRequest::new(to).code_length(12)).await;
    assert!(matches!(
        too_long,
        Err(Error::InvalidInput {
            field: "code_length",
            ..
        })
    ));

    let code = console.last_code_for("447911123456").ok_or_else(|| {
        Error::vendor_answer(CONSOLE, None, "the console provider printed no code")
    })?;
    // The number comes from the application's own records, never from the browser.
    let check = |code: &str| VerifyRequest::new(id.clone(), code).destination(to);
    let wrong = otp.verify(&check("00000000")).await?;
    println!("a wrong code: {wrong:?}");
    assert_eq!(
        wrong,
        Outcome::Rejected {
            attempts_left: Some(2)
        }
    );
    let right = otp.verify(&check(&code)).await?;
    println!("the right code: {right:?}");
    assert_eq!(right, Outcome::Approved);
    assert_eq!(otp.verify(&check("x")).await?, Outcome::NotFound);
    // The same id checked against another number is refused before the provider is asked.
    let elsewhere = otp
        .verify(&VerifyRequest::new(id, "x").destination("+447911123457"))
        .await;
    assert!(matches!(
        elsewhere,
        Err(Error::InvalidInput {
            field: "destination",
            ..
        })
    ));

    // Optional operations it does not implement answer a typed error.
    let balance = otp.balance(&CONSOLE).await;
    assert!(matches!(balance, Err(Error::Unsupported { .. })));
    println!("the console provider works through Router and Otp");
    Ok(())
}
