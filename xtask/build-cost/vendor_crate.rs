//! One generated vendor crate alone (otpkit-termii), no facade: one token sent.
//! `cargo xtask build-cost` builds it.

use otpkit_termii::{Client, HttpConfig, types};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let key = std::env::var("TERMII_API_KEY")?;
    let client = Client::connect(otpkit_termii::BASE_URL, &HttpConfig::default())?;
    let sent = client
        .send_token()
        .body(
            types::SendTokenRequest::builder()
                .api_key(key)
                .message_type(types::PinType::Numeric)
                .pin_type(types::PinType::Numeric)
                .to("2348012345678")
                .from("Acme")
                .channel(types::Channel::Generic)
                .pin_attempts(std::num::NonZeroU32::MIN.saturating_add(2))
                .pin_time_to_live(5)
                .pin_length(6)
                .pin_placeholder("< 1234 >")
                .message_text("Your Acme code is < 1234 >"),
        )
        .send()
        .await?;
    println!("sent {}", sent.pin_id);
    Ok(())
}
