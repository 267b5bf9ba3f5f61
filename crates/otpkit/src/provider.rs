//! The one trait every vendor adapter and the [`Router`](crate::Router) implement.

use std::sync::Arc;

use async_trait::async_trait;

use crate::dispatch::Dispatch;
use crate::{Capabilities, Error, Outcome, SendRequest, Verification, VerificationId};

/// Something that sends and verifies one-time codes. Object-safe: hold it as
/// `Arc<dyn OtpProvider>`, or hand it to [`Otp::new`](crate::Otp::new) or
/// [`RouterBuilder::provider`](crate::RouterBuilder::provider). Your own providers implement
/// the three methods below with `#[async_trait]`; they must be `'static` (own their data).
#[async_trait]
pub trait OtpProvider: Send + Sync + std::fmt::Debug + IntoDyn {
    /// What each vendor behind this provider can do (one entry per vendor).
    fn capabilities(&self) -> &[Capabilities];

    /// Sends a code. Options are checked against the vendor's limits first; a bad one is an
    /// [`Error::InvalidInput`] and no request is made.
    async fn send(&self, request: &SendRequest) -> Result<Verification, Error>;

    /// Checks `code` against the verification `id` names.
    async fn verify(&self, id: &VerificationId, code: &str) -> Result<Outcome, Error>;

    /// How otpkit holds this provider. The built-in adapters and [`Router`](crate::Router)
    /// override it so that they are called without boxing each call's future; keep the default.
    #[doc(hidden)]
    fn into_dispatch(self: Arc<Self>) -> Dispatch {
        Dispatch::dynamic(self.into_dyn())
    }
}

/// Turns `Arc<Self>` into `Arc<dyn OtpProvider>`, for [`OtpProvider::into_dispatch`]'s
/// default. Implemented for every provider; nothing to do.
#[doc(hidden)]
pub trait IntoDyn {
    /// `self` as a trait object.
    fn into_dyn(self: Arc<Self>) -> Arc<dyn OtpProvider>;
}

impl<P: OtpProvider + 'static> IntoDyn for P {
    fn into_dyn(self: Arc<Self>) -> Arc<dyn OtpProvider> {
        self
    }
}

/// A boxed provider is a provider, so `Otp::new(Box<dyn OtpProvider>)` works.
#[async_trait]
impl<P: OtpProvider + ?Sized + 'static> OtpProvider for Box<P> {
    fn capabilities(&self) -> &[Capabilities] {
        (**self).capabilities()
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        (**self).send(request).await
    }

    async fn verify(&self, id: &VerificationId, code: &str) -> Result<Outcome, Error> {
        (**self).verify(id, code).await
    }

    /// The boxed provider's own dispatch, so a built-in adapter in a box is still called
    /// directly.
    fn into_dispatch(self: Arc<Self>) -> Dispatch {
        match Arc::try_unwrap(self) {
            Ok(boxed) => Arc::<P>::from(boxed).into_dispatch(),
            Err(shared) => Dispatch::dynamic(shared.into_dyn()),
        }
    }
}

/// A shared provider is a provider.
#[async_trait]
impl<P: OtpProvider + ?Sized + 'static> OtpProvider for Arc<P> {
    fn capabilities(&self) -> &[Capabilities] {
        (**self).capabilities()
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        (**self).send(request).await
    }

    async fn verify(&self, id: &VerificationId, code: &str) -> Result<Outcome, Error> {
        (**self).verify(id, code).await
    }

    /// The shared provider's own dispatch (the `Arc` is cloned, not the provider).
    fn into_dispatch(self: Arc<Self>) -> Dispatch {
        Arc::unwrap_or_clone(self).into_dispatch()
    }
}
