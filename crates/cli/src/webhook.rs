//! `otpkit webhook listen`: a receiver of one vendor's delivery reports, with otpkit's ready
//! axum handler. Each report is authenticated before it is printed; a forged one is answered
//! 401 and never printed.

use std::net::SocketAddr;

use otpkit::webhook::Webhook;

use crate::{exit, output, providers};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Listen for reports on an address, any path: give the vendor `http://ADDR/...`.
    #[command(
        after_help = "The secret comes from the vendor's variable (TERMII_SECRET_KEY, OCTOPUSH_WEBHOOK_TOKEN) or its flag.\n\
        Octopush signs nothing: register the URL with ?token=<OCTOPUSH_WEBHOOK_TOKEN>.\n\n\
        Examples:\n  otpkit webhook listen --vendor termii --addr 127.0.0.1:3000\n  \
        otpkit webhook listen --vendor octopush --addr 127.0.0.1:3001 --json"
    )]
    Listen(Listen),
}

#[derive(clap::Args)]
pub struct Listen {
    /// The vendor whose reports arrive here.
    #[arg(long, value_parser = providers::vendor_names())]
    vendor: String,
    /// Address to listen on (port 0 picks a free one; the first line printed names it).
    #[arg(long, default_value = "127.0.0.1:3000")]
    addr: SocketAddr,
    #[command(flatten)]
    overrides: providers::Overrides,
}

/// Serves until Ctrl-C; an exit code when it cannot start.
pub async fn listen(args: Listen, json_mode: bool) -> u8 {
    let vendor: otpkit::Vendor = match args.vendor.parse() {
        Ok(vendor) => vendor,
        Err(e) => return output::error(json_mode, &otpkit::Error::from(e)),
    };
    let webhook = match Webhook::from_vars(vendor.clone(), |name| args.overrides.var(name)) {
        Ok(webhook) => webhook,
        Err(e) => return output::error(json_mode, &e),
    };
    let listener = match tokio::net::TcpListener::bind(args.addr).await {
        Ok(listener) => listener,
        Err(e) => {
            let e = otpkit::Error::invalid("addr", format!("cannot listen on {}: {e}", args.addr));
            return output::error(json_mode, &e);
        }
    };
    let addr = listener.local_addr().unwrap_or(args.addr);
    let on_report = move |report: otpkit::DeliveryReport| async move {
        let (value, text) = output::report(&report);
        output::print(json_mode, value, || text);
    };
    let app =
        axum::Router::new().fallback_service(otpkit::webhook::axum::receive(webhook, on_report));
    output::print(
        json_mode,
        serde_json::json!({ "listening": format!("http://{addr}"), "vendor": vendor.name() }),
        || format!("listening on http://{addr} for {vendor} delivery reports (Ctrl-C stops)"),
    );
    let stop = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match axum::serve(listener, app)
        .with_graceful_shutdown(stop)
        .await
    {
        Ok(()) => exit::OK,
        Err(e) => {
            let e = otpkit::Error::invalid("addr", format!("serving on {addr} failed: {e}"));
            output::error(json_mode, &e)
        }
    }
}
