// generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.
//! The generated type of every request and answer body the specs name, by vendor,
//! operation and status (`request` for the request body): what each example the specs
//! document must decode into and encode back from.

use otpkit_tests::Example;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// What to do with an example and the type it decodes into.
pub trait Check {
    fn check<T: DeserializeOwned + Serialize>(&self, example: &Example) -> Result<(), String>;
}

/// `check` run with the type `example` of `vendor` decodes into; `None` when the spec
/// names no type for it (an inline schema).
pub fn decode(vendor: &str, example: &Example, check: &impl Check) -> Option<Result<(), String>> {
    Some(
        match (
            vendor,
            example.operation_id.as_str(),
            example.status.as_str(),
        ) {
            ("octopush", "generate_otp", "request") => {
                check.check::<otpkit_octopush::types::GenerateOtpRequest>(example)
            }
            ("octopush", "generate_otp", "200") => {
                check.check::<otpkit_octopush::types::GenerateOtpResponse>(example)
            }
            ("octopush", "generate_otp", "201") => {
                check.check::<otpkit_octopush::types::GenerateOtpResponse>(example)
            }
            ("octopush", "generate_otp", "400") => {
                check.check::<otpkit_octopush::types::Error>(example)
            }
            ("octopush", "generate_otp", "401") => {
                check.check::<otpkit_octopush::types::Error>(example)
            }
            ("octopush", "generate_otp", "403") => {
                check.check::<otpkit_octopush::types::Error>(example)
            }
            ("octopush", "validate_otp", "request") => {
                check.check::<otpkit_octopush::types::ValidateOtpRequest>(example)
            }
            ("octopush", "validate_otp", "200") => {
                check.check::<otpkit_octopush::types::ValidateOtpResponse>(example)
            }
            ("octopush", "validate_otp", "201") => {
                check.check::<otpkit_octopush::types::ValidateOtpResponse>(example)
            }
            ("octopush", "validate_otp", "400") => {
                check.check::<otpkit_octopush::types::Error>(example)
            }
            ("octopush", "validate_otp", "401") => {
                check.check::<otpkit_octopush::types::Error>(example)
            }
            ("octopush", "validate_otp", "403") => {
                check.check::<otpkit_octopush::types::Error>(example)
            }
            ("octopush", "check_balance", "200") => {
                check.check::<otpkit_octopush::types::CheckBalanceResponse>(example)
            }
            ("octopush", "check_balance", "401") => {
                check.check::<otpkit_octopush::types::Error>(example)
            }
            ("octopush", "check_balance", "403") => {
                check.check::<otpkit_octopush::types::Error>(example)
            }
            ("pipwave", "phone_verify", "request") => {
                check.check::<otpkit_pipwave::types::PhoneVerifyRequest>(example)
            }
            ("pipwave", "phone_verify", "200") => {
                check.check::<otpkit_pipwave::types::PhoneVerifyResponse>(example)
            }
            ("shoutout", "send_otp", "request") => {
                check.check::<otpkit_shoutout::types::SendOtpRequest>(example)
            }
            ("shoutout", "send_otp", "200") => {
                check.check::<otpkit_shoutout::types::SendOtpResponse>(example)
            }
            ("shoutout", "send_otp", "400") => {
                check.check::<otpkit_shoutout::types::Error>(example)
            }
            ("shoutout", "send_otp", "403") => {
                check.check::<otpkit_shoutout::types::Error>(example)
            }
            ("shoutout", "verify_otp", "request") => {
                check.check::<otpkit_shoutout::types::VerifyOtpRequest>(example)
            }
            ("shoutout", "verify_otp", "200") => {
                check.check::<otpkit_shoutout::types::VerifyOtpResponse>(example)
            }
            ("shoutout", "verify_otp", "400") => {
                check.check::<otpkit_shoutout::types::Error>(example)
            }
            ("shoutout", "verify_otp", "403") => {
                check.check::<otpkit_shoutout::types::Error>(example)
            }
            ("termii", "send_email_token", "request") => {
                check.check::<otpkit_termii::types::EmailTokenRequest>(example)
            }
            ("termii", "send_email_token", "200") => {
                check.check::<otpkit_termii::types::DeliveryResponse>(example)
            }
            ("termii", "send_email_token", "400") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_email_token", "401") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_email_token", "403") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_email_token", "404") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_email_token", "422") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_email_token", "429") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_email_token", "5XX") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "get_balance", "200") => {
                check.check::<otpkit_termii::types::BalanceResponse>(example)
            }
            ("termii", "get_balance", "400") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "get_balance", "401") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "get_balance", "403") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "get_balance", "404") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "get_balance", "429") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "get_balance", "5XX") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "message_history", "200") => {
                check.check::<otpkit_termii::types::HistoryResponse>(example)
            }
            ("termii", "message_history", "400") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "message_history", "401") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "message_history", "403") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "message_history", "404") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "message_history", "422") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "message_history", "429") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "message_history", "5XX") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "make_voice_call", "request") => {
                check.check::<otpkit_termii::types::VoiceCallRequest>(example)
            }
            ("termii", "make_voice_call", "200") => {
                check.check::<otpkit_termii::types::DeliveryResponse>(example)
            }
            ("termii", "make_voice_call", "400") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "make_voice_call", "401") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "make_voice_call", "403") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "make_voice_call", "404") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "make_voice_call", "422") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "make_voice_call", "429") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "make_voice_call", "5XX") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "generate_in_app_token", "request") => {
                check.check::<otpkit_termii::types::InAppTokenRequest>(example)
            }
            ("termii", "generate_in_app_token", "200") => {
                check.check::<otpkit_termii::types::InAppTokenResponse>(example)
            }
            ("termii", "generate_in_app_token", "400") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "generate_in_app_token", "401") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "generate_in_app_token", "403") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "generate_in_app_token", "404") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "generate_in_app_token", "422") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "generate_in_app_token", "429") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "generate_in_app_token", "5XX") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_token", "request") => {
                check.check::<otpkit_termii::types::SendTokenRequest>(example)
            }
            ("termii", "send_token", "200") => {
                check.check::<otpkit_termii::types::SendTokenResponse>(example)
            }
            ("termii", "send_token", "400") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "send_token", "401") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "send_token", "403") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "send_token", "404") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "send_token", "422") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "send_token", "429") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "send_token", "5XX") => check.check::<otpkit_termii::types::Error>(example),
            ("termii", "send_voice_token", "request") => {
                check.check::<otpkit_termii::types::VoiceTokenRequest>(example)
            }
            ("termii", "send_voice_token", "200") => {
                check.check::<otpkit_termii::types::DeliveryResponse>(example)
            }
            ("termii", "send_voice_token", "400") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_voice_token", "401") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_voice_token", "403") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_voice_token", "404") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_voice_token", "422") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_voice_token", "429") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "send_voice_token", "5XX") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "verify_token", "request") => {
                check.check::<otpkit_termii::types::VerifyTokenRequest>(example)
            }
            ("termii", "verify_token", "200") => {
                check.check::<otpkit_termii::types::VerifyTokenResponse>(example)
            }
            ("termii", "verify_token", "400") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "verify_token", "401") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "verify_token", "403") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "verify_token", "404") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "verify_token", "422") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "verify_token", "429") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("termii", "verify_token", "5XX") => {
                check.check::<otpkit_termii::types::Error>(example)
            }
            ("twilio-verify", "list_verification_attempts", "200") => {
                check.check::<otpkit_twilio_verify::types::AttemptList>(example)
            }
            ("twilio-verify", "list_verification_attempts", "400") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "list_verification_attempts", "401") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "list_verification_attempts", "429") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "list_verification_attempts", "5XX") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "check_verification", "request") => {
                check.check::<otpkit_twilio_verify::types::CheckVerificationRequest>(example)
            }
            ("twilio-verify", "check_verification", "200") => {
                check.check::<otpkit_twilio_verify::types::VerificationCheck>(example)
            }
            ("twilio-verify", "check_verification", "2XX") => {
                check.check::<otpkit_twilio_verify::types::VerificationCheck>(example)
            }
            ("twilio-verify", "check_verification", "400") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "check_verification", "401") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "check_verification", "404") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "check_verification", "429") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "check_verification", "5XX") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "start_verification", "request") => {
                check.check::<otpkit_twilio_verify::types::StartVerificationRequest>(example)
            }
            ("twilio-verify", "start_verification", "201") => {
                check.check::<otpkit_twilio_verify::types::Verification>(example)
            }
            ("twilio-verify", "start_verification", "2XX") => {
                check.check::<otpkit_twilio_verify::types::Verification>(example)
            }
            ("twilio-verify", "start_verification", "400") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "start_verification", "401") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "start_verification", "403") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "start_verification", "404") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "start_verification", "429") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "start_verification", "5XX") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "fetch_verification", "200") => {
                check.check::<otpkit_twilio_verify::types::Verification>(example)
            }
            ("twilio-verify", "fetch_verification", "401") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "fetch_verification", "404") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "fetch_verification", "429") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "fetch_verification", "5XX") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "update_verification", "request") => {
                check.check::<otpkit_twilio_verify::types::UpdateVerificationRequest>(example)
            }
            ("twilio-verify", "update_verification", "200") => {
                check.check::<otpkit_twilio_verify::types::Verification>(example)
            }
            ("twilio-verify", "update_verification", "400") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "update_verification", "401") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "update_verification", "404") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "update_verification", "429") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            ("twilio-verify", "update_verification", "5XX") => {
                check.check::<otpkit_twilio_verify::types::Error>(example)
            }
            _ => return None,
        },
    )
}
