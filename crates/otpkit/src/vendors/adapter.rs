//! What every built-in adapter does around its vendor's quirks, written once: the
//! [`OtpProvider`] impl checks a send against the vendor's capabilities and a verification id
//! and code against its formats, then runs the adapter's own call in its trace span.

use std::future::Future;

use async_trait::async_trait;

use super::descriptor::VendorDescriptor;
use crate::call::{check_code, traced};
use crate::capabilities::{Capabilities, CheckedRequest};
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::request::SendRequest;
use crate::verification::{Outcome, Verification, VerifyRequest};

/// How a vendor's success answer to a check names its outcome: the field of the answer's JSON
/// object that carries it, and what each of its values means. Each adapter maps its answers
/// with its own table (`OUTCOMES`), and tests read the same table to tell the vendor's genuine
/// approval from a hostile answer, so the two cannot drift apart.
#[doc(hidden)]
#[derive(Debug)]
pub struct OutcomeTable {
    /// The top-level field of the answer object that carries the outcome.
    pub field: &'static str,
    /// Each value as text (a string's contents, a number's or a boolean's JSON), with what it
    /// means. `Rejected` stands for a wrong code whatever the attempts left.
    pub values: &'static [(&'static str, Outcome)],
}

impl OutcomeTable {
    /// What `value` (as text, exactly as listed) means, if the table lists it.
    pub fn outcome(&self, value: &str) -> Option<Outcome> {
        self.values
            .iter()
            .find(|(listed, _)| *listed == value)
            .map(|&(_, outcome)| outcome)
    }
}

/// A built-in vendor's quirks: how it sends a checked request and checks a code.
pub(crate) trait Adapter: Send + Sync + std::fmt::Debug {
    /// The vendor as the built-in list describes it.
    const DESCRIPTOR: &'static VendorDescriptor;
    /// How many fields its verification ids carry.
    const ID_FIELDS: usize;
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
}

#[async_trait]
impl<A: Adapter> OtpProvider for A {
    fn capabilities(&self) -> &[Capabilities] {
        std::slice::from_ref(&A::DESCRIPTOR.capabilities)
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        let d = A::DESCRIPTOR;
        let checked = d.capabilities.check(request, self.sender_id())?;
        traced(&d.vendor, "send", || self.send_checked(checked)).await
    }

    async fn verify(&self, request: &VerifyRequest) -> Result<Outcome, Error> {
        let d = A::DESCRIPTOR;
        let fields = request.id().fields_for(&d.vendor, A::ID_FIELDS)?;
        let code = check_code(request.code(), A::MAX_CODE_CHARS)?;
        traced(&d.vendor, "verify", || self.verify_checked(fields, code)).await
    }
}
