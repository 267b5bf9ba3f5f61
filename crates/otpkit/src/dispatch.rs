//! How [`Otp`](crate::Otp) and [`Router`](crate::Router) hold and call a provider. The
//! built-in vendor adapters are called directly, so a call's future lives inside the caller's
//! and dispatch allocates nothing. Any other provider is called through `dyn OtpProvider`,
//! whose `async_trait` methods box each call's future: about 4 KB for a vendor call, too big
//! for glibc's per-thread cache, which cost the facade 5% of its throughput (BENCHMARKS.md).

use std::sync::Arc;

use crate::{
    Capabilities, Error, OtpProvider, Outcome, Router, SendRequest, Verification, VerificationId,
};

/// A provider as otpkit holds it, made by [`OtpProvider::into_dispatch`]. Opaque.
#[doc(hidden)]
#[derive(Clone, Debug)]
pub struct Dispatch(pub(crate) Inner);

#[derive(Clone, Debug)]
pub(crate) enum Inner {
    #[cfg(feature = "termii")]
    Termii(Arc<crate::vendors::termii::Termii>),
    #[cfg(feature = "pipwave")]
    Pipwave(Arc<crate::vendors::pipwave::Pipwave>),
    #[cfg(feature = "shoutout")]
    Shoutout(Arc<crate::vendors::shoutout::Shoutout>),
    #[cfg(feature = "octopush")]
    Octopush(Arc<crate::vendors::octopush::Octopush>),
    Router(Arc<Router>),
    Dyn(Arc<dyn OtpProvider>),
}

impl Dispatch {
    /// Any other provider: called through its trait object.
    pub(crate) fn dynamic(provider: Arc<dyn OtpProvider>) -> Self {
        Self(Inner::Dyn(provider))
    }

    fn provider(&self) -> &dyn OtpProvider {
        match &self.0 {
            #[cfg(feature = "termii")]
            Inner::Termii(p) => &**p,
            #[cfg(feature = "pipwave")]
            Inner::Pipwave(p) => &**p,
            #[cfg(feature = "shoutout")]
            Inner::Shoutout(p) => &**p,
            #[cfg(feature = "octopush")]
            Inner::Octopush(p) => &**p,
            Inner::Router(p) => &**p,
            Inner::Dyn(p) => &**p,
        }
    }

    pub(crate) fn capabilities(&self) -> &[Capabilities] {
        self.provider().capabilities()
    }

    /// The router this is, if it is one: [`Otp`](crate::Otp) calls it directly. A router
    /// inside a router goes through its trait object, as an async fn cannot contain itself.
    pub(crate) fn router(&self) -> Option<&Router> {
        match &self.0 {
            Inner::Router(router) => Some(router),
            _ => None,
        }
    }

    pub(crate) async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        match &self.0 {
            #[cfg(feature = "termii")]
            Inner::Termii(p) => p.send_direct(request).await,
            #[cfg(feature = "pipwave")]
            Inner::Pipwave(p) => p.send_direct(request).await,
            #[cfg(feature = "shoutout")]
            Inner::Shoutout(p) => p.send_direct(request).await,
            #[cfg(feature = "octopush")]
            Inner::Octopush(p) => p.send_direct(request).await,
            Inner::Router(p) => OtpProvider::send(&**p, request).await,
            Inner::Dyn(p) => p.send(request).await,
        }
    }

    pub(crate) async fn verify(&self, id: &VerificationId, code: &str) -> Result<Outcome, Error> {
        match &self.0 {
            #[cfg(feature = "termii")]
            Inner::Termii(p) => p.verify_direct(id, code).await,
            #[cfg(feature = "pipwave")]
            Inner::Pipwave(p) => p.verify_direct(id, code).await,
            #[cfg(feature = "shoutout")]
            Inner::Shoutout(p) => p.verify_direct(id, code).await,
            #[cfg(feature = "octopush")]
            Inner::Octopush(p) => p.verify_direct(id, code).await,
            Inner::Router(p) => OtpProvider::verify(&**p, id, code).await,
            Inner::Dyn(p) => p.verify(id, code).await,
        }
    }
}

#[cfg(all(test, feature = "full"))]
mod tests {
    use super::*;
    use crate::vendors::termii::Termii;

    fn termii() -> Termii {
        Termii::builder()
            .api_key("k")
            .sender_id("Acme")
            .build()
            .expect("a complete builder")
    }

    /// A provider otpkit does not know: it must go through the trait object.
    #[derive(Debug)]
    struct Custom(Termii);

    #[async_trait::async_trait]
    impl OtpProvider for Custom {
        fn capabilities(&self) -> &[Capabilities] {
            self.0.capabilities()
        }
        async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
            self.0.send(request).await
        }
        async fn verify(&self, id: &VerificationId, code: &str) -> Result<Outcome, Error> {
            self.0.verify(id, code).await
        }
    }

    fn held(provider: impl OtpProvider + 'static) -> &'static str {
        match Arc::new(provider).into_dispatch().0 {
            Inner::Termii(_) => "termii",
            Inner::Router(_) => "router",
            Inner::Dyn(_) => "dyn",
            _ => "another vendor",
        }
    }

    #[test]
    fn built_in_adapters_are_called_directly_however_they_are_wrapped() {
        assert_eq!(held(termii()), "termii");
        assert_eq!(held(Box::new(termii()) as Box<dyn OtpProvider>), "termii");
        assert_eq!(held(Arc::new(termii()) as Arc<dyn OtpProvider>), "termii");
        assert_eq!(held(Box::new(Box::new(termii()))), "termii");
        let router = Router::builder().provider(termii()).build().unwrap();
        assert_eq!(held(router), "router");
    }

    #[test]
    fn other_providers_go_through_the_trait_object() {
        assert_eq!(held(Custom(termii())), "dyn");
        assert_eq!(
            held(Box::new(Custom(termii())) as Box<dyn OtpProvider>),
            "dyn"
        );
        // A box still shared elsewhere cannot be unwrapped: it is called as it is.
        let shared: Arc<Box<dyn OtpProvider>> = Arc::new(Box::new(termii()));
        let _other_owner = shared.clone();
        assert!(matches!(shared.into_dispatch().0, Inner::Dyn(_)));
    }
}
