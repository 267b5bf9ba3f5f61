//! A ready axum handler for a [`Webhook`] (feature `axum`): mount it at the URL you
//! give the vendor, and each genuine report reaches your function.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use otpkit::webhook::{Webhook, axum::receive};
//!
//! let termii = Webhook::new(otpkit::Vendor::TERMII, std::env::var("TERMII_SECRET_KEY")?)?;
//! let app = ::axum::Router::new().route(
//!     "/reports/termii",
//!     receive(termii, |report: otpkit::DeliveryReport| async move {
//!         println!("{:?} is {}", report.message_id, report.state.name());
//!     }),
//! );
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
//! ::axum::serve(listener, app).await?;
//! # Ok(()) }
//! ```

use std::future::Future;

use ::axum::extract::Request;
use ::axum::http::StatusCode;
use ::axum::routing::{MethodRouter, post};

use super::{MAX_REPORT_BYTES, Webhook};
use crate::error::Error;
use crate::report::DeliveryReport;

/// A `POST` route receiving `webhook`'s reports: each genuine one is handed to `on_report`
/// and answered `204 No Content` once it returns (Octopush asks for no content). A report
/// already received is answered 204 too, and not handed over again, so that a vendor that
/// retries stops. A refused report is answered `401` (signature or token: nothing in it is
/// believed), `413` (too large) or `400` (not a report); a replay store that fails, `503`, so
/// that a vendor that retries brings the report again.
pub fn receive<S, F, Fut>(webhook: Webhook, on_report: F) -> MethodRouter<S>
where
    S: Clone + Send + Sync + 'static,
    F: Fn(DeliveryReport) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    post(move |request: Request| async move {
        let (parts, body) = request.into_parts();
        // Bounded: a body past the limit is never read whole.
        let Ok(body) = ::axum::body::to_bytes(body, MAX_REPORT_BYTES).await else {
            return StatusCode::PAYLOAD_TOO_LARGE;
        };
        match webhook
            .receive(&::axum::http::Request::from_parts(parts, body))
            .await
        {
            Ok(report) => {
                on_report(report).await;
                StatusCode::NO_CONTENT
            }
            Err(e) => {
                tracing::warn!(vendor = %webhook.vendor(), error = %e, "a delivery report was refused");
                status(&e)
            }
        }
    })
}

/// The answer to a refused report.
fn status(error: &Error) -> StatusCode {
    match error {
        Error::InvalidInput { field, .. } => match *field {
            "report" => StatusCode::NO_CONTENT,
            "signature" | "token" => StatusCode::UNAUTHORIZED,
            _ => StatusCode::BAD_REQUEST,
        },
        Error::GuardStore { .. } => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
