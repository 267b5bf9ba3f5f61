//! The registry's machinery, written once for every vendor: [`Model`], what every stand-in's
//! state offers; [`ClientSettings`], what a client needs to reach it; and [`vendors!`], which
//! `mod.rs` (generated from the specs' `x-otpkit` declarations) invokes with the list of
//! vendors, and which expands there to the `Vendor` enum and everything that iterates it.

use crate::config::Config;
use crate::inbox::Message;
use crate::reports::{Post, ReportOutcome};

/// What every vendor module's `State` offers besides its own routes' needs.
pub(crate) trait Model: Send + Sized + 'static {
    /// The state of a fresh sandbox.
    fn new(config: &Config) -> Self;

    /// The account balance, where the sandbox models one.
    fn balance(&self) -> Option<f64> {
        None
    }

    /// Sets the balance; `false` when the sandbox models none for this vendor.
    fn set_balance(&mut self, _balance: f64) -> bool {
        false
    }

    /// The delivery report the vendor posts when `message` reaches `outcome`, built and
    /// signed as the vendor does; `None` for a vendor that posts none.
    fn report(_config: &Config, _message: &Message, _outcome: ReportOutcome) -> Option<Post> {
        None
    }
}

/// The settings a client needs to reach a vendor's stand-in, named as otpkit's environment
/// variables: the base URL's variable, and the credentials and sender IDs with the values the
/// sandbox accepts by default.
pub(crate) struct ClientSettings {
    pub base_url: &'static str,
    pub settings: &'static [(&'static str, &'static str)],
}

