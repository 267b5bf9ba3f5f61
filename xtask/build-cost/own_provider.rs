//! otpkit with no vendor feature: a provider of the application's own behind the same API,
//! one code sent. `cargo xtask build-cost` builds it.

use otpkit::{
    Capabilities, Channel, Error, IdSeal, Otp, OtpProvider, Outcome, SendRequest, Vendor,
    Verification, VerificationId, VerifyRequest, async_trait,
};

const LOG: Vendor = Vendor::from_static("log");

static CAPABILITIES: Capabilities = Capabilities::new(LOG)
    .channels(&[Channel::Sms])
    .code_length(6..=6)
    .template(true);

/// Writes where a code would go instead of sending it.
#[derive(Debug)]
struct LogProvider;

#[async_trait]
impl OtpProvider for LogProvider {
    fn capabilities(&self) -> &[Capabilities] {
        std::slice::from_ref(&CAPABILITIES)
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        let checked = CAPABILITIES.check(request, None)?;
        println!("a code for {}", checked.to.digits_or_address());
        Ok(Verification::new(
            VerificationId::new(LOG, ["1"])?,
            checked.channel,
        ))
    }

    async fn verify(&self, _request: &VerifyRequest) -> Result<Outcome, Error> {
        Ok(Outcome::NotFound)
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let otp = Otp::new(LogProvider, IdSeal::from_env()?);
    let sent = otp.send(&SendRequest::new("+2348012345678")).await?;
    println!("sent {}", sent.id);
    Ok(())
}
