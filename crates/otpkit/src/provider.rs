//! The one trait every vendor adapter, the [`Router`](crate::Router) and your own providers
//! implement.

use std::sync::Arc;

use async_trait::async_trait;

use crate::capabilities::{Capabilities, CheckedRequest};
use crate::error::Error;
use crate::report::{Balance, DeliveryReport, Health};
use crate::request::SendRequest;
use crate::vendor::Vendor;
use crate::verification::{Outcome, Verification, VerificationId, VerifyRequest};

/// Something that sends and verifies one-time codes. Object-safe: otpkit holds providers as
/// `Arc<dyn OtpProvider>`, so [`Otp`](crate::Otp) and [`Router`](crate::Router) take yours as
/// they take the built-in ones. Implement it with `#[async_trait]`.
///
/// Three methods are required. The others are operations only some vendors offer; their
/// defaults answer [`Error::Unsupported`], so a provider implements the ones it can, and a
/// new one added here later breaks no provider.
///
/// `crates/otpkit/examples/console_provider.rs` implements one with the public API alone.
#[async_trait]
pub trait OtpProvider: Send + Sync + std::fmt::Debug {
    /// What each vendor behind this provider can do (one entry per vendor).
    fn capabilities(&self) -> &[Capabilities];

    /// Sends a code. Options are checked against the vendor's limits first; a bad one is an
    /// [`Error::InvalidInput`] or [`Error::Unsupported`] and no request is made.
    async fn send(&self, request: &SendRequest) -> Result<Verification, Error>;

    /// Sends `request`, which the caller (a [`Router`](crate::Router)) already checked against
    /// this provider's capabilities for the vendor ([`Capabilities::supports`]), as `checked`:
    /// the built-in adapters complete it with their configuration and send it without checking
    /// again. By default, [`OtpProvider::send`]: a provider of your own checks as it always does.
    async fn send_checked(
        &self,
        request: &SendRequest,
        checked: CheckedRequest,
    ) -> Result<Verification, Error> {
        let _ = checked;
        self.send(request).await
    }

    /// Checks a code against the verification the request names. Behind an
    /// [`Otp`](crate::Otp) that seals its ids, the request holds the provider's own (plain) id
    /// and the destination the seal names, already checked against the one the application
    /// expects ([`VerifyRequest::get_destination`]).
    async fn verify(&self, request: &VerifyRequest) -> Result<Outcome, Error>;

    /// What the vendor says about the message that carried the code `id` names: where it is on
    /// its way to the person ([`DeliveryReport::state`]), with the vendor's own status text.
    /// Behind an [`Otp`](crate::Otp), `id` is the provider's own (opened) id.
    async fn status(&self, id: &VerificationId) -> Result<DeliveryReport, Error> {
        Err(Error::unsupported(
            id.vendor().clone(),
            "delivery status look-ups",
        ))
    }

    /// The account's balance with `vendor`.
    async fn balance(&self, vendor: &Vendor) -> Result<Balance, Error> {
        Err(Error::unsupported(vendor.clone(), "balance look-ups"))
    }

    /// Whether `vendor` is taking requests.
    async fn health(&self, vendor: &Vendor) -> Result<Health, Error> {
        Err(Error::unsupported(vendor.clone(), "health reports"))
    }
}

/// Forwards every method, the optional ones included (a wrapper that forwarded only the
/// required ones would answer `Unsupported` for what the provider inside can do).
macro_rules! forward {
    ([$($generics:tt)*] $wrapper:ty) => {
        #[async_trait]
        impl<$($generics)*> OtpProvider for $wrapper {
            fn capabilities(&self) -> &[Capabilities] {
                (**self).capabilities()
            }

            async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
                (**self).send(request).await
            }

            async fn send_checked(
                &self,
                request: &SendRequest,
                checked: CheckedRequest,
            ) -> Result<Verification, Error> {
                (**self).send_checked(request, checked).await
            }

            async fn verify(&self, request: &VerifyRequest) -> Result<Outcome, Error> {
                (**self).verify(request).await
            }

            async fn status(&self, id: &VerificationId) -> Result<DeliveryReport, Error> {
                (**self).status(id).await
            }

            async fn balance(&self, vendor: &Vendor) -> Result<Balance, Error> {
                (**self).balance(vendor).await
            }

            async fn health(&self, vendor: &Vendor) -> Result<Health, Error> {
                (**self).health(vendor).await
            }
        }
    };
}

