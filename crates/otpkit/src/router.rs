//! [`Router`]: picks vendors by the destination's country calling code and fails over, in
//! order, only when resending is safe.

use std::collections::BTreeMap;
use std::sync::Arc;

use async_trait::async_trait;

use crate::dispatch::{Dispatch, Inner};
use crate::{
    Capabilities, Channel, Error, OtpProvider, Outcome, SendRequest, Vendor, Verification,
    VerificationId,
};

/// The routes otpkit starts from: each vendor for its home country.
pub const DEFAULT_ROUTES: [(u16, Vendor); 4] = [
    (234, Vendor::Termii),
    (60, Vendor::Pipwave),
    (94, Vendor::Shoutout),
    (33, Vendor::Octopush),
];

/// Sends through the vendors configured for the destination's country, in order, failing over
/// to the next one only when the error says the request certainly did not reach the vendor, or
/// that the vendor answered unavailable (5xx) or rate limited. After an ambiguous failure (a
/// timeout once the request was sent) it stops: a duplicate code costs money and confuses the
/// person waiting for it. Destinations with no route (and e-mail) try every provider in the
/// order they were added. Verification goes to the vendor named in the id.
///
/// ```
/// # fn providers() -> Result<(), otpkit::Error> {
/// use otpkit::{Router, Vendor};
/// # #[cfg(feature = "full")] {
/// let termii = otpkit::vendors::termii::Termii::builder().api_key("k").sender_id("Acme").build()?;
/// let octopush = otpkit::vendors::octopush::Octopush::builder().api_login("me@example.com").api_key("k").build()?;
/// let router = Router::builder()
///     .provider(termii)
///     .provider(octopush)
///     .route(234, [Vendor::Termii, Vendor::Octopush]) // Nigeria: Termii, then Octopush
///     .route(33, [Vendor::Octopush])
///     .build()?;
/// # }
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct Router {
    providers: Vec<Dispatch>,
    by_vendor: BTreeMap<Vendor, usize>,
    routes: BTreeMap<u16, Vec<Vendor>>,
    capabilities: Vec<Capabilities>,
}

/// Builds a [`Router`].
#[derive(Debug, Default)]
pub struct RouterBuilder {
    providers: Vec<Dispatch>,
    routes: BTreeMap<u16, Vec<Vendor>>,
}

impl RouterBuilder {
    /// Adds a vendor provider. Providers without a route are tried in the order added.
    pub fn provider(self, provider: impl OtpProvider + 'static) -> Self {
        self.shared_provider(Arc::new(provider))
    }

    /// Adds a provider already shared elsewhere.
    pub fn shared_provider(mut self, provider: Arc<dyn OtpProvider>) -> Self {
        self.providers.push(provider.into_dispatch());
        self
    }

    /// Sends to numbers with country calling code `country_code` through `vendors`, in order.
    pub fn route(mut self, country_code: u16, vendors: impl IntoIterator<Item = Vendor>) -> Self {
        self.routes
            .insert(country_code, vendors.into_iter().collect());
        self
    }

    /// Adds [`DEFAULT_ROUTES`] for every vendor that has a provider, keeping routes already set.
    pub fn default_routes(mut self) -> Self {
        let configured: Vec<Vendor> = self
            .providers
            .iter()
            .flat_map(|p| p.capabilities().iter().map(|c| c.vendor))
            .collect();
        for (code, vendor) in DEFAULT_ROUTES {
            if configured.contains(&vendor) {
                self.routes.entry(code).or_insert_with(|| vec![vendor]);
            }
        }
        self
    }

    /// The router, or a [`Error::Config`] when there is no provider, two providers serve one
    /// vendor, or a route names a vendor with no provider.
    pub fn build(self) -> Result<Router, Error> {
        if self.providers.is_empty() {
            return Err(Error::Config("a router needs at least one provider".into()));
        }
        let mut by_vendor = BTreeMap::new();
        let mut capabilities = Vec::new();
        for (index, provider) in self.providers.iter().enumerate() {
            for c in provider.capabilities() {
                if by_vendor.insert(c.vendor, index).is_some() {
                    return Err(Error::Config(
                        format!("two providers serve {}", c.vendor).into(),
                    ));
                }
                capabilities.push(c.clone());
            }
        }
        for (code, vendors) in &self.routes {
            if let Some(missing) = vendors.iter().find(|v| !by_vendor.contains_key(v)) {
                return Err(Error::Config(
                    format!("the route for +{code} names {missing}, which has no provider").into(),
                ));
            }
        }
        Ok(Router {
            providers: self.providers,
            by_vendor,
            routes: self.routes,
            capabilities,
        })
    }
}

impl Router {
    /// A builder; see [`RouterBuilder`].
    pub fn builder() -> RouterBuilder {
        RouterBuilder::default()
    }

    /// The vendors to try for `request`, in order.
    fn candidates(&self, request: &SendRequest) -> Vec<Vendor> {
        let routed = match request.channel {
            Channel::Email => None,
            _ => request
                .phone()
                .ok()
                .and_then(|p| self.routes.get(&p.country_code())),
        };
        match routed {
            Some(vendors) => vendors.clone(),
            None => self.capabilities.iter().map(|c| c.vendor).collect(),
        }
    }

    fn provider(&self, vendor: Vendor) -> Option<&Dispatch> {
        self.by_vendor.get(&vendor).map(|&i| &self.providers[i])
    }

    /// [`OtpProvider::send`](crate::OtpProvider::send), called directly by [`Otp`](crate::Otp).
    pub(crate) async fn send_direct(&self, request: &SendRequest) -> Result<Verification, Error> {
        let mut last_error = None;
        for vendor in self.candidates(request) {
            let Some(provider) = self.provider(vendor) else {
                continue;
            };
            let serves_channel = provider
                .capabilities()
                .iter()
                .any(|c| c.vendor == vendor && c.channels.contains(&request.channel));
            if !serves_channel {
                continue;
            }
            match provider.send(request).await {
                Ok(verification) => return Ok(verification),
                Err(error) if error.is_retryable() => {
                    tracing::warn!(
                        vendor = vendor.name(),
                        error = error.kind(),
                        "send failed before reaching the vendor or the vendor is unavailable; failing over"
                    );
                    last_error = Some(error);
                }
                Err(error) => return Err(error),
            }
        }
        Err(last_error.unwrap_or_else(|| Error::InvalidInput {
            field: "channel",
            reason: format!(
                "no configured vendor for this destination sends on the {} channel",
                request.channel.name()
            ),
        }))
    }

    /// [`OtpProvider::verify`](crate::OtpProvider::verify), called directly by [`Otp`](crate::Otp).
    pub(crate) async fn verify_direct(
        &self,
        id: &VerificationId,
        code: &str,
    ) -> Result<Outcome, Error> {
        let provider = self.provider(id.vendor()).ok_or_else(|| {
            Error::Config(
                format!(
                    "no {} provider is configured to verify this id",
                    id.vendor()
                )
                .into(),
            )
        })?;
        provider.verify(id, code).await
    }
}

#[async_trait]
impl OtpProvider for Router {
    fn capabilities(&self) -> &[Capabilities] {
        &self.capabilities
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        self.send_direct(request).await
    }

    async fn verify(&self, id: &VerificationId, code: &str) -> Result<Outcome, Error> {
        self.verify_direct(id, code).await
    }

    fn into_dispatch(self: Arc<Self>) -> Dispatch {
        Dispatch(Inner::Router(self))
    }
}
