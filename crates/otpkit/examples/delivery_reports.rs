//! Knowing whether a code arrived: a receiver for Termii's signed delivery reports, with the
//! ready axum handler (`otpkit::webhook::axum`), fed by a sandbox that posts them as Termii
//! does. A voice code is sent; its report names the message the send answered.
//!
//! ```text
//! cargo run -p otpkit --example delivery_reports --features axum
//! ```

use std::time::Duration;

use otpkit::webhook::{Webhook, axum::receive};
use otpkit::{Channel, DeliveryReport, Otp, SendRequest};
use otpkit_sandbox::{Sandbox, Vendor};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::start().await?;
    let env = sandbox.client_env(Vendor::Termii);

    // The receiver: the account's secret key authenticates every report.
    let secret = env.get("TERMII_SECRET_KEY").ok_or("no TERMII_SECRET_KEY")?;
    let (reports, mut received) = tokio::sync::mpsc::unbounded_channel::<DeliveryReport>();
    let app = axum::Router::new().route(
        "/reports/termii",
        receive(
            Webhook::new(otpkit::Vendor::TERMII, secret)?,
            move |report| {
                let reports = reports.clone();
                async move {
                    let _ = reports.send(report);
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/reports/termii", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });

    // Termii posts each message's report to the URL set for the account.
    sandbox.set_callback(Vendor::Termii, &url)?;
    let otp = Otp::from_vars(|name| env.get(name))?;
    let sent = otp
        .send(&SendRequest::new("+2348012345678").channel(Channel::Voice))
        .await?;
    println!("sent a voice code, message {:?}", sent.message_id);

    let report = tokio::time::timeout(Duration::from_secs(10), received.recv())
        .await?
        .ok_or("the receiver stopped")?;
    println!(
        "report: message {:?} is {} (Termii says \"{}\")",
        report.message_id,
        report.state.name(),
        report.vendor_status,
    );
    // Its Debug output masks the number.
    println!("{report:?}");
    if report.message_id != sent.message_id {
        return Err("the report names another message".into());
    }
    Ok(())
}
