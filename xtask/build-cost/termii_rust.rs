//! The baseline: `termii-rust` 0.1.1 from crates.io, a hand-written one-vendor Termii client on
//! reqwest 0.11 and the system's OpenSSL, sending one token. `cargo xtask build-cost` builds it.

use termii_rust::{
    async_impl::rest::termii::Termii,
    common::token::request::{
        RequestTokenChannel, RequestTokenMessageType, RequestTokenPinType, RequestTokenRequest,
    },
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let key = std::env::var("TERMII_API_KEY")?;
    let client = Termii::new(&key);
    let request = RequestTokenRequest::new(
        RequestTokenMessageType::NUMERIC,
        String::from("2348012345678"),
        String::from("Acme"),
        RequestTokenChannel::Generic,
        3,
        5,
        6,
        String::from("< 1234 >"),
        String::from("Your Acme code is < 1234 >"),
        RequestTokenPinType::NUMERIC,
    );
    let sent = client.token.request_token.send(request).await?;
    println!("sent {sent:?}");
    Ok(())
}
