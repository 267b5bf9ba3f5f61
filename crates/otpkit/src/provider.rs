//! The one trait every vendor adapter and the [`Router`](crate::Router) implement.

use async_trait::async_trait;

use crate::{Capabilities, Error, Outcome, SendRequest, Verification, VerificationId};

/// Something that sends and verifies one-time codes. Object-safe: hold it as
/// `Arc<dyn OtpProvider>`.
#[async_trait]
pub trait OtpProvider: Send + Sync + std::fmt::Debug {
    /// What each vendor behind this provider can do (one entry per vendor).
    fn capabilities(&self) -> &[Capabilities];

    /// Sends a code. Options are checked against the vendor's limits first; a bad one is an
    /// [`Error::InvalidInput`] and no request is made.
    async fn send(&self, request: &SendRequest) -> Result<Verification, Error>;

    /// Checks `code` against the verification `id` names.
    async fn verify(&self, id: &VerificationId, code: &str) -> Result<Outcome, Error>;
}

/// A boxed provider is a provider, so `Otp::new(Box<dyn OtpProvider>)` works.
#[async_trait]
impl<P: OtpProvider + ?Sized> OtpProvider for Box<P> {
    fn capabilities(&self) -> &[Capabilities] {
        (**self).capabilities()
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        (**self).send(request).await
    }

    async fn verify(&self, id: &VerificationId, code: &str) -> Result<Outcome, Error> {
        (**self).verify(id, code).await
    }
}

/// A shared provider is a provider.
#[async_trait]
impl<P: OtpProvider + ?Sized> OtpProvider for std::sync::Arc<P> {
    fn capabilities(&self) -> &[Capabilities] {
        (**self).capabilities()
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        (**self).send(request).await
    }

    async fn verify(&self, id: &VerificationId, code: &str) -> Result<Outcome, Error> {
        (**self).verify(id, code).await
    }
}
