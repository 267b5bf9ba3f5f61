//! A new application's first use of otpkit: the vendors configured from the environment, one
//! code sent. `cargo xtask build-cost` builds it with otpkit's default features and with one
//! vendor's.

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let otp = otpkit::Otp::from_env()?;
    let sent = otp
        .send(&otpkit::SendRequest::new("+2348012345678"))
        .await?;
    println!("sent {}", sent.id);
    Ok(())
}