/// The registry, from the generated list in `mod.rs`: for each vendor its `Vendor` variant,
/// its module, its name (the spec's file name), its example number, its generated crate (whose
/// `declared::ConfigKey` names the settings), its base URL's setting, and the settings the
/// sandbox accepts by default. Expands, in `mod.rs`, to the `Vendor` enum, every vendor's
/// state and routes, and the functions over all of them.
macro_rules! vendors {
    ($(
        $variant:ident => $module:ident as $name:literal {
            example_number: $example:literal,
            krate: $krate:ident,
            base_url: $base_url:ident,
            settings: [$(($setting:ident, $value:literal)),* $(,)?],
        }
    ),* $(,)?) => {

        /// One of the vendors the sandbox stands in for. It reads and writes as its name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Vendor {
            $($variant,)*
        }

        impl Vendor {
            /// Every vendor, in a fixed order.
            pub const ALL: [Vendor; [$(Vendor::$variant),*].len()] = [$(Vendor::$variant),*];

            /// The lowercase name, as the sandbox API, otpkit and the spec's file name spell it.
            pub fn name(self) -> &'static str {
                match self {
                    $(Vendor::$variant => $name,)*
                }
            }

            /// The path under which the sandbox serves this vendor; its base URL is the
            /// sandbox's address followed by this.
            pub fn base_path(self) -> &'static str {
                match self {
                    $(Vendor::$variant => $module::BASE_PATH,)*
                }
            }

            /// A phone number in the vendor's home country, for demos and tests.
            pub fn example_number(self) -> &'static str {
                match self {
                    $(Vendor::$variant => $example,)*
                }
            }

            pub(crate) fn client_env(self) -> &'static $crate::vendors::registry::ClientSettings {
                match self {
                    $(Vendor::$variant => {
                        const SETTINGS: $crate::vendors::registry::ClientSettings =
                            $crate::vendors::registry::ClientSettings {
                                base_url: $krate::declared::ConfigKey::$base_url.as_str(),
                                settings: &[$(($krate::declared::ConfigKey::$setting.as_str(), $value)),*],
                            };
                        &SETTINGS
                    },)*
                }
            }

            /// The delivery report `self` posts when `message` reaches `outcome`, if it posts any.
            pub(crate) fn report(
                self,
                config: &$crate::config::Config,
                message: &$crate::inbox::Message,
                outcome: $crate::reports::ReportOutcome,
            ) -> Option<$crate::reports::Post> {
                match self {
                    $(Vendor::$variant => <$module::State as $crate::vendors::registry::Model>::report(config, message, outcome),)*
                }
            }

            /// The vendor's error response for `status`, in its own documented shape.
            pub(crate) fn refuse(self, status: u16, message: &str) -> ::axum::response::Response {
                match self {
                    $(Vendor::$variant => $module::refuse(status, message),)*
                }
            }
        }

        /// Every vendor's state, each behind its own lock.
        pub(crate) struct States {
            $(pub $module: ::std::sync::Mutex<$module::State>,)*
        }

        impl States {
            pub(crate) fn new(config: &$crate::config::Config) -> Self {
                Self {
                    $($module: ::std::sync::Mutex::new(<$module::State as $crate::vendors::registry::Model>::new(config)),)*
                }
            }

            /// `vendor`'s account balance, where the sandbox models one.
            pub(crate) fn balance(&self, vendor: Vendor) -> Option<f64> {
                match vendor {
                    $(Vendor::$variant => <$module::State as $crate::vendors::registry::Model>::balance(
                        &$crate::shared::lock(&self.$module),
                    ),)*
                }
            }

            fn set(&self, vendor: Vendor, balance: f64) -> bool {
                match vendor {
                    $(Vendor::$variant => <$module::State as $crate::vendors::registry::Model>::set_balance(
                        &mut $crate::shared::lock(&self.$module),
                        balance,
                    ),)*
                }
            }
        }

        /// Every vendor's routes, each under its prefix.
        pub(crate) fn router() -> ::axum::Router<::std::sync::Arc<$crate::shared::Shared>> {
            ::axum::Router::new()$(.merge($module::router()))*
        }

        impl ::serde::Serialize for Vendor {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for Vendor {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let name = <::std::borrow::Cow<str> as ::serde::Deserialize>::deserialize(deserializer)?;
                Vendor::ALL
                    .into_iter()
                    .find(|v| v.name() == name)
                    .ok_or_else(|| {
                        let names: Vec<&str> = Vendor::ALL.iter().map(|v| v.name()).collect();
                        ::serde::de::Error::custom(format!(
                            "unknown vendor `{name}`; the vendors are {}",
                            names.join(", ")
                        ))
                    })
            }
        }

        impl Vendor {
            /// The vendor a sandbox path belongs to, and the vendor's own path within it.
            pub(crate) fn split(path: &str) -> Option<(Vendor, &str)> {
                Vendor::ALL.into_iter().find_map(|vendor| {
                    let rest = path.strip_prefix(vendor.base_path())?;
                    (rest.is_empty() || rest.starts_with('/')).then_some((vendor, rest))
                })
            }
        }

        impl std::fmt::Display for Vendor {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        /// `name` if it is a client setting of some vendor (one `--set` may change), else why not,
        /// naming the settings there are.
        pub(crate) fn check_setting(name: &str) -> Result<(), String> {
            if default_settings().any(|(n, _)| n == name) {
                return Ok(());
            }
            let known: Vec<&str> = default_settings().map(|(n, _)| n).collect();
            Err(format!(
                "`{name}` is no vendor's setting; the settings are {}",
                known.join(", ")
            ))
        }

        /// Every vendor's default client settings.
        pub(crate) fn default_settings() -> impl Iterator<Item = (&'static str, &'static str)> {
            Vendor::ALL
                .into_iter()
                .flat_map(|v| v.client_env().settings.iter().copied())
        }

        /// Sets `vendor`'s account balance; why not, when the amount or the vendor cannot have one.
        pub(crate) fn set_balance(shared: &$crate::shared::Shared, vendor: Vendor, balance: f64) -> Result<(), String> {
            if !balance.is_finite() || balance < 0.0 {
                return Err(format!("balance must be 0 or more, got {balance}"));
            }
            if shared.vendors.set(vendor, balance) {
                return Ok(());
            }
            let modelled: Vec<&str> = Vendor::ALL
                .into_iter()
                .filter(|v| shared.vendors.balance(*v).is_some())
                .map(Vendor::name)
                .collect();
            Err(format!(
                "the sandbox models no balance for {vendor} (only {})",
                modelled.join(" and ")
            ))
        }
    };
}

pub(crate) use vendors;
