//! What every built-in adapter does around its vendor's quirks, written once: the
//! [`OtpProvider`] impl checks a send against the vendor's capabilities and a verification id
//! and code against its formats, then runs the adapter's own call in its trace span.

use std::future::Future;

use async_trait::async_trait;

use crate::call::{check_code, traced};
use crate::capabilities::{Capabilities, CheckedRequest};
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::report::{Balance, DeliveryReport};
use crate::request::SendRequest;
use crate::vendor::Vendor;
use crate::verification::{Outcome, Verification, VerificationId, VerifyRequest};

/// A built-in vendor's quirks: how it sends a checked request and checks a code.
pub(crate) trait Adapter: Send + Sync + std::fmt::Debug {
    /// What the vendor can do (and which vendor it is: `CAPABILITIES.vendor`).
    const CAPABILITIES: &'static Capabilities;
    /// Whether the vendor documents its HTTP 429 as the whole account's limit (its crate's
    /// `declared::ACCOUNT_WIDE_429`): every [`Error::RateLimited`] from it is then
    /// `account_wide`.
    const ACCOUNT_WIDE_429: bool;
    /// How many fields its verification ids carry (a range where some ids carry more, or ids
    /// issued by an earlier version carry fewer: each must still verify).
    const ID_FIELDS: std::ops::RangeInclusive<usize>;
    /// The longest code it checks, in characters.
    const MAX_CODE_CHARS: usize;

    /// The configured default sender ID, for vendors that have one.
    fn sender_id(&self) -> Option<&str> {
        None
    }

    /// Sends `request`, already checked against the vendor's capabilities.
    fn send_checked(
        &self,
        request: CheckedRequest,
    ) -> impl Future<Output = Result<Verification, Error>> + Send;

    /// Checks `code` (trimmed, within the vendor's length) against the id's `fields`.
    fn verify_checked(
        &self,
        fields: &[String],
        code: &str,
    ) -> impl Future<Output = Result<Outcome, Error>> + Send;

    /// Looks up the message the id's `fields` name, for vendors with a status look-up.
    fn status_checked(
        &self,
        fields: &[String],
    ) -> impl Future<Output = Result<DeliveryReport, Error>> + Send {
        let _ = fields;
        let vendor = Self::CAPABILITIES.vendor.clone();
        async move { Err(Error::unsupported(vendor, "delivery status look-ups")) }
    }

    /// The account's balance, for vendors with a balance look-up.
    fn balance_checked(&self) -> impl Future<Output = Result<Balance, Error>> + Send {
        let vendor = Self::CAPABILITIES.vendor.clone();
        async move { Err(Error::unsupported(vendor, "balance look-ups")) }
    }
}

#[async_trait]
impl<A: Adapter> OtpProvider for A {
    fn capabilities(&self) -> &[Capabilities] {
        std::slice::from_ref(A::CAPABILITIES)
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        let capabilities = A::CAPABILITIES;
        let checked = capabilities.check(request, self.sender_id())?;
        traced(&capabilities.vendor, "send", || {
            Adapter::send_checked(self, checked)
        })
        .await
    }

    async fn send_checked(
        &self,
        request: &SendRequest,
        checked: CheckedRequest,
    ) -> Result<Verification, Error> {
        let capabilities = A::CAPABILITIES;
        // Checked against these very capabilities (by a router): completed, not checked again.
        // Checked against any others: checked here, from the request.
        let checked = match capabilities.complete(checked, self.sender_id()) {
            Ok(checked) => checked,
            Err(Error::InvalidInput {
                field: "request", ..
            }) => {
                return OtpProvider::send(self, request).await;
            }
            Err(error) => return Err(error),
        };
        traced(&capabilities.vendor, "send", || {
            Adapter::send_checked(self, checked)
        })
        .await
    }

    async fn verify(&self, request: &VerifyRequest) -> Result<Outcome, Error> {
        let vendor = &A::CAPABILITIES.vendor;
        let fields = request.id().fields_within(vendor, A::ID_FIELDS)?;
        let code = check_code(request.code(), A::MAX_CODE_CHARS)?;
        traced(vendor, "verify", || self.verify_checked(fields, code))
            .await
            .map_err(scoped::<A>)
    }

    async fn status(&self, id: &VerificationId) -> Result<DeliveryReport, Error> {
        let vendor = &A::CAPABILITIES.vendor;
        let fields = id.fields_within(vendor, A::ID_FIELDS)?;
        traced(vendor, "status", || self.status_checked(fields))
            .await
            .map_err(scoped::<A>)
    }

    async fn balance(&self, vendor: &Vendor) -> Result<Balance, Error> {
        let own = &A::CAPABILITIES.vendor;
        if vendor != own {
            return Err(Error::invalid(
                "vendor",
                format!("this provider serves {own}, not {vendor}"),
            ));
        }
        traced(own, "balance", || self.balance_checked())
            .await
            .map_err(scoped::<A>)
    }
}

/// `error` with the vendor's declared scope of a 429: a `RateLimited` the adapter could not
/// place (`account_wide: false`) is the account's when the vendor documents its 429 so.
fn scoped<A: Adapter>(error: Error) -> Error {
    match error {
        Error::RateLimited {
            vendor,
            retry_after,
            account_wide,
        } => Error::RateLimited {
            vendor,
            retry_after,
            account_wide: account_wide || A::ACCOUNT_WIDE_429,
        },
        other => other,
    }
}