// A shared provider is a provider, and so is a boxed one (`Otp::new(Box<dyn OtpProvider>)`).
// Only `Box<dyn OtpProvider>`: a blanket `Box<P>` would overlap the built-in adapters' impl.
forward!([P: OtpProvider + ?Sized] Arc<P>);
forward!([] Box<dyn OtpProvider>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channel::Channel;
    use crate::otp::Otp;
    use crate::router::Router;

    const FIXED: Vendor = Vendor::from_static("fixed");
    static CAPABILITIES: Capabilities = Capabilities::new(FIXED);

    /// A provider that knows its balance and nothing else optional.
    #[derive(Debug)]
    struct Fixed;

    #[async_trait]
    impl OtpProvider for Fixed {
        fn capabilities(&self) -> &[Capabilities] {
            std::slice::from_ref(&CAPABILITIES)
        }

        async fn send(&self, _: &SendRequest) -> Result<Verification, Error> {
            Ok(Verification::new(
                VerificationId::new(FIXED, ["1"])?,
                Channel::Sms,
            ))
        }

        async fn verify(&self, _: &VerifyRequest) -> Result<Outcome, Error> {
            Ok(Outcome::NotFound)
        }

        async fn balance(&self, vendor: &Vendor) -> Result<Balance, Error> {
            Ok(Balance::new(vendor.clone(), 12.5, "credits"))
        }
    }

    fn seal() -> crate::seal::IdSeal {
        crate::seal::IdSeal::new("t", "a test secret of 32 characters..").unwrap()
    }

    fn unsupported(result: Result<impl std::fmt::Debug, Error>) -> String {
        match result {
            Err(Error::Unsupported { vendor, what }) => format!("{vendor}: {what}"),
            other => panic!("expected Unsupported, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn optional_operations_reach_the_provider_through_every_wrapper() {
        let boxed: Box<dyn OtpProvider> = Box::new(Fixed);
        let router = Router::builder().provider(boxed).build().unwrap();
        let shared: Arc<dyn OtpProvider> = Arc::new(router);
        let routed = [
            Otp::new(shared.clone(), seal()),
            Otp::shared(shared, seal()),
        ];
        // A guard forwards what it does not limit, over a provider and over a router.
        let guard = |inner: Arc<dyn OtpProvider>| {
            let policy = crate::guard::GuardPolicy::none().countries([33]);
            let guard = crate::guard::Guard::builder(inner).policy(policy);
            Otp::new(guard.build().unwrap(), seal())
        };
        let router: Arc<dyn OtpProvider> =
            Arc::new(Router::builder().provider(Fixed).build().unwrap());
        let handles = std::iter::once((Otp::new(Fixed, seal()), false))
            .chain(routed.into_iter().map(|otp| (otp, true)))
            .chain([(guard(Arc::new(Fixed)), false), (guard(router), true)]);
        for (otp, through_router) in handles {
            let balance = otp.balance(&FIXED).await.unwrap();
            assert_eq!((balance.amount, balance.unit.as_str()), (12.5, "credits"));
            let sent = otp.send(&SendRequest::new("+33612345678")).await.unwrap();
            let status = otp.status(&sent.id).await;
            assert_eq!(unsupported(status), "fixed: delivery status look-ups");
            let health = otp.health(&FIXED).await;
            if through_router {
                // A router reports its own circuit breaker for each vendor.
                assert_eq!(health.unwrap(), Health::Up);
            } else {
                assert_eq!(unsupported(health), "fixed: health reports");
            }
        }
    }

    #[tokio::test]
    async fn a_router_names_a_vendor_it_has_no_provider_for() {
        let otp = Otp::new(Router::builder().provider(Fixed).build().unwrap(), seal());
        let other = Vendor::from_static("other");
        match otp.balance(&other).await {
            Err(Error::Config(e)) => assert!(e.message().contains("other"), "{e}"),
            result => panic!("{result:?}"),
        }
    }
}
