// generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.
//! The vendors the sandbox stands in for: one module each, owning its routes and its state;
//! and this registry of them, generated from each spec's `x-otpkit` declaration (the
//! vendor's example number, and the settings a client needs to reach its stand-in).
//! `registry.rs` turns the list into the `Vendor` enum and everything that iterates it.

pub(crate) mod octopush;
pub(crate) mod pipwave;
pub(crate) mod registry;
pub(crate) mod shoutout;
pub(crate) mod termii;
pub(crate) mod twilio_verify;

registry::vendors! {
    Octopush => octopush as "octopush" {
        example_number: "+33612345678",
        krate: otpkit_octopush,
        base_url: BaseUrl,
        settings: [(ApiKey, "sandbox-octopush-key"), (ApiLogin, "sandbox@example.com"), (WebhookToken, "sandbox-octopush-webhook-token")],
    },
    Pipwave => pipwave as "pipwave" {
        example_number: "+60123456789",
        krate: otpkit_pipwave,
        base_url: BaseUrl,
        settings: [(ApiKey, "sandbox-pipwave-key"), (ApiSecret, "sandbox-pipwave-secret")],
    },
    Shoutout => shoutout as "shoutout" {
        example_number: "+94771234567",
        krate: otpkit_shoutout,
        base_url: BaseUrl,
        settings: [(ApiKey, "sandbox-shoutout-key"), (SenderId, "ShoutDEMO")],
    },
    Termii => termii as "termii" {
        example_number: "+2348012345678",
        krate: otpkit_termii,
        base_url: BaseUrl,
        settings: [(ApiKey, "sandbox-termii-key"), (SenderId, "Acme"), (SecretKey, "sandbox-termii-secret-key")],
    },
    TwilioVerify => twilio_verify as "twilio-verify" {
        example_number: "+15017122661",
        krate: otpkit_twilio_verify,
        base_url: BaseUrl,
        settings: [(ServiceSid, "VA0a1b2c3d4e5f60718293a4b5c6d7e8f9"), (AccountSid, "AC5ef872f6da5a21de157d80997a64bd33"), (AuthToken, "sandbox-twilio-auth-token"), (ApiKey, "SK2a0747eba6abf96b7e3c3ff0b4530f6e"), (ApiSecret, "sandbox-twilio-api-secret")],
    },
}
