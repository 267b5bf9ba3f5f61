//! What every vendor call shares: a tracing span (vendor, operation, status, latency; never a
//! code, key or number) and the translation of transport and HTTP failures into [`Error`].

use std::future::Future;
use std::time::{Duration, Instant};

use otpkit_http::retry_after;
use progenitor_client::Error as ClientError;
use tracing::Instrument;

use crate::error::Error;

use crate::vendor::Vendor;

use crate::verification::VerificationId;

/// A documented error answer, for the adapter to interpret: HTTP status, typed body, and the
/// `Retry-After` the vendor sent.
pub(crate) struct ErrorAnswer<E> {
    pub status: u16,
    pub body: E,
    pub retry_after: Option<Duration>,
}

/// Runs one vendor call in its span and logs its end. The call's future is made here, inside
/// the span's wrapper, rather than passed in: a vendor call's future is kilobytes, and each
/// move of it is a copy.
pub(crate) async fn traced<T, F: Future<Output = Result<T, Error>>>(
    vendor: &Vendor,
    operation: &'static str,
    call: impl FnOnce() -> F,
) -> Result<T, Error> {
    let span = tracing::info_span!(
        "otpkit.vendor_call",
        vendor = vendor.name(),
        operation,
        status = tracing::field::Empty,
        latency_ms = tracing::field::Empty,
    );
    let start = Instant::now();
    let result = call().instrument(span.clone()).await;
    let latency_ms = start.elapsed().as_secs_f64() * 1000.0;
    let status = match &result {
        Ok(_) => "ok",
        Err(e) => e.kind(),
    };
    span.record("status", status);
    span.record("latency_ms", latency_ms);
    span.in_scope(|| {
        tracing::info!(
            vendor = vendor.name(),
            operation,
            status,
            latency_ms,
            "vendor call finished"
        )
    });
    result
}

fn transport(vendor: &Vendor, error: reqwest::Error, body_phase: bool) -> Error {
    let vendor = vendor.clone();
    // A connect error (refused, DNS, TLS handshake, connect timeout) means nothing was sent.
    let sent = body_phase || !error.is_connect();
    if error.is_timeout() {
        Error::Timeout {
            vendor,
            sent,
            source: error.into(),
        }
    } else {
        Error::Transport {
            vendor,
            sent,
            source: error.into(),
        }
    }
}

/// The error for an HTTP status no adapter rule covers.
pub(crate) fn status_error(
    vendor: &Vendor,
    status: u16,
    message: Option<String>,
    retry_after: Option<Duration>,
) -> Error {
    let vendor = vendor.clone();
    match status {
        401 | 403 => Error::Unauthorized { vendor },
        402 => Error::InsufficientFunds { vendor },
        429 => Error::RateLimited {
            // Of unknown scope here: the adapter layer applies the vendor's declared scope
            // (`Adapter::ACCOUNT_WIDE_429`, from its spec's `x-otpkit`).
            account_wide: false,
            vendor,
            retry_after,
        },
        300..=399 => Error::vendor_answer(
            vendor,
            Some(status),
            "a redirect, which otpkit does not follow (credentials must not travel to another \
             host): check the base URL"
                .to_string(),
        ),
        _ => Error::vendor_answer(
            vendor,
            Some(status),
            message.unwrap_or_else(|| {
                reqwest::StatusCode::from_u16(status)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .unwrap_or("error")
                    .to_string()
            }),
        ),
    }
}

impl<E> ErrorAnswer<E> {
    /// The error for this answer when none of the adapter's rules applies; `message` reads the
    /// vendor's text from its error body, where it has one.
    pub(crate) fn into_error(
        self,
        vendor: &Vendor,
        message: impl FnOnce(E) -> Option<String>,
    ) -> Error {
        status_error(vendor, self.status, message(self.body), self.retry_after)
    }
}

/// The error for a failed call whose answer holds no outcome: `refused` turns a documented
/// error answer into the error; a transport failure is the transport's.
pub(crate) fn failed<E>(
    vendor: &Vendor,
    error: ClientError<E>,
    refused: impl FnOnce(ErrorAnswer<E>) -> Error,
) -> Error {
    match answer(vendor, error) {
        Ok(answer) => refused(answer),
        Err(error) => error,
    }
}

/// Splits a generated client's error into a documented error answer (for the adapter) or a
/// finished [`Error`].
pub(crate) fn answer<E>(vendor: &Vendor, error: ClientError<E>) -> Result<ErrorAnswer<E>, Error> {
    Err(match error {
        ClientError::ErrorResponse(value) => {
            let status = value.status().as_u16();
            let retry_after = retry_after(value.headers());
            return Ok(ErrorAnswer {
                status,
                body: value.into_inner(),
                retry_after,
            });
        }
        ClientError::CommunicationError(e) => transport(vendor, e, false),
        ClientError::ResponseBodyError(e) | ClientError::InvalidUpgrade(e) => {
            match otpkit_http::AnswerTooLarge::find(&e) {
                // The vendor answered (so it may have acted), more than any answer can be.
                Some(too_large) => Error::Decode {
                    vendor: vendor.clone(),
                    message: too_large.to_string(),
                },
                None => transport(vendor, e, true),
            }
        }
        ClientError::InvalidResponsePayload(_, e) => Error::Decode {
            vendor: vendor.clone(),
            // Position only: the body may hold a code.
            message: if otpkit_http::is_not_an_object(&e) {
                // A success answer that is an array, a string, a number or no JSON at all
                // (`otpkit_http::json_answer`): never read positionally into the vendor's type.
                "the answer is not a JSON object".to_string()
            } else {
                format!(
                    "{:?} error at line {} column {}",
                    e.classify(),
                    e.line(),
                    e.column()
                )
            },
        },
        ClientError::UnexpectedResponse(response) => {
            let status = response.status().as_u16();
            status_error(vendor, status, None, retry_after(response.headers()))
        }
        ClientError::InvalidRequest(message) => Error::invalid("request", message),
        ClientError::Custom(message) => match otpkit_http::NotJsonAnswer::parse(&message) {
            Some(answer) => status_error(
                vendor,
                answer.status,
                Some(message),
                answer
                    .retry_after_secs
                    .map(|secs| Duration::from_secs(secs).min(otpkit_http::MAX_RETRY_AFTER)),
            ),
            None => Error::vendor_answer(vendor.clone(), None, message),
        },
    })
}

/// The id of a code the vendor just sent, from the fields of its answer. A field the vendor
/// left empty (or filled with control characters) is its answer's fault, not the caller's:
/// a [`Error::Decode`].
pub(crate) fn issued_id<S: Into<String>>(
    vendor: &Vendor,
    fields: impl IntoIterator<Item = S>,
) -> Result<VerificationId, Error> {
    VerificationId::new(vendor.clone(), fields).map_err(|e| Error::Decode {
        vendor: vendor.clone(),
        message: match e {
            Error::InvalidInput { reason, .. } => format!("the answer's identifier: {reason}"),
            other => other.to_string(),
        },
    })
}

/// The common checks of a code a person typed, before any vendor's own.
pub(crate) fn check_code(code: &str, max_chars: usize) -> Result<&str, Error> {
    let code = code.trim();
    if code.is_empty()
        || code.chars().count() > max_chars
        || code.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(Error::invalid(
            "code",
            format!("must be 1 to {max_chars} characters without spaces"),
        ));
    }
    Ok(code)
}
